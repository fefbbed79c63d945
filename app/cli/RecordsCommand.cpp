// `kenshuctl records`: the local records as they are stored, for scripts and support.
#include "CliCommands.h"
#include "LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kenshu::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

QJsonObject recordJson(const StoredRecord& stored)
{
    const Record& record = stored.record;
    return QJsonObject{{"id"_L1, record.id.toString(QUuid::WithoutBraces)},
                       {"type"_L1, recordTypeName(record.type)},
                       {"rev"_L1, record.rev},
                       {"dirty"_L1, stored.dirty},
                       {"data"_L1, record.data}};
}

// One line per record: id, type, rev, sync state and whatever names it.
QString recordLine(const StoredRecord& stored)
{
    const Record& record = stored.record;
    QString name = record.data.value("title"_L1).toString();
    if (name.isEmpty())
        name = record.data.value("form"_L1).toString();
    return record.id.toString(QUuid::WithoutBraces) + u'\t' + recordTypeName(record.type) +
           u"\trev "_s + QString::number(record.rev) + u'\t' +
           (stored.dirty ? QCoreApplication::translate("kenshuctl", "not synced")
                         : QCoreApplication::translate("kenshuctl", "synced")) +
           u'\t' + name.section(u'\n', 0, 0);
}

} // namespace

int runRecords(const QStringList& arguments, const QString& dataDir, QTextStream& out,
               QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kenshuctl", "Lists the records in the local library with their sync state."));
    parser.addHelpOption();
    const QCommandLineOption typeOption(
        u"type"_s,
        QCoreApplication::translate("kenshuctl", "Only records of this type (e.g. report)."),
        QCoreApplication::translate("kenshuctl", "type"));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("kenshuctl", "Print a JSON array."));
    parser.addOption(typeOption);
    parser.addOption(jsonOption);
    if (const std::optional<int> done = parseCommand(parser, u"records"_s, arguments, out, err))
        return *done;

    std::optional<RecordType> type;
    if (parser.isSet(typeOption)) {
        type = recordTypeFromName(parser.value(typeOption));
        if (!type) {
            err << QCoreApplication::translate("kenshuctl", "Unknown record type: %1")
                       .arg(parser.value(typeOption))
                << u'\n';
            return UsageError;
        }
    }

    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store) {
        err << store.error().message << u'\n';
        return Failure;
    }
    const QList<StoredRecord> records = (*store)->storedRecords(type);
    if (!parser.isSet(jsonOption)) {
        for (const StoredRecord& stored : records)
            out << recordLine(stored) << u'\n';
        return Success;
    }
    QJsonArray array;
    for (const StoredRecord& stored : records)
        array.append(recordJson(stored));
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace kenshu::cli
