#pragma once

#include "BlobSender.h"
#include "SignedInMember.h"
#include "SyncReport.h"
#include "SyncStore.h"
#include "WireUids.h"

#include <QObject>
#include <QString>
#include <memory>

namespace kenshu::sync {

class ApiClient;
class StoreWorker;
struct ApiResult;

// Syncs a data folder with the server (DESIGN.md, "Sync protocol"): pushes the outbox in order,
// each change as a PUT with If-Match: "<base rev>" (If-None-Match: * to create) and
// Idempotency-Key: <device id>:<mutation number>, so a retry after a lost answer is answered,
// not applied twice; then pulls the change feed, storing each page and its cursor in one local
// transaction. A stale base revision (412) keeps both versions and marks a conflict; a refusal
// (403/409/4xx) keeps the change and marks it with the server's reason; nothing local is ever
// overwritten. New cases and reports get the signed-in member as author and the chosen room
// when they are first pushed. Records go in their wire form (RecordWireForm.h: no patient data)
// after the files they name are on the server (BlobSender); what comes back is mapped to the
// library's own UIDs. A study whose images may show burned-in text waits, reported as an issue,
// until confirmBurnedIn. Network on this object's thread, SQLite on a store thread, files on
// worker threads; nothing blocks.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(ApiClient& api, const QString& dataDir, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setMember(const SignedInMember& member) { m_member = member; }
    // The room new cases and reports go to; empty: the member's default room.
    void setRoomId(const QString& roomId) { m_roomId = roomId; }
    void setPageSize(int records) { m_pageSize = records; }

    // Starts a run; during a run, another one follows it.
    void syncNow();
    bool isRunning() const { return m_running; }

    // The user looked at every image of these series of a held study (empty: every series it
    // was held for) and saw no patient data burned in. Kept in the data folder; the next run
    // uploads the study. `done` runs on `context`'s thread.
    void confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids,
                         QObject* context, std::function<void(const Status&)> done);

    // The data a record is pushed with: a new case, report, evaluation sheet, credential or
    // approval request gets `authorId` and `roomId` when it has none; comments their author.
    static QJsonObject withServerFields(const Record& record, const QString& memberId,
                                        const QString& roomId);

signals:
    void started();
    void finished(const kenshu::sync::SyncReport& report);
    // Files going up before a record (BlobSender).
    void uploadProgress(const kenshu::sync::UploadProgress& progress);

private:
    void pushNext();
    void push(OutboxItem item);
    void blobsSent(const OutboxItem& item, const BlobsOutcome& outcome);
    void sendRecord(const OutboxItem& item, const OutgoingBlobs& outgoing);
    // `wireId`: the record's id as the server knows it (RecordWireForm).
    void pushAnswered(const OutboxItem& item, const QUuid& wireId, const ApiResult& result);
    void pull();
    void pullAnswered(const ApiResult& result);
    void storeStep(std::function<Status(SyncStore&)> work, std::function<void()> next);
    void finish(std::optional<ApiError> error, const QString& storeError = {});

    ApiClient& m_api;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<BlobSender> m_blobs;
    std::optional<WireUids> m_uids; // for this run's pushes
    SignedInMember m_member;
    QString m_roomId;
    QString m_deviceId;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    SyncReport m_report;
};

} // namespace kenshu::sync
