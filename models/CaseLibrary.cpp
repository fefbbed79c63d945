#include "CaseLibrary.h"

#include "LocalStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

struct Counts
{
    int studies = 0;
    int documents = 0;
    QString latestUpdate; // ISO 8601 UTC sorts as text
};

} // namespace

CaseLibrary::CaseLibrary(LocalStore& store) : m_store(store) {}

Expected<QList<CaseSummary>> CaseLibrary::caseSummaries() const
{
    QHash<QString, Counts> counts;
    {
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT parent_id, type, COUNT(*), MAX(updated_at) FROM records "
                        "WHERE type IN ('study', 'document') AND deleted = 0 "
                        "GROUP BY parent_id, type"_s)) {
            return Error{
                QCoreApplication::translate("CaseLibrary", "Cannot read the case list (%1)")
                    .arg(query.lastError().text())};
        }
        while (query.next()) {
            Counts& entry = counts[query.value(0).toString()];
            if (query.value(1).toString() == "study"_L1)
                entry.studies = query.value(2).toInt();
            else
                entry.documents = query.value(2).toInt();
            entry.latestUpdate = std::max(entry.latestUpdate, query.value(3).toString());
        }
    }

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, updated_at, data FROM records "
                    "WHERE type = 'case' AND deleted = 0"_s)) {
        return Error{QCoreApplication::translate("CaseLibrary", "Cannot read the case list (%1)")
                         .arg(query.lastError().text())};
    }
    QList<CaseSummary> result;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QJsonObject data = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
        CaseSummary summary;
        summary.id = QUuid::fromString(id);
        summary.title = data.value("title"_L1).toString();
        summary.note = data.value("note"_L1).toString();
        summary.createdAt =
            QDateTime::fromString(data.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
        const Counts entry = counts.value(id);
        // A case was last updated when it or anything in it last changed.
        summary.updatedAt = QDateTime::fromString(
            std::max(query.value(1).toString(), entry.latestUpdate), Qt::ISODateWithMs);
        summary.studyCount = entry.studies;
        summary.documentCount = entry.documents;
        result.append(summary);
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
    entry.createdAt =
        QDateTime::fromString(record->data.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    entry.updatedAt = record->updatedAt;
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
