#pragma once

#include "Expected.h"
#include "FormSchema.h"
#include "Record.h"
#include "ReportDraft.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace kenshu {

class LocalStore;

// Evaluation-sheet forms are stored as evaluation_sheet records, every other form as report.
RecordType recordTypeForForm(const FormSchema& schema);

// Drafts of reports and evaluation sheets in the local store. Saving never validates: a draft
// may be incomplete or wrong; submitting is where validateForm blocks.
class DraftStore final
{
public:
    // `editorId` is the member who makes the changes (the record's updatedBy).
    DraftStore(LocalStore& store, QString editorId);

    // Writes the draft as a local edit in one transaction, stamped with the time it returns.
    // An existing record keeps its rev (the base for sync) and data keys the draft does not set.
    Expected<QDateTime> save(RecordType type, const ReportDraft& draft);
    // Several drafts in one transaction (reports sent in one approval request): all or none.
    Expected<QDateTime> saveAll(RecordType type, const QList<ReportDraft>& drafts);
    Expected<ReportDraft> load(const QUuid& id) const;
    // Drafts of one record type (optionally of one case), oldest first; records that name no
    // form are left out.
    QList<ReportDraft> list(RecordType type, const QUuid& caseId = {}) const;

private:
    Status write(RecordType type, const ReportDraft& draft, const QDateTime& savedAt);

    LocalStore& m_store;
    QString m_editorId;
};

} // namespace kenshu
