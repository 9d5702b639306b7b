#include "core/api/ConnectionCheck.h"

#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif
#include <QTimer>

namespace vzaps {

using namespace Qt::StringLiterals;

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
{
    qRegisterMetaType<Outcome>();
#if QT_CONFIG(ssl)
    // Only the certificate errors tell "not trusted" from any other failed handshake.
    connect(m_client->network(), &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *, const QList<QSslError> &errors) {
                for (const QSslError &error : errors) {
                    if (!m_certificateProblems.contains(error.errorString()))
                        m_certificateProblems.append(error.errorString());
                }
            });
#endif
}

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : kDefaultTimeout;
}

void ConnectionCheck::start(const QUrl &baseUrl, const QString &clientToken,
                            const QString &clientSecret)
{
    cancel();
    m_running = true;
    const int generation = ++m_generation;
    m_baseUrl = baseUrl;
    m_certificateProblems.clear();
    m_deadline = QDeadlineTimer(m_timeout);

    const QString problem = baseUrlProblem(baseUrl);
    if (!problem.isEmpty()) {
        // Reported on the next turn, like every other outcome.
        return QTimer::singleShot(0, this, [this, generation, problem] {
            if (generation == m_generation)
                report({Kind::Other, problem, 0, {}, -1});
        });
    }
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(clientToken, clientSecret);
    m_client->setTimeout(m_timeout);
    m_client->clearToken(); // a test must reach the server, not reuse a cached sign-in
    m_client->accessToken(this, [this, generation](const Result<AccessToken> &token) {
        if (generation != m_generation)
            return;
        if (!token)
            return fail(token.error(), false);
        listOneInstance();
    });
}

void ConnectionCheck::listOneInstance()
{
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining <= 0) {
        ApiError late;
        late.kind = ErrorKind::Timeout;
        return fail(late, true);
    }
    // The list gets what is left of the check's time, so the total stays within timeout().
    m_client->setTimeout(std::chrono::milliseconds(remaining));
    const int generation = m_generation;
    InstancesApi(*m_client).list(
        {1, 1, {}, {}, false, {}, {}}, this, [this, generation](const Result<InstancePage> &page) {
            if (generation != m_generation)
                return;
            if (!page)
                return fail(page.error(), true);
            const qint64 count = page.value().total;
            const QString text =
                count == 1 ? tr("Signed in: 1 instance.")
                           : tr("Signed in: %1 instances.").arg(QLocale().toString(count));
            report({Kind::Ok, text, 0, {}, count});
        });
}

void ConnectionCheck::cancel()
{
    ++m_generation;
    if (!m_running)
        return;
    m_running = false;
    m_client->cancelAll();
}

void ConnectionCheck::fail(const ApiError &error, bool signedIn)
{
    report(failureOutcome(error, signedIn));
}

void ConnectionCheck::report(const Outcome &outcome)
{
    m_running = false;
    Q_EMIT finished(outcome);
}

} // namespace vzaps
