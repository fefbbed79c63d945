#include "SyncEngine.h"

#include "ApiClient.h"
#include "Decision.h"
#include "LocalStore.h"
#include "RecordWireForm.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

// Records that name their room and author when created (docs/api.md, "Records").
bool namesRoomAndAuthor(RecordType type)
{
    switch (type) {
    case RecordType::Case:
    case RecordType::Report:
    case RecordType::EvaluationSheet:
    case RecordType::Credential:
    case RecordType::ApprovalRequest:
        return true;
    default:
        return false;
    }
}

QString recordPath(const Record& record)
{
    return u"/api/v1/records/%1/%2"_s.arg(recordTypeName(record.type),
                                          record.id.toString(QUuid::WithoutBraces));
}

// The reason for a refusal in the user's language where the rules know the code.
QString refusalText(const ApiError& error)
{
    if (const std::optional<Refusal> refusal = refusalFromCode(error.code))
        return refusalMessage(*refusal);
    return error.message;
}

// What a start of a run needs from the store.
struct RunStart
{
    QString deviceId;
    WireUids uids;
};

} // namespace

SyncEngine::SyncEngine(ApiClient& api, const QString& dataDir, QObject* parent)
    : QObject(parent), m_api(api), m_worker(std::make_unique<StoreWorker>(dataDir)),
      m_blobs(std::make_unique<BlobSender>(api, dataDir, *m_worker))
{
    qRegisterMetaType<kenshu::sync::SyncReport>();
    connect(m_blobs.get(), &BlobSender::progress, this, &SyncEngine::uploadProgress);
}

SyncEngine::~SyncEngine() = default;

QJsonObject SyncEngine::withServerFields(const Record& record, const QString& memberId,
                                         const QString& roomId)
{
    QJsonObject data = record.data;
    if (record.rev != 0 || record.deleted)
        return data; // room and author are fixed when a record is created
    const bool roomAndAuthor = namesRoomAndAuthor(record.type);
    if ((roomAndAuthor || record.type == RecordType::Comment) && !memberId.isEmpty() &&
        data.value(u"authorId"_s).toString().isEmpty())
        data.insert(u"authorId"_s, memberId);
    if (roomAndAuthor && !roomId.isEmpty() && data.value(u"roomId"_s).toString().isEmpty())
        data.insert(u"roomId"_s, roomId);
    return data;
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_report = {};
    emit started();
    QStringList rooms;
    for (const SignedInMember::Room& room : m_member.rooms)
        rooms.append(room.id);
    m_worker->run<Expected<RunStart>>(
        [rooms](LocalStore& store) -> Expected<RunStart> {
            SyncStore syncStore(store);
            // A room gained since the last sync: its older records are behind the cursor.
            if (!rooms.isEmpty()) {
                if (Expected<bool> noted = syncStore.noteRooms(rooms); !noted)
                    return noted.error();
            }
            Expected<QString> deviceId = syncStore.deviceId();
            if (!deviceId)
                return deviceId.error();
            Expected<WireUids> uids = WireUids::ofLibrary(store);
            if (!uids)
                return uids.error();
            return RunStart{*deviceId, *uids};
        },
        this,
        [this](const Expected<RunStart>& start) {
            if (!start) {
                finish(std::nullopt, start.error().message);
                return;
            }
            m_deviceId = start->deviceId;
            m_uids = start->uids;
            pushNext();
        });
}

void SyncEngine::confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids,
                                 QObject* context, std::function<void(const Status&)> done)
{
    m_worker->run<Status>(
        [studyId, seriesInstanceUids](LocalStore& store) {
            return SyncStore(store).confirmBurnedIn(studyId, seriesInstanceUids);
        },
        context, std::move(done));
}

void SyncEngine::storeStep(std::function<Status(SyncStore&)> work, std::function<void()> next)
{
    m_worker->run<Status>(
        [work = std::move(work)](LocalStore& store) {
            SyncStore syncStore(store);
            return work(syncStore);
        },
        this,
        [this, next = std::move(next)](const Status& status) {
            if (!status) {
                finish(std::nullopt, status.error().message);
                return;
            }
            next();
        });
}

void SyncEngine::pushNext()
{
    m_worker->run<Expected<std::optional<OutboxItem>>>(
        [](LocalStore& store) { return SyncStore(store).nextOutboxItem(); }, this,
        [this](const Expected<std::optional<OutboxItem>>& next) {
            if (!next) {
                finish(std::nullopt, next.error().message);
                return;
            }
            if (!*next) {
                pull();
                return;
            }
            push(**next);
        });
}

void SyncEngine::push(OutboxItem item)
{
    if (item.record.rev == 0 && item.record.deleted) {
        // Made and deleted here before it ever reached the server: nothing to tell it.
        storeStep([item](SyncStore& store) { return store.pushAccepted(item, item.record); },
                  [this] { pushNext(); });
        return;
    }
    const QString roomId = m_roomId.isEmpty() ? m_member.defaultRoomId() : m_roomId;
    item.record.data = withServerFields(item.record, m_member.id, roomId);
    m_blobs->sendFor(item.record, this,
                     [this, item](const BlobsOutcome& outcome) { blobsSent(item, outcome); });
}

void SyncEngine::blobsSent(const OutboxItem& item, const BlobsOutcome& outcome)
{
    m_report.uploaded += outcome.uploaded;
    m_report.uploadedBytes += outcome.uploadedBytes;
    switch (outcome.status) {
    case BlobsOutcome::Status::Ready:
        sendRecord(item, outcome.outgoing);
        return;
    case BlobsOutcome::Status::Held: {
        ++m_report.held;
        const QString message =
            tr("Not sent: the images of %n series may show patient data burned into the pixels. "
               "Look at every frame, then confirm.",
               nullptr, int(outcome.held.size()));
        storeStep(
            [item, held = outcome.held, message](SyncStore& store) {
                return store.holdForConfirmation(item.record.id, held, message);
            },
            [this] { pushNext(); });
        return;
    }
    case BlobsOutcome::Status::Failed:
        // Offline, or a file that could not be prepared: the change stays queued.
        if (outcome.error)
            finish(outcome.error);
        else
            finish(std::nullopt, outcome.localError);
        return;
    }
}

void SyncEngine::sendRecord(const OutboxItem& item, const OutgoingBlobs& outgoing)
{
    const Expected<Record> wire = recordToWire(item.record, *m_uids, outgoing);
    if (!wire) {
        finish(std::nullopt, wire.error().message);
        return;
    }
    const QJsonObject body{
        {u"parentId"_s, wire->parentId.isNull()
                            ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(wire->parentId.toString(QUuid::WithoutBraces))},
        {u"deleted"_s, wire->deleted},
        {u"data"_s, wire->data}};
    ApiRequest request = ApiRequest::withJson("PUT", recordPath(*wire),
                                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (item.record.rev > 0)
        request.headers.append({QByteArrayLiteral("If-Match"),
                                QByteArray('"' + QByteArray::number(item.record.rev) + '"')});
    else
        request.headers.append({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")});
    // The same mutation number on every retry: the server answers it once.
    request.headers.append({QByteArrayLiteral("Idempotency-Key"),
                            QByteArray(m_deviceId.toUtf8() + ':' + QByteArray::number(item.seq))});
    request.retry = RetryPolicy::Transient;
    m_api.send(std::move(request), this, [this, item, wireId = wire->id](const ApiResult& result) {
        pushAnswered(item, wireId, result);
    });
}

void SyncEngine::pushAnswered(const OutboxItem& item, const QUuid& wireId, const ApiResult& result)
{
    if (result.ok()) {
        const std::optional<Record> stored = recordFromJson(result.json);
        if (!stored || stored->id != wireId) {
            finish(ApiError::make(ApiError::Kind::BadResponse,
                                  tr("The server's answer to a change was not a record.")));
            return;
        }
        ++m_report.pushed;
        storeStep([item, record = recordFromWire(*stored, *m_uids, item.record)](
                      SyncStore& store) { return store.pushAccepted(item, record); },
                  [this] { pushNext(); });
        return;
    }
    const ApiError& error = *result.error;
    if (result.status == 412) {
        const QJsonValue current = error.body.value(u"current"_s);
        std::optional<Record> server =
            current.isObject() ? recordFromJson(current.toObject()) : std::nullopt;
        if (server)
            server = recordFromWire(*server, *m_uids, item.record);
        const QString message =
            server ? tr("Changed on the server by %1 since this version was made here.")
                         .arg(server->updatedBy)
                   : tr("The server no longer has the version this change was made on.");
        ++m_report.conflicts;
        storeStep([item, server, code = error.code, message](
                      SyncStore& store) { return store.pushConflict(item, server, code, message); },
                  [this] { pushNext(); });
        return;
    }
    if (error.kind == ApiError::Kind::Refused) {
        ++m_report.refused;
        storeStep([item, code = error.code, message = refusalText(error)](
                      SyncStore& store) { return store.pushRefused(item, code, message); },
                  [this] { pushNext(); });
        return;
    }
    // Offline, signed out, TLS, a server failing after the retries: the change stays queued.
    finish(error);
}

void SyncEngine::pull()
{
    m_worker->run<Expected<QString>>(
        [](LocalStore& store) -> Expected<QString> { return SyncStore(store).cursor(); }, this,
        [this](const Expected<QString>& cursor) {
            if (!cursor) {
                finish(std::nullopt, cursor.error().message);
                return;
            }
            ApiRequest request = ApiRequest::get(u"/api/v1/changes"_s);
            request.query.addQueryItem(u"since"_s, *cursor);
            request.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
            m_api.send(std::move(request), this,
                       [this](const ApiResult& result) { pullAnswered(result); });
        });
}

void SyncEngine::pullAnswered(const ApiResult& result)
{
    if (!result.ok()) {
        finish(*result.error);
        return;
    }
    const QJsonValue cursor = result.json.value(u"cursor"_s);
    const QJsonValue changes = result.json.value(u"changes"_s);
    if (!cursor.isString() || !changes.isArray()) {
        finish(ApiError::make(ApiError::Kind::BadResponse,
                              tr("The server's change feed was not understood.")));
        return;
    }
    QList<Record> records;
    for (const QJsonValue& change : changes.toArray()) {
        // A record type this version does not know is left to a newer one.
        if (std::optional<Record> record = recordFromJson(change.toObject()))
            records.append(std::move(*record));
    }
    const bool more = result.json.value(u"hasMore"_s).toBool() && !changes.toArray().isEmpty();
    m_worker->run<Expected<PullSummary>>(
        [records, next = cursor.toString()](LocalStore& store) -> Expected<PullSummary> {
            // Studies pulled on an earlier page may hold UIDs of this one's comments.
            const Expected<WireUids> uids = WireUids::ofLibrary(store);
            if (!uids)
                return uids.error();
            QList<Record> local;
            for (const Record& record : records)
                local.append(
                    recordFromWire(record, *uids, store.record(localRecordId(record, *uids))));
            return SyncStore(store).applyPulled(local, next);
        },
        this,
        [this, more](const Expected<PullSummary>& summary) {
            if (!summary) {
                finish(std::nullopt, summary.error().message);
                return;
            }
            m_report.pulled += summary->applied;
            m_report.conflicts += summary->conflicts;
            if (more)
                pull();
            else
                finish(std::nullopt);
        });
}

void SyncEngine::finish(std::optional<ApiError> error, const QString& storeError)
{
    m_report.error = std::move(error);
    m_report.storeError = storeError;
    using Left = std::pair<int, QList<SyncIssue>>;
    m_worker->run<Expected<Left>>(
        [](LocalStore& store) -> Expected<Left> {
            SyncStore syncStore(store);
            return Left{syncStore.pendingCount(), syncStore.issues()};
        },
        this,
        [this](const Expected<Left>& left) {
            if (left) {
                m_report.pending = left->first;
                m_report.issues = left->second;
            } else if (m_report.storeError.isEmpty()) {
                m_report.storeError = left.error().message;
            }
            m_running = false;
            const SyncReport report = m_report;
            emit finished(report);
            if (std::exchange(m_again, false))
                syncNow();
        });
}

} // namespace kenshu::sync
