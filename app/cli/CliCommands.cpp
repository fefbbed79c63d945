#include "CliCommands.h"

#include "AppSetup.h"
#include "CaseImporter.h"
#include "CaseLibrary.h"
#include "LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

QJsonArray documentsJson(const QList<DocumentEntry>& documents)
{
    QJsonArray result;
    for (const DocumentEntry& document : documents) {
        result.append(QJsonObject{{"name"_L1, document.name},
                                  {"pages"_L1, document.pages},
                                  {"sha256"_L1, document.sha256}});
    }
    return result;
}

QJsonArray studiesJson(const QList<StudyEntry>& studies)
{
    QJsonArray result;
    for (const StudyEntry& study : studies) {
        QJsonArray series;
        for (const SeriesEntry& entry : study.series) {
            series.append(QJsonObject{{"seriesInstanceUid"_L1, entry.seriesInstanceUid},
                                      {"modality"_L1, entry.modality},
                                      {"description"_L1, entry.description},
                                      {"instances"_L1, int(entry.instances.size())},
                                      {"frames"_L1, entry.frameCount()}});
        }
        result.append(QJsonObject{{"studyInstanceUid"_L1, study.studyInstanceUid},
                                  {"studyDate"_L1, study.studyDate},
                                  {"description"_L1, study.description},
                                  {"series"_L1, series}});
    }
    return result;
}

} // namespace

std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command,
                                const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList withProgram = arguments;
    withProgram.prepend(u"kenshuctl "_s + command);
    if (!parser.parse(withProgram)) {
        err << parser.errorText() << u'\n' << parser.helpText();
        return UsageError;
    }
    // parse() does not act on --help: without this, "kenshuctl logout --help" would sign out.
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

int runImport(const QStringList& arguments, const QString& dataDir, QTextStream& out,
              QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl",
        "Imports DICOM files, DICOMDIR folders and PDFs into a case, creating the case if "
        "it does not exist."));
    parser.addHelpOption();
    const QCommandLineOption caseOption(
        u"case"_s, QCoreApplication::translate("kenshuctl", "Case title, e.g. 123456-001."),
        QCoreApplication::translate("kenshuctl", "title"));
    const QCommandLineOption noteOption(
        u"note"_s, QCoreApplication::translate("kenshuctl", "Note for a new case."),
        QCoreApplication::translate("kenshuctl", "text"));
    parser.addOption(caseOption);
    parser.addOption(noteOption);
    parser.addPositionalArgument(
        u"paths"_s, QCoreApplication::translate("kenshuctl", "Files and folders to import."),
        QCoreApplication::translate("kenshuctl", "PATH..."));
    if (const std::optional<int> done = parseCommand(parser, u"import"_s, arguments, out, err))
        return *done;
    if (!parser.isSet(caseOption) || parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate(
                   "kenshuctl", "Usage: kenshuctl import --case TITLE [--note TEXT] PATH...")
            << u'\n';
        return UsageError;
    }

    ImportRequest request;
    request.caseTitle = parser.value(caseOption);
    request.caseNote = parser.value(noteOption);
    request.paths = parser.positionalArguments();
    const CaseImporter importer(dataDir, defaultImportFormats());
    const ImportOutcome outcome = importer.run(request);

    for (const ImportIssue& issue : outcome.issues) {
        // The prefix stays English so that scripts can parse it; the reason is translated.
        out << (issue.kind == ImportIssue::Kind::Skipped ? u"skipped: "_s : u"rejected: "_s)
            << QDir::toNativeSeparators(issue.path) << u": "_s << issue.reason << u'\n';
    }
    if (outcome.failure) {
        err << outcome.failure->message << u'\n';
        return Failure;
    }
    out << QCoreApplication::translate(
               "kenshuctl",
               "Case %1: %2 new DICOM instance(s), %3 already present; %4 new PDF(s), %5 "
               "already present.")
               .arg(outcome.caseTitle)
               .arg(outcome.instancesAdded)
               .arg(outcome.instancesAlreadyPresent)
               .arg(outcome.documentsAdded)
               .arg(outcome.documentsAlreadyPresent)
        << u'\n';
    return outcome.hasRejections() ? Failure : Success;
}

int runCases(const QStringList& arguments, const QString& dataDir, QTextStream& out,
             QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kenshuctl", "Lists the cases in the local library."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("kenshuctl", "Print a JSON array."));
    parser.addOption(jsonOption);
    if (const std::optional<int> done = parseCommand(parser, u"cases"_s, arguments, out, err))
        return *done;

    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store) {
        err << store.error().message << u'\n';
        return Failure;
    }
    const CaseLibrary library(**store);
    Expected<QList<CaseSummary>> summaries = library.caseSummaries();
    if (!summaries) {
        err << summaries.error().message << u'\n';
        return Failure;
    }
    std::sort(summaries->begin(), summaries->end(),
              [](const CaseSummary& a, const CaseSummary& b) { return a.title < b.title; });

    QJsonArray cases;
    for (const CaseSummary& summary : *summaries) {
        const std::optional<CaseEntry> entry = library.loadCase(summary.id);
        if (!entry)
            continue;
        if (!parser.isSet(jsonOption)) {
            out << entry->title << u'\t'
                << QCoreApplication::translate("kenshuctl", "%1 study(ies), %2 PDF(s)")
                       .arg(entry->studies.size())
                       .arg(entry->documents.size())
                << u'\t' << entry->note.section(u'\n', 0, 0) << u'\n';
            continue;
        }
        cases.append(QJsonObject{{"id"_L1, entry->id.toString(QUuid::WithoutBraces)},
                                 {"title"_L1, entry->title},
                                 {"note"_L1, entry->note},
                                 {"studies"_L1, studiesJson(entry->studies)},
                                 {"documents"_L1, documentsJson(entry->documents)}});
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace kenshu::cli
