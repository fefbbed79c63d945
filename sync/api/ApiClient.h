#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"
#include "Backoff.h"
#include "Expected.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace kenshu::sync {

// The HTTPS client of the Kenshu API. TLS is always verified against the system's CAs plus an
// optional extra bundle (IT's private CA); nothing here can turn verification off. The system
// proxy is used, HTTP/2 is allowed, a transfer that stalls times out, transient failures are
// retried with exponential backoff and jitter, and a 401 asks the refresher for a new access
// token once and sends the request again. Every call returns at once; `done` runs later on this
// object's thread, and never once `context` is gone.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResult&)>;
    // Gets a new access token (setAccessToken) and then calls `done(std::nullopt)`, or
    // `done(error)` when it could not (signed out, offline, …); the error goes to the requests
    // that waited for it.
    using Refresher = std::function<void(std::function<void(std::optional<ApiError> error)> done)>;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    // The server, e.g. https://kenshu.example.org or https://host/kenshu. Only https.
    Status setServer(const QUrl& url);
    QUrl server() const { return m_server; }
    // PEM certificates trusted in addition to the system's (IT presets). Empty path: none.
    Status setExtraCaBundle(const QString& pemPath);
    // The same in two steps, so that the file can be read off the GUI thread.
    static Expected<QList<QSslCertificate>> readCaBundle(const QString& pemPath);
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    void setAccessToken(const QString& token) { m_accessToken = token; }
    void clearAccessToken() { m_accessToken.clear(); }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // In memory only; for tests that check it is nowhere else.
    QString accessToken() const { return m_accessToken; }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }

    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }
    // A transfer with no bytes moving for this long fails with Kind::Timeout.
    void setTransferTimeoutMs(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    void send(ApiRequest request, QObject* context, Callback done);

    // A request to `path` with the client's TLS settings, timeout and access token, for
    // transfers that stream (uploads, downloads).
    QNetworkRequest networkRequest(const QString& path, const QUrlQuery& query = {}) const;
    QNetworkAccessManager* network() const { return m_network; }

    // Why a streamed transfer (networkRequest) failed: no answer, or an HTTP error status with
    // `body` (the error's JSON, if read).
    static ApiError replyError(QNetworkReply* reply, const QByteArray& body = {});

    // Checks a server URL as setServer does; the message says what is wrong.
    static Status checkServerUrl(const QUrl& url);

private:
    struct Call;
    void start(const std::shared_ptr<Call>& call);
    void finished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    bool retryLater(const std::shared_ptr<Call>& call, const ApiResult& result);
    void refreshThenResend(const std::shared_ptr<Call>& call);
    void refreshFinished(const std::optional<ApiError>& error);
    void complete(const std::shared_ptr<Call>& call, const ApiResult& result);

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QSslConfiguration m_tls;
    QString m_accessToken;
    Refresher m_refresher;
    Backoff m_backoff;
    int m_transferTimeoutMs = 30000;
    bool m_refreshing = false;
    QList<std::shared_ptr<Call>> m_waitingForRefresh;
};

} // namespace kenshu::sync
