#include "OpenConflict.h"

#include "AsyncRun.h"
#include "BackgroundWrite.h"
#include "ConflictDialog.h"
#include "FormLibrary.h"
#include "LocalStore.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

struct ConflictVersions
{
    Record local;
    SyncIssue issue;
};

QString translate(const char* text)
{
    return QCoreApplication::translate("ConflictView", text);
}

Expected<ConflictVersions> readConflict(const QString& dataDir, const QUuid& recordId)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store)
        return store.error();
    std::optional<SyncIssue> issue = SyncStore(**store).issue(recordId);
    std::optional<Record> local = (*store)->record(recordId);
    if (!issue || issue->kind != SyncIssue::Kind::Conflict || !local)
        return Error{translate("There is no conflict to resolve for this record any more.")};
    return ConflictVersions{std::move(*local), std::move(*issue)};
}

Status applyOutcome(const QString& dataDir, const QUuid& recordId, ConflictDialog::Outcome outcome,
                    const QJsonObject& merged)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store)
        return store.error();
    SyncStore sync(**store);
    switch (outcome) {
    case ConflictDialog::Outcome::TakeServer:
        return sync.takeServerVersion(recordId);
    case ConflictDialog::Outcome::KeepLocal:
        return sync.keepLocalVersion(recordId);
    case ConflictDialog::Outcome::Merge:
        return sync.keepLocalVersion(recordId, merged);
    }
    return {};
}

std::optional<FormSchema> formOf(const Record& record, const QList<FormSchema>& forms)
{
    const FormSchema* schema = findForm(forms, record.data.value(u"form"_s).toString(),
                                        record.data.value(u"formVersion"_s).toInt());
    return schema ? std::optional<FormSchema>(*schema) : std::nullopt;
}

} // namespace

void openConflict(const QString& dataDir, const QUuid& recordId, const QList<FormSchema>& forms,
                  const QString& language, QWidget* parent, std::function<void(bool)> done)
{
    const auto report = [done](bool resolved) {
        if (done)
            done(resolved);
    };
    QPointer<QWidget> owner = parent;
    runAsync<Expected<ConflictVersions>>(
        parent, [dataDir, recordId] { return readConflict(dataDir, recordId); },
        [=](const Expected<ConflictVersions>& versions) {
            if (!versions) {
                QMessageBox::information(owner, translate("Resolve a sync conflict"),
                                         versions.error().message);
                report(false);
                return;
            }
            auto* dialog = new ConflictDialog(versions->local, versions->issue,
                                              formOf(versions->local, forms), language, owner);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::finished, dialog, [=](int result) {
                if (result != QDialog::Accepted) {
                    report(false);
                    return;
                }
                writeInBackground(
                    owner, translate("Resolve a sync conflict"),
                    [dataDir, recordId, outcome = dialog->outcome(),
                     merged = dialog->outcome() == ConflictDialog::Outcome::Merge
                                  ? dialog->mergedData()
                                  : QJsonObject()] {
                        return applyOutcome(dataDir, recordId, outcome, merged);
                    },
                    [report] { report(true); });
            });
            dialog->open();
        });
}

} // namespace kenshu
