// kenshuctl fetch STUDY-ID: downloads the files of a study record (another member's study, synced
// as a record only) with the same code the viewer uses.
#include "CliCommands.h"
#include "CliSession.h"
#include "StudyFetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUuid>

namespace kenshu::cli {

using namespace Qt::Literals::StringLiterals;

int runFetch(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Downloads the files of a study that are not in the data folder. An "
                     "interrupted download continues where it stopped."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"study"_s,
                                 QCoreApplication::translate("kenshuctl", "The study's record id."),
                                 QCoreApplication::translate("kenshuctl", "STUDY-ID"));
    if (const std::optional<int> done = parseCommand(parser, u"fetch"_s, arguments, out, err))
        return *done;
    const QUuid studyId = parser.positionalArguments().size() == 1
                              ? QUuid::fromString(parser.positionalArguments().constFirst())
                              : QUuid();
    if (studyId.isNull()) {
        err << QCoreApplication::translate("kenshuctl", "Usage: kenshuctl fetch STUDY-ID") << u'\n';
        return UsageError;
    }
    const std::unique_ptr<QLockFile> lock = lockDataFolder(dataDir, err);
    if (!lock)
        return Failure;
    std::optional<std::pair<Session, sync::SignInResult>> restored = restoreSession(dataDir, err);
    if (!restored)
        return Failure;

    sync::StudyFetcher fetcher(*restored->first.api, dataDir);
    sync::StudyFetchResult result;
    QEventLoop loop;
    fetcher.fetch(studyId, &loop, [&](const sync::StudyFetchResult& done) {
        result = done;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        err << (result.error ? result.error->message : result.localError) << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate(
               "kenshuctl", "Fetched %1 file(s) (%2 bytes); %3 file(s) were here already.")
               .arg(result.fetched)
               .arg(result.bytes)
               .arg(result.alreadyHere)
        << u'\n';
    return Success;
}

} // namespace kenshu::cli
