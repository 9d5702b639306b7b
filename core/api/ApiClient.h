#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/RawReply.h"
#include "core/api/ReplyDecoding.h"
#include "core/api/TypedRequest.h"
#include "core/types/AccessToken.h"
#include "core/types/Result.h"

#include <QDeadlineTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace vzaps {

class ApiCall;

// The one place that talks HTTP to VZaps (docs/api-contract.md §1): owns the network access
// manager, the base URL, the credentials and the access-token cache, adds the
// headers, applies deadlines and retries, and turns failures into ApiErrors.
// Resource classes (AuthApi, InstancesApi, SessionApi) build requests for it.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static QUrl defaultBaseUrl();
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};
    // No reply may be larger: a 100-row page is about 60 KiB. A bigger one is refused on its
    // Content-Length, or aborted as soon as more has arrived, so memory stays bounded.
    static constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // Changing where or as whom we talk cancels what is in flight and drops the token.
    void setBaseUrl(const QUrl &baseUrl);
    void setCredentials(const QString &clientToken, const QString &clientSecret);
    QString clientToken() const { return m_clientToken; }
    bool hasCredentials() const;

    // The deadline of one whole call, token fetch and retries included.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    static QByteArray userAgent();
    QNetworkAccessManager *network() const { return m_network; }

    // Sends `request`; `done` runs later on the event loop, exactly once, unless
    // the call is cancelled or `context` is destroyed first. A null context means
    // the call belongs to the client alone.
    QPointer<ApiCall> send(ApiRequest request, QObject *context, Callback<RawReply> done);

    // Sends `request` as send() does and decodes the reply into the type the request names,
    // the one way the app and vzapsctl make a typed call.
    template<typename T>
    QPointer<ApiCall> call(TypedRequest<T> request, QObject *context,
                           Callback<typename TypedRequest<T>::Reply> done)
    {
        QString operation = request.operation;
        return send(std::move(request), context,
                    decodeInto<T>(std::move(operation), std::move(done)));
    }

    // Any call not wrapped yet (the seed's `vzaps.request()`): `path` is relative
    // to the base URL and may carry a query; a null `body` sends none.
    QPointer<ApiCall> request(const QByteArray &method, const QString &path,
                              const QJsonDocument &body, const QString &instanceToken,
                              QObject *context, Callback<RawReply> done);

    // The cached access token, or a fresh one; concurrent callers share one fetch.
    void accessToken(QObject *context, Callback<AccessToken> done);
    void clearToken();
    // The cached access token, empty when there is none that is still usable: e.g. to
    // hand to another client of the same account, which takes it with adoptToken().
    AccessToken cachedToken() const;
    // Caches `token`, fetched by another client for `baseUrl` and `clientToken`, as if this
    // one had fetched it: only while those are still this client's, it fetches none itself
    // and it holds no usable token already. (One too close to expiry is cached as expired.)
    void adoptToken(const AccessToken &token, const QUrl &baseUrl, const QString &clientToken);

    void cancelAll();
    int callsInFlight() const;

Q_SIGNALS:
    // A call ended with an error (before its callback runs): its secrets already scrubbed,
    // with the request's method and path (no query). Cancelled calls, and calls whose
    // context went away, report nothing.
    void callFailed(const vzaps::ApiError &error, const QByteArray &method, const QString &path);

private:
    friend class ApiCall;
    using TokenWaiter = std::function<void(const Result<AccessToken> &)>;

    void waitForToken(QObject *waiter, TokenWaiter onToken);
    void startTokenFetch();
    void finishTokenFetch(const Result<AccessToken> &result);
    // Drops the cached token if it is still the one a rejected call used.
    void dropToken(const QString &rejectedToken);
    QStringList secrets() const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_clientToken;
    QString m_clientSecret;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;

    QString m_token;
    qint64 m_tokenExpiresIn = 0;
    QDeadlineTimer m_tokenValidUntil;
    QPointer<ApiCall> m_tokenFetch;
    QList<QPair<QPointer<QObject>, TokenWaiter>> m_tokenWaiters;
};

} // namespace vzaps
