#pragma once

#include "core/types/ApiError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace vzaps {

class ApiClient;

// "Test connection": signs in with the given credentials (`POST /token`) and
// lists one instance, on a client of its own so the app's client is never touched, and
// says in plain words what became of it: signed in, bad credentials, unreachable, TLS,
// timeout, a broken server. Nothing is saved. Destroying the check cancels it.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Ok,
        BadCredentials, // 401/403: the token or secret (or the account) was refused
        Unreachable,    // refused, host not found, network down, connection dropped
        Tls,            // the secure connection could not be set up (certificate, handshake)
        Timeout,        // no complete answer within timeout()
        ServerError,    // 5xx, or a reply that is not what the API sends
        Other,          // anything else: 404, 429, an invalid address
    };
    Q_ENUM(Kind)

    struct Outcome {
        Kind kind = Kind::Other;
        QString message;           // one or two plain sentences; never a secret
        int httpStatus = 0;        // of the failing reply, 0 when none arrived
        QString requestId;         // X-Request-Id of the failing reply, when known
        qint64 instanceCount = -1; // on Ok: the account's total number of instances

        bool ok() const { return kind == Kind::Ok; }
        // The server may be down or the network out for now: the credentials may
        // still be right, so saving without a passed check is defensible.
        bool saysNothingAboutCredentials() const
        {
            return kind == Kind::Unreachable || kind == Kind::Timeout;
        }
    };

    static constexpr std::chrono::milliseconds kDefaultTimeout{15'000};

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // For the whole check, sign-in and list together.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    // Starts a check, cancelling one that runs. finished() follows, on a later turn of
    // the event loop, exactly once unless cancelled.
    void start(const QUrl &baseUrl, const QString &clientToken, const QString &clientSecret);
    void cancel();
    bool isRunning() const { return m_running; }

    // Empty when `url` may be given credentials; otherwise why not: it must be a
    // complete https:// address, or http:// on this computer (the sandbox), because the
    // client secret would otherwise cross the network unencrypted.
    static QString baseUrlProblem(const QUrl &url);
    // "api.vzaps.com", or "127.0.0.1:8080" when the port is not the scheme's default.
    static QString hostText(const QUrl &url);

Q_SIGNALS:
    void finished(const vzaps::ConnectionCheck::Outcome &outcome);

private:
    void listOneInstance();
    void fail(const ApiError &error, bool signedIn);
    // The plain-words outcome of a failed check (ConnectionCheckText.cpp).
    Outcome failureOutcome(const ApiError &error, bool signedIn) const;
    void report(const Outcome &outcome);

    ApiClient *m_client;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QDeadlineTimer m_deadline;
    QUrl m_baseUrl;
    QStringList m_certificateProblems; // what TLS said of the certificate, this check
    bool m_running = false;
    int m_generation = 0; // tells a cancelled check's late callbacks from the current one
};

} // namespace vzaps

Q_DECLARE_METATYPE(vzaps::ConnectionCheck::Outcome)
