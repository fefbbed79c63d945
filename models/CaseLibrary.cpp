#include "CaseLibrary.h"

#include "CaseConsultation.h"
#include "LocalStore.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QChar kSeparator{0x1f}; // ASCII unit separator, never in UIDs, dates or titles

} // namespace

CaseLibrary::CaseLibrary(LocalStore& store) : m_store(store) {}

Expected<QList<CaseSummary>> CaseLibrary::caseSummaries() const
{
    // Two scans of covering indexes (migration 2) joined here: SQLite extracts the JSON fields,
    // and neither scan touches the large study records (10,000 cases list in < 100 ms).
    const auto readError = [](const QSqlQuery& query) {
        return Error{QCoreApplication::translate("CaseLibrary", "Cannot read the case list (%1)")
                         .arg(query.lastError().text())};
    };
    struct Children
    {
        int studies = 0;
        int documents = 0;
        QString latestUpdate; // ISO 8601 UTC sorts as text
    };
    QHash<QString, Children> children;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Each row comes as one text value: Qt's SQLite driver costs more per value than per byte.
    if (!query.exec(u"SELECT parent_id || char(31) || SUM(type = 'study') || char(31) || "
                    "SUM(type = 'document') || char(31) || MAX(updated_at) "
                    "FROM records INDEXED BY records_case_children "
                    "WHERE type IN ('study', 'document') AND deleted = 0 GROUP BY parent_id"_s))
        return readError(query);
    while (query.next()) {
        const QString row = query.value(0).toString();
        const QList<QStringView> fields = QStringView(row).split(kSeparator);
        if (fields.size() != 4)
            continue;
        children.insert(fields[0].toString(),
                        Children{fields[1].toInt(), fields[2].toInt(), fields[3].toString()});
    }

    // The note goes last: it is the only field that may contain the separator.
    if (!query.exec(u"SELECT id || char(31) || updated_at || char(31) || "
                    "IFNULL(json_extract(data, '$.createdAt'), '') || char(31) || "
                    "IFNULL(json_extract(data, '$.title'), '') || char(31) || "
                    "IFNULL(json_extract(data, '$.state'), '') || char(31) || "
                    "IFNULL(json_extract(data, '$.note'), '') FROM records "
                    "WHERE type = 'case' AND deleted = 0"_s))
        return readError(query);
    QList<CaseSummary> result;
    result.reserve(children.size());
    while (query.next()) {
        const QString row = query.value(0).toString();
        const QList<QStringView> fields = QStringView(row).split(kSeparator);
        if (fields.size() < 6)
            continue;
        const QString id = fields[0].toString();
        const Children counts = children.value(id);
        CaseSummary summary;
        summary.id = QUuid::fromString(id);
        summary.createdAt = parseUtcTimestamp(fields[2]);
        summary.title = fields[3].toString();
        summary.closed = fields[4] == workflowStateName(CaseState::Closed);
        const qsizetype noteStart = fields[5].data() - row.constData();
        summary.note = row.mid(noteStart);
        // A case was last updated when it or anything in it last changed.
        summary.updatedAt =
            parseUtcTimestamp(std::max(fields[1], QStringView(counts.latestUpdate)));
        summary.studyCount = counts.studies;
        summary.documentCount = counts.documents;
        result.append(std::move(summary));
    }
    return result;
}

std::optional<CaseEntry> CaseLibrary::loadCase(const QUuid& caseId) const
{
    const std::optional<Record> record = m_store.record(caseId);
    if (!record || record->type != RecordType::Case || record->deleted)
        return std::nullopt;
    CaseEntry entry;
    entry.id = record->id;
    entry.title = record->data.value("title"_L1).toString();
    entry.note = record->data.value("note"_L1).toString();
    entry.createdAt = parseUtcTimestamp(record->data.value("createdAt"_L1).toString());
    entry.updatedAt = record->updatedAt;
    entry.closed = caseStateOf(record->data) == CaseState::Closed;
    for (const Record& study : m_store.records(RecordType::Study, caseId))
        entry.studies.append(studyFromJson(study.id, caseId, study.data));
    for (const Record& document : m_store.records(RecordType::Document, caseId))
        entry.documents.append(documentFromJson(document.id, caseId, document.data));
    return entry;
}

std::optional<QUuid> CaseLibrary::findCaseByTitle(const QString& title) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT id FROM records WHERE type = 'case' AND deleted = 0 "
                  "AND json_extract(data, '$.title') = ? ORDER BY rowid LIMIT 1"_s);
    query.addBindValue(title);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QUuid::fromString(query.value(0).toString());
}

QStringList CaseLibrary::caseTitles() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    QStringList titles;
    if (!query.exec(u"SELECT json_extract(data, '$.title') FROM records "
                    "WHERE type = 'case' AND deleted = 0"_s))
        return titles;
    while (query.next())
        titles.append(query.value(0).toString());
    return titles;
}

Status CaseLibrary::putCase(const QUuid& id, const QString& title, const QString& note,
                            const QDateTime& createdAt, const QString& actor)
{
    return putRecordData(RecordType::Case, id, {}, caseDataToJson(title, note, createdAt), actor);
}

Status CaseLibrary::putStudy(const StudyEntry& study, const QString& actor)
{
    return putRecordData(RecordType::Study, study.id, study.caseId, studyToJson(study), actor);
}

Status CaseLibrary::putDocument(const DocumentEntry& document, const QString& actor)
{
    return putRecordData(RecordType::Document, document.id, document.caseId,
                         documentToJson(document), actor);
}

Status CaseLibrary::putRecordData(RecordType type, const QUuid& id, const QUuid& parentId,
                                  const QJsonObject& data, const QString& actor)
{
    Record record;
    record.id = id;
    record.type = type;
    record.parentId = parentId;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.updatedBy = actor;
    record.data = data;
    // A local edit keeps the server revision it was based on, for conflict detection.
    if (const std::optional<Record> existing = m_store.record(id))
        record.rev = existing->rev;
    return m_store.putRecord(record);
}

} // namespace kenshu
