#include "CliCommands.h"
#include "FrameRendering.h"
#include "FrameStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

// Peak resident memory of this process in MiB (Linux), or -1 where it cannot be read.
double peakResidentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int runBench(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Measures how fast the viewer decodes a file; prints one JSON line."));
    parser.addHelpOption();
    const QCommandLineOption threadsOption(
        u"threads"_s, QCoreApplication::translate("kenshuctl", "Decoding threads."), u"N"_s,
        QString::number(std::max(QThread::idealThreadCount(), 1)));
    parser.addOption(threadsOption);
    parser.addPositionalArgument(u"decode"_s, QCoreApplication::translate("kenshuctl", "decode"));
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("kenshuctl", "DICOM file."),
                                 u"FILE"_s);
    if (const std::optional<int> done = parseCommand(parser, u"bench"_s, arguments, out, err))
        return *done;
    bool threadsOk = false;
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != "decode"_L1 || !threadsOk || threads < 1) {
        err << QCoreApplication::translate("kenshuctl",
                                           "Usage: kenshuctl bench decode FILE [--threads N]")
            << u'\n';
        return UsageError;
    }

    // The budget holds the whole series, as the viewer's would for a cine loop.
    FrameStore store(positional[1], qsizetype(8) << 30, threads);
    QEventLoop loop;
    QElapsedTimer clock;
    double firstFrameMs = -1;
    double allFramesMs = -1;
    QString failure;
    QObject::connect(&store, &FrameStore::frameReady, &loop, [&](int index) {
        if (firstFrameMs >= 0)
            return;
        // The first frame "on screen": decoded and rendered with the default window.
        const QByteArray pixels = store.frame(index);
        const FrameFormat format = store.format();
        if (renderFrame(pixels, format, defaultWindow(pixels, format)))
            firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&store, &FrameStore::allDecoded, &loop, [&] {
        allFramesMs = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QObject::connect(&store, &FrameStore::failed, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    clock.start();
    store.open();
    loop.exec();
    if (!failure.isEmpty()) {
        err << failure << u'\n';
        return Failure;
    }
    const QJsonObject result{
        {"frames"_L1, store.frameCount()},
        {"first_frame_ms"_L1, qRound(firstFrameMs * 10) / 10.0},
        {"all_frames_ms"_L1, qRound(allFramesMs * 10) / 10.0},
        {"threads"_L1, threads},
        {"peak_rss_mb"_L1, qRound(peakResidentMegabytes() * 10) / 10.0},
    };
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << u'\n';
    return Success;
}

} // namespace kenshu::cli
