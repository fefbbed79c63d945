// bench_window_level: the cost of one window/level change on a 1024x1024 frame (target < 8 ms
// per repaint): the viewer re-renders the cached raw frame through renderFrame, never
// re-decoding. Prints one JSON line per bit depth.
//
//   bench_window_level [--size 1024] [--repeats 100]
#include "DicomFrameDecoder.h"
#include "FrameRendering.h"
#include "TestData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(u"size"_s, u"Rows and columns."_s, u"N"_s, u"1024"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Repaints."_s, u"N"_s, u"100"_s);
    parser.addOptions({sizeOption, repeatsOption});
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    QTemporaryDir dir;
    QTextStream out(stdout);
    for (int bits : {8, 16}) {
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.rows = spec.columns = parser.value(sizeOption).toInt();
        spec.bitsAllocated = bits;
        const QString path = dir.filePath(u"frame%1.dcm"_s.arg(bits));
        if (!testdata::writeDicom(path, spec).isEmpty())
            return 1;
        Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
        if (!decoder)
            return 1;
        const Expected<QByteArray> pixels = (*decoder)->decodeFrame(0);
        if (!pixels)
            return 1;
        const FrameFormat& format = (*decoder)->format();
        const VoiWindow start = defaultWindow(*pixels, format);
        std::vector<double> times;
        for (int i = 0; i < repeats; ++i) {
            // A right-drag: centre and width change a little on every mouse move.
            const VoiWindow window{start.center + i, std::max(1.0, start.width - 2 * i)};
            QElapsedTimer clock;
            clock.start();
            const Expected<QImage> image = renderFrame(*pixels, format, window);
            times.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (!image)
                return 1;
        }
        std::sort(times.begin(), times.end());
        out << u"{\"bits\":%1,\"size\":%2,\"repeats\":%3,\"median_ms\":%4,\"p95_ms\":%5}\n"_s
                   .arg(bits)
                   .arg(spec.rows)
                   .arg(repeats)
                   .arg(times[times.size() / 2], 0, 'f', 2)
                   .arg(times[std::min(times.size() - 1, times.size() * 95 / 100)], 0, 'f', 2);
    }
    return 0;
}
