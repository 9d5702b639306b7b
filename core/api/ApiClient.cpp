#include "core/api/ApiClient.h"

#include "core/api/ApiCall.h"
#include "core/api/AuthApi.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {
// A token is used until a minute before it expires (docs/api-contract.md §1.4).
constexpr qint64 kTokenSafetyMarginSeconds = 60;
} // namespace

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(u"https://api.vzaps.com"_s);
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
{
    // Every API call asks for this itself (ApiCall); a request made on this manager that
    // does not say otherwise follows no redirect either.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    cancelAll();
    clearToken();
    m_baseUrl = baseUrl;
}

void ApiClient::setCredentials(const QString &clientToken, const QString &clientSecret)
{
    if (clientToken == m_clientToken && clientSecret == m_clientSecret)
        return;
    cancelAll();
    clearToken();
    m_clientToken = clientToken;
    m_clientSecret = clientSecret;
}

bool ApiClient::hasCredentials() const
{
    return !m_clientToken.isEmpty() && !m_clientSecret.isEmpty();
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : kDefaultTimeout;
}

QByteArray ApiClient::userAgent()
{
    static const QByteArray agent = "VZapsDesk/" VZAPS_VERSION " (Qt " + QByteArray(qVersion()) +
                                    "; " + QSysInfo::prettyProductName().toUtf8() + ')';
    return agent;
}

QPointer<ApiCall> ApiClient::send(ApiRequest request, QObject *context, Callback<RawReply> done)
{
    auto *call = new ApiCall(this, std::move(request), context, std::move(done));
    call->start();
    return call;
}

QPointer<ApiCall> ApiClient::request(const QByteArray &method, const QString &path,
                                     const QJsonDocument &body, const QString &instanceToken,
                                     QObject *context, Callback<RawReply> done)
{
    ApiRequest request;
    request.method = method.trimmed().toUpper();
    request.path = path.startsWith(u'/') ? path : u'/' + path;
    request.body = body;
    request.instanceToken = instanceToken;
    request.operation = tr("send %1 %2").arg(QString::fromLatin1(request.method), request.path);
    if (request.method.isEmpty())
        request.validationProblem = tr("an HTTP method is needed");
    else if (path.contains("://"_L1))
        request.validationProblem = tr("give a path relative to the base URL, not a full URL");
    return send(std::move(request), context, std::move(done));
}

void ApiClient::accessToken(QObject *context, Callback<AccessToken> done)
{
    waitForToken(context ? context : this, std::move(done));
}

void ApiClient::clearToken()
{
    m_token.clear();
    m_tokenExpiresIn = 0;
}

AccessToken ApiClient::cachedToken() const
{
    if (m_token.isEmpty() || m_tokenValidUntil.hasExpired())
        return {};
    return {m_token, m_tokenValidUntil.remainingTime() / 1000 + kTokenSafetyMarginSeconds};
}

void ApiClient::adoptToken(const AccessToken &token, const QUrl &baseUrl,
                           const QString &clientToken)
{
    // Another account's or server's token must never be sent here (e.g. after a switch).
    if (baseUrl != m_baseUrl || clientToken != m_clientToken)
        return;
    if (token.token.isEmpty())
        return;
    if ((m_tokenFetch && !m_tokenFetch->isFinished()) || !cachedToken().token.isEmpty())
        return;
    finishTokenFetch(Result<AccessToken>(token));
}

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
    m_tokenWaiters.clear();
}

int ApiClient::callsInFlight() const
{
    int count = 0;
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (const ApiCall *call : calls)
        count += call->isFinished() ? 0 : 1;
    return count;
}

void ApiClient::waitForToken(QObject *waiter, TokenWaiter onToken)
{
    if (const AccessToken cached = cachedToken(); !cached.token.isEmpty()) {
        QTimer::singleShot(0, waiter, [onToken = std::move(onToken), cached] { onToken(cached); });
        return;
    }
    m_tokenWaiters.append({QPointer<QObject>(waiter), std::move(onToken)});
    // A cancelled fetch lingers until deleteLater runs; it no longer counts.
    if (!m_tokenFetch || m_tokenFetch->isFinished())
        startTokenFetch();
}

void ApiClient::startTokenFetch()
{
    m_tokenFetch = send(AuthApi::tokenRequest(m_clientToken, m_clientSecret), this,
                        [this](const Result<RawReply> &reply) {
                            if (!reply)
                                return finishTokenFetch(reply.error());
                            finishTokenFetch(AccessToken::fromJson(reply.value().data.toObject()));
                        });
}

void ApiClient::finishTokenFetch(const Result<AccessToken> &result)
{
    m_tokenFetch.clear();
    if (result) {
        m_token = result.value().token;
        m_tokenExpiresIn = result.value().expiresInSeconds;
        const qint64 usableFor = qMax<qint64>(0, m_tokenExpiresIn - kTokenSafetyMarginSeconds);
        m_tokenValidUntil = QDeadlineTimer(std::chrono::seconds(usableFor));
    }
    // Waiters may start new calls (and new fetches) from their callbacks.
    const auto waiters = std::exchange(m_tokenWaiters, {});
    for (const auto &[waiter, onToken] : waiters) {
        if (waiter)
            onToken(result);
    }
}

void ApiClient::dropToken(const QString &rejectedToken)
{
    if (!rejectedToken.isEmpty() && rejectedToken == m_token)
        m_token.clear();
}

QStringList ApiClient::secrets() const
{
    return {m_clientSecret, m_token};
}

} // namespace vzaps
