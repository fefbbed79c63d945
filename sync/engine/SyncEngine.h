#pragma once

#include "SignedInMember.h"
#include "SyncReport.h"
#include "SyncStore.h"

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
// when they are first pushed. Network on this object's thread, SQLite on a store thread;
// nothing blocks.
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

    // The data a record is pushed with: a new case, report, evaluation sheet, credential or
    // approval request gets `authorId` and `roomId` when it has none; comments their author.
    static QJsonObject withServerFields(const Record& record, const QString& memberId,
                                        const QString& roomId);

signals:
    void started();
    void finished(const kenshu::sync::SyncReport& report);

private:
    void pushNext();
    void push(OutboxItem item);
    void pushAnswered(const OutboxItem& item, const ApiResult& result);
    void pull();
    void pullAnswered(const ApiResult& result);
    void storeStep(std::function<Status(SyncStore&)> work, std::function<void()> next);
    void finish(std::optional<ApiError> error, const QString& storeError = {});

    ApiClient& m_api;
    std::unique_ptr<StoreWorker> m_worker;
    SignedInMember m_member;
    QString m_roomId;
    QString m_deviceId;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    SyncReport m_report;
};

} // namespace kenshu::sync
