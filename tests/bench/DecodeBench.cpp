// bench_decode: the viewer's decoding speed against DCMTK's own tools on the same files, in the
// same run (issue "DICOM viewer", performance). Generates a 1024x1024x120 8-bit XA in three
// transfer syntaxes, then for each prints one JSON line with `kenshuctl bench decode` figures
// (first frame on screen, all frames on N threads, peak memory) and the time DCMTK's tool
// takes to decompress the same file (dcmdjpeg / dcmdjpls; dcmconv for the uncompressed one)
// and dcm2pnm (dcmj2pnm, dcml2pnm) to render all frames.
//
//   bench_decode [--size 1024] [--frames 120] [--threads 2] [--kenshuctl PATH]
#include "TestData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;

namespace {

bool compress(const QString& from, const QString& to, E_TransferSyntax syntax,
              const DcmRepresentationParameter* parameters)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(from).constData()).bad())
        return false;
    if (file.getDataset()->chooseRepresentation(syntax, parameters).bad())
        return false;
    return file.saveFile(QFile::encodeName(to).constData(), syntax).good();
}

// Runs a program; returns its wall time in ms, or -1 if it failed.
double timed(const QString& program, const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << process.readAllStandardError() << '\n';
        return -1;
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (output)
        *output = process.readAllStandardOutput();
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(u"size"_s, u"Rows and columns."_s, u"N"_s, u"1024"_s);
    const QCommandLineOption framesOption(u"frames"_s, u"Frames."_s, u"N"_s, u"120"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Kenshu's threads."_s, u"N"_s, u"2"_s);
    const QCommandLineOption ctlOption(u"kenshuctl"_s, u"Path of kenshuctl."_s, u"PATH"_s,
                                       QStringLiteral(KENSHU_CTL_PATH));
    parser.addOptions({sizeOption, framesOption, threadsOption, ctlOption});
    parser.process(app);

    DJEncoderRegistration::registerCodecs();
    DJLSEncoderRegistration::registerCodecs();
    QTemporaryDir dir;
    testdata::DicomSpec spec = testdata::specWithNewUids();
    spec.rows = spec.columns = parser.value(sizeOption).toInt();
    spec.frames = parser.value(framesOption).toInt();
    spec.frameTimeMs = 33.3;
    const QString raw = dir.filePath(u"xa-raw.dcm"_s);
    if (!testdata::writeDicom(raw, spec).isEmpty())
        return 1;
    const DJ_RPLossless jpegParameters;
    const DJLSRepresentationParameter jlsParameters(0, OFTrue);
    const QString jpeg = dir.filePath(u"xa-jpeg14.dcm"_s);
    const QString jls = dir.filePath(u"xa-jpegls.dcm"_s);
    if (!compress(raw, jpeg, EXS_JPEGProcess14SV1, &jpegParameters) ||
        !compress(raw, jls, EXS_JPEGLSLossless, &jlsParameters))
        return 1;

    struct Case
    {
        QString name;
        QString file;
        QString tool;
        QStringList toolArguments;
        QString renderer; // dcm2pnm, or its JPEG (dcmj2pnm) / JPEG-LS (dcml2pnm) twin
    };
    const QString out = dir.filePath(u"out.dcm"_s);
    const QList<Case> cases{
        {u"uncompressed"_s, raw, u"dcmconv"_s, {u"+te"_s, raw, out}, u"dcm2pnm"_s},
        {u"jpeg-lossless-sv1"_s, jpeg, u"dcmdjpeg"_s, {jpeg, out}, u"dcmj2pnm"_s},
        {u"jpeg-ls-lossless"_s, jls, u"dcmdjpls"_s, {jls, out}, u"dcml2pnm"_s},
    };
    QTextStream stdoutStream(stdout);
    for (const Case& entry : cases) {
        QByteArray kenshuOutput;
        if (timed(
                parser.value(ctlOption),
                {u"bench"_s, u"decode"_s, entry.file, u"--threads"_s, parser.value(threadsOption)},
                &kenshuOutput) < 0)
            return 1;
        QJsonObject result = QJsonDocument::fromJson(kenshuOutput).object();
        const double toolMs = timed(entry.tool, entry.toolArguments);
        const double pnmMs = timed(
            entry.renderer, {u"--all-frames"_s, u"+Wm"_s, entry.file, dir.filePath(u"frame"_s)});
        result.insert("syntax"_L1, entry.name);
        result.insert("file_mb"_L1,
                      qRound(double(QFile(entry.file).size()) / 1048576.0 * 10) / 10.0);
        result.insert("dcmtk_tool"_L1, entry.tool);
        result.insert("dcmtk_tool_ms"_L1, qRound(toolMs));
        result.insert("dcmtk_renderer"_L1, entry.renderer);
        result.insert("dcmtk_render_all_frames_ms"_L1, qRound(pnmMs));
        const double all = result.value("all_frames_ms"_L1).toDouble();
        result.insert("speedup_vs_tool"_L1, all > 0 ? qRound(toolMs / all * 100) / 100.0 : 0.0);
        stdoutStream << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        stdoutStream.flush();
        for (const QString& file : QDir(dir.path()).entryList({u"frame*"_s}))
            QFile::remove(dir.filePath(file));
    }
    return 0;
}
