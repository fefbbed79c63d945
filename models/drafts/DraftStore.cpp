#include "DraftStore.h"

#include "LocalStore.h"

#include <QCoreApplication>

namespace kenshu {

RecordType recordTypeForForm(const FormSchema& schema)
{
    return schema.workflow == WorkflowKind::EvaluationSheet ? RecordType::EvaluationSheet
                                                            : RecordType::Report;
}

DraftStore::DraftStore(LocalStore& store, QString editorId)
    : m_store(store), m_editorId(std::move(editorId))
{
}

Expected<QDateTime> DraftStore::save(RecordType type, const ReportDraft& draft)
{
    return saveAll(type, {draft});
}

Expected<QDateTime> DraftStore::saveAll(RecordType type, const QList<ReportDraft>& drafts)
{
    if (Status status = m_store.begin(); !status)
        return status.error();
    const QDateTime savedAt = QDateTime::currentDateTimeUtc();
    for (const ReportDraft& draft : drafts) {
        if (Status status = write(type, draft, savedAt); !status) {
            m_store.rollback();
            return status.error();
        }
    }
    if (Status status = m_store.commit(); !status) {
        m_store.rollback();
        return status.error();
    }
    return savedAt;
}

Status DraftStore::write(RecordType type, const ReportDraft& draft, const QDateTime& savedAt)
{
    // Read inside the transaction, so that a sync applying a new rev cannot slip in between.
    const std::optional<Record> existing = m_store.record(draft.id);

    ReportDraft stamped = draft;
    stamped.savedAt = savedAt;
    Record record;
    record.id = draft.id;
    record.type = type;
    record.parentId = draft.caseId;
    record.rev = existing ? existing->rev : 0;
    record.updatedAt = stamped.savedAt;
    record.updatedBy = m_editorId;
    record.data = existing ? existing->data : QJsonObject();
    const QJsonObject data = stamped.toJson();
    for (auto it = data.begin(); it != data.end(); ++it)
        record.data.insert(it.key(), it.value());
    return m_store.putRecord(record);
}

Expected<ReportDraft> DraftStore::load(const QUuid& id) const
{
    const std::optional<Record> record = m_store.record(id);
    if (!record || record->deleted ||
        (record->type != RecordType::Report && record->type != RecordType::EvaluationSheet))
        return Error{QCoreApplication::translate("DraftStore", "There is no draft %1.")
                         .arg(id.toString(QUuid::WithoutBraces))};
    return ReportDraft::fromJson(record->id, record->data);
}

QList<ReportDraft> DraftStore::list(RecordType type, const QUuid& caseId) const
{
    QList<ReportDraft> drafts;
    for (const Record& record : m_store.records(type, caseId)) {
        Expected<ReportDraft> draft = ReportDraft::fromJson(record.id, record.data);
        if (draft)
            drafts.append(std::move(*draft));
    }
    return drafts;
}

} // namespace kenshu
