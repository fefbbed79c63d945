// bench_playback: the viewer widget playing a 1024x1024 loop at 30 fps (target: 10 s with 0
// dropped frames once decoded) and the full window/level repaint during a right-drag
// (render + paint; target < 8 ms). Runs the real widget on the offscreen platform; prints one JSON
// line.
//
//   bench_playback [--size 1024] [--seconds 10]
#include "TestData.h"
#include "ViewerWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(u"size"_s, u"Rows and columns."_s, u"N"_s, u"1024"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Playback time."_s, u"S"_s, u"10"_s);
    parser.addOptions({sizeOption, secondsOption});
    parser.process(app);

    QTemporaryDir dir;
    testdata::DicomSpec spec = testdata::specWithNewUids();
    spec.rows = spec.columns = parser.value(sizeOption).toInt();
    spec.frames = 60;
    spec.frameTimeMs = 1000.0 / 30;
    const QString path = dir.filePath(u"loop.dcm"_s);
    if (!testdata::writeDicom(path, spec).isEmpty())
        return 1;

    ViewerWidget viewer;
    viewer.resize(1200, 1000);
    viewer.show();
    QSignalSpy progress(&viewer, &ViewerWidget::decodingProgress);
    viewer.openFile(path);
    if (!QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(0).toInt() == 60; },
                         60000))
        return 1;

    // Window/level: a real right-drag; each mouse move renders and paints synchronously.
    std::vector<double> repaint;
    QTest::mousePress(&viewer, Qt::RightButton, Qt::NoModifier, QPoint(600, 500));
    for (int i = 1; i <= 100; ++i) {
        const QPointF at(600 + i, 500 + (i % 7));
        QMouseEvent move(QEvent::MouseMove, at, viewer.mapToGlobal(at), Qt::NoButton,
                         Qt::RightButton, Qt::NoModifier);
        QElapsedTimer clock;
        clock.start();
        QApplication::sendEvent(&viewer, &move);
        viewer.repaint();
        repaint.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    QTest::mouseRelease(&viewer, Qt::RightButton, Qt::NoModifier, QPoint(700, 500));
    std::sort(repaint.begin(), repaint.end());

    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    viewer.setPlaying(true);
    QTest::qWait(seconds * 1000);
    viewer.setPlaying(false);
    QTextStream(stdout)
        << u"{\"size\":%1,\"fps\":%2,\"seconds\":%3,\"presented\":%4,"
           "\"dropped\":%5,\"wl_repaint_median_ms\":%6,\"wl_repaint_p95_ms\":%7}\n"_s.arg(spec.rows)
               .arg(viewer.framesPerSecond(), 0, 'f', 1)
               .arg(seconds)
               .arg(viewer.presentedFrames())
               .arg(viewer.droppedFrames())
               .arg(repaint[repaint.size() / 2], 0, 'f', 2)
               .arg(repaint[repaint.size() * 95 / 100], 0, 'f', 2);
    return 0;
}
