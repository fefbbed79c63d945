#include "ApiClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <chrono>
#include <utility>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

// Network errors that happen before the request can have reached the server.
bool notDelivered(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

ApiError networkError(QNetworkReply::NetworkError error, const QString& detail)
{
    // A transfer timeout aborts the reply, which Qt reports as cancelled; nothing else here
    // cancels one.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return ApiError::make(
            ApiError::Kind::Timeout,
            ApiClient::tr("The server did not answer in time. Kenshu will try again."));
    if (error == QNetworkReply::SslHandshakeFailedError)
        return ApiError::make(
            ApiError::Kind::Tls,
            ApiClient::tr("The server's identity could not be verified, so Kenshu did "
                          "not connect (%1). Ask IT whether the server certificate or "
                          "the CA bundle is right.")
                .arg(detail));
    return ApiError::make(
        ApiError::Kind::Offline,
        ApiClient::tr("The server cannot be reached (%1). Kenshu works offline and will "
                      "sync when it can.")
            .arg(detail));
}

std::optional<qint64> retryAfterMs(const QByteArray& header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds * 1000;
}

} // namespace

struct ApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempt = 1;
    bool refreshed = false;
    QString sentToken;
};

ApiClient::ApiClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_tls(QSslConfiguration::defaultConfiguration())
{
    // The proxy configured for the system (environment, PAC, GNOME/KDE, Windows settings).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

ApiClient::~ApiClient() = default;

Status ApiClient::checkServerUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{tr("The server address is not valid: %1").arg(url.toDisplayString())};
    if (url.scheme() != "https"_L1)
        return Error{tr("The server address must start with https:// (Kenshu only talks to "
                        "servers over verified TLS): %1")
                         .arg(url.toDisplayString())};
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error{tr("The server address must not hold a user name, a query or a fragment.")};
    return {};
}

ApiError ApiClient::replyError(QNetworkReply* reply, const QByteArray& body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return networkError(reply->error(), reply->errorString());
    return ApiError::fromStatus(status, QJsonDocument::fromJson(body).object());
}

Status ApiClient::setServer(const QUrl& url)
{
    if (Status checked = checkServerUrl(url); !checked)
        return checked;
    m_server = url.adjusted(QUrl::StripTrailingSlash);
    return {};
}

Expected<QList<QSslCertificate>> ApiClient::readCaBundle(const QString& pemPath)
{
    if (pemPath.isEmpty())
        return QList<QSslCertificate>();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{
            tr("The CA bundle %1 holds no PEM certificate.").arg(QFileInfo(pemPath).fileName())};
    return certificates;
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.addCaCertificates(certificates);
    m_tls = tls;
}

Status ApiClient::setExtraCaBundle(const QString& pemPath)
{
    Expected<QList<QSslCertificate>> certificates = readCaBundle(pemPath);
    if (!certificates)
        return certificates.error();
    setExtraCaCertificates(*certificates);
    return {};
}

QNetworkRequest ApiClient::networkRequest(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // The API never redirects; a redirect means something in between answered instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return request;
}

void ApiClient::send(ApiRequest request, QObject* context, Callback done)
{
    Q_ASSERT(context);
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->done = std::move(done);
    if (m_server.isEmpty()) {
        ApiResult result;
        result.error =
            ApiError::make(ApiError::Kind::Offline, tr("No server is set. Sign in first."));
        // Still asynchronous, as every other answer.
        QTimer::singleShot(0, this, [this, call, result] { complete(call, result); });
        return;
    }
    start(call);
}

void ApiClient::start(const std::shared_ptr<Call>& call)
{
    if (!call->context)
        return;
    const ApiRequest& request = call->request;
    QNetworkRequest networkRequest = this->networkRequest(request.path, request.query);
    if (!request.authenticated)
        networkRequest.setRawHeader("Authorization", QByteArray());
    call->sentToken = request.authenticated ? m_accessToken : QString();
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    // HEAD answers have no body: Qt must know, or it waits for one.
    QNetworkReply* reply =
        request.method == "HEAD"
            ? m_network->head(networkRequest)
            : m_network->sendCustomRequest(networkRequest, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void ApiClient::finished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (!result.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (document.isObject())
            result.json = document.object();
    }

    if (result.status == 0) {
        // No HTTP answer: a network, TLS or timeout failure.
        const QNetworkReply::NetworkError code = reply->error();
        result.error = networkError(code, reply->errorString());
        const bool mayRetry =
            result.error->kind != ApiError::Kind::Tls &&
            (call->request.retry == RetryPolicy::Transient ||
             (call->request.retry == RetryPolicy::NotDelivered && notDelivered(code)));
        if (mayRetry && retryLater(call, result))
            return;
        complete(call, result);
        return;
    }

    if (result.status >= 200 && result.status < 300) {
        complete(call, result);
        return;
    }
    if (result.status == 401 && call->request.authenticated && !call->refreshed && m_refresher) {
        refreshThenResend(call);
        return;
    }
    result.error = ApiError::fromStatus(result.status, result.json);
    const bool busy = result.status == 429 || result.status == 503;
    const bool mayRetry = (result.status == 429 || result.status >= 500) &&
                          (call->request.retry == RetryPolicy::Transient ||
                           (call->request.retry == RetryPolicy::NotDelivered && busy));
    if (mayRetry && retryLater(call, result))
        return;
    complete(call, result);
}

bool ApiClient::retryLater(const std::shared_ptr<Call>& call, const ApiResult& result)
{
    if (call->attempt >= m_backoff.maxAttempts || !call->context)
        return false;
    const qint64 delay =
        m_backoff.delayMs(call->attempt, QRandomGenerator::global()->generateDouble(),
                          retryAfterMs(result.header("retry-after")));
    ++call->attempt;
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, call] { start(call); });
    return true;
}

void ApiClient::refreshThenResend(const std::shared_ptr<Call>& call)
{
    call->refreshed = true;
    // Another request refreshed the token while this one was on its way: just send it again.
    if (!m_accessToken.isEmpty() && m_accessToken != call->sentToken && !m_refreshing) {
        start(call);
        return;
    }
    m_waitingForRefresh.append(call);
    if (m_refreshing)
        return;
    m_refreshing = true;
    QPointer<ApiClient> self(this);
    m_refresher([this, self](const std::optional<ApiError>& error) {
        if (self)
            refreshFinished(error);
    });
}

void ApiClient::refreshFinished(const std::optional<ApiError>& error)
{
    m_refreshing = false;
    const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waitingForRefresh, {});
    for (const std::shared_ptr<Call>& call : waiting) {
        if (!error) {
            start(call);
            continue;
        }
        ApiResult result;
        result.status = error->status;
        result.error = error;
        complete(call, result);
    }
}

void ApiClient::complete(const std::shared_ptr<Call>& call, const ApiResult& result)
{
    if (!call->context || !call->done)
        return;
    // Called once: a later duplicate (never expected) must not run the callback twice.
    const Callback done = std::exchange(call->done, nullptr);
    done(result);
}

} // namespace kenshu::sync
