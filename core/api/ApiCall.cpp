#include "core/api/ApiCall.h"

#include "core/api/ErrorReply.h"
#include "core/presentation/DisplayText.h"
#include "core/types/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

namespace vzaps {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "vzaps.api", QtWarningMsg)

namespace {

constexpr int kBackoffStartMs = 250;
constexpr int kBackoffCapMs = 4000;

bool isRetriableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

QUrl resolve(const QUrl &base, const QString &path)
{
    // Keep any path prefix of the base URL ("https://host/api" + "/token").
    QString basePath = base.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype queryStart = path.indexOf(u'?');
    QUrl url = base;
    url.setPath(basePath + path.left(queryStart), QUrl::TolerantMode);
    url.setQuery(queryStart < 0 ? QString() : path.mid(queryStart + 1), QUrl::TolerantMode);
    return url;
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request, QObject *context, Callback<RawReply> done)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::authenticateAndSend);
    if (context && context != client)
        connect(context, &QObject::destroyed, this, &ApiCall::cancel);
}

ApiCall::~ApiCall()
{
    dropReply();
}

void ApiCall::start()
{
    m_elapsed.start();
    if (!m_request.validationProblem.isEmpty()) {
        // Report on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this] {
            finishWithError(
                ApiError::invalidInput(m_request.operation, m_request.validationProblem));
        });
        return;
    }
    m_deadline.start(m_client->timeout());
    authenticateAndSend();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_backoff.stop();
    dropReply();
    deleteLater();
}

void ApiCall::authenticateAndSend()
{
    if (m_finished)
        return;
    if (!m_request.authenticated)
        return sendAttempt();
    m_client->waitForToken(this, [this](const Result<AccessToken> &token) {
        if (m_finished)
            return;
        if (!token) {
            ApiError error = token.error();
            error.operation = m_request.operation;
            return finishWithError(error);
        }
        m_usedToken = token.value().token;
        sendAttempt();
    });
}

QNetworkRequest ApiCall::buildNetworkRequest() const
{
    QNetworkRequest request(resolve(m_client->baseUrl(), m_request.path));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    if (m_request.hasBody())
        request.setRawHeader("Content-Type", "application/json");
    if (m_request.authenticated) {
        request.setRawHeader("Authorization", "Bearer " + m_usedToken.toUtf8());
        request.setRawHeader("X-Client-Token", m_client->clientToken().toUtf8());
    }
    if (!m_request.instanceToken.isEmpty())
        request.setRawHeader("X-Instance-Token", m_request.instanceToken.toUtf8());
    // The deadline is ours; the network layer must not give up on its own first.
    request.setTransferTimeout(0);
    // The VZaps API never redirects. Following one would re-send the client secret (a 307 on
    // /token) or the Authorization and token headers to whatever origin the reply names, so
    // a 3xx comes back to onReplyFinished as the reply it is.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The API authenticates with headers only: no cookie is kept from a reply or sent along.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    const QNetworkRequest request = buildNetworkRequest();
    QNetworkAccessManager *network = m_client->network();
    m_reply = m_request.hasBody()
                  ? network->sendCustomRequest(request, m_request.method,
                                               m_request.body.toJson(QJsonDocument::Compact))
                  : network->sendCustomRequest(request, m_request.method);
    QNetworkReply *reply = m_reply;
    m_body.clear();
    // The network thread reads ahead only this far; the body is taken as it arrives, so no
    // more than the cap plus this buffer is ever held, whatever the server sends.
    reply->setReadBufferSize(kReadAheadBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkReplySize(length.toLongLong(), true);
    });
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::takeBody);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::takeBody()
{
    if (!m_reply || m_finished)
        return;
    m_body += m_reply->read(ApiClient::kMaxReplyBytes + 1 - m_body.size());
    checkReplySize(m_body.size(), false);
}

void ApiCall::checkReplySize(qint64 bytes, bool announced)
{
    if (m_finished || bytes <= ApiClient::kMaxReplyBytes)
        return;
    m_body.clear();
    const int status =
        m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    dropReply();
    ApiError error;
    error.kind = ErrorKind::TooLarge;
    error.operation = m_request.operation;
    error.httpStatus = status;
    const qint64 limitMiB = ApiClient::kMaxReplyBytes / (1024 * 1024);
    error.message = announced ? tr("%1 MiB announced; a reply may have at most %2 MiB")
                                    .arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1))
                                    .arg(limitMiB)
                              : tr("more than %1 MiB, the most a reply may have").arg(limitMiB);
    finishWithError(error);
}

void ApiCall::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    takeBody(); // the last bytes may come with finished() alone
    if (m_finished)
        return; // too large: reported, and the reply is gone
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    qCDebug(lcApi) << m_request.method << m_request.path << "->" << status << "in"
                   << m_elapsed.elapsed() << "ms";

    if (status == 0) {
        const bool reset = reply->error() == QNetworkReply::RemoteHostClosedError;
        ApiError error;
        error.kind = ErrorKind::Network;
        error.operation = m_request.operation;
        error.message = reply->errorString();
        error.networkError = reply->error();
        if (m_request.retriable && reset && retryLater(error, true))
            return;
        return finishWithError(error);
    }

    if (status >= 300 && status < 400) {
        return finishWithError(errors::fromRedirect(
            m_request.operation, status,
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
            reply->request().url(), reply->rawHeader("Location"), m_client->baseUrl()));
    }

    const QByteArray body = std::exchange(m_body, {});
    if (status < 200 || status >= 300) {
        if (status == 401 && m_request.authenticated && !m_authRetried) {
            // The token may have been revoked or expired early: one fresh try (§1.4).
            m_authRetried = true;
            m_client->dropToken(m_usedToken);
            return authenticateAndSend();
        }
        const ApiError error = errorOf(*reply, status, body);
        if (m_request.retriable && isRetriableStatus(status) && retryLater(error, false))
            return;
        return finishWithError(error);
    }

    RawReply result;
    result.httpStatus = status;
    result.requestId = display::cut(
        errors::redact(errors::requestIdFrom(reply->rawHeader("X-Request-Id")), secrets()),
        errors::kMaxRequestIdChars);
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            ApiError error;
            error.kind = ErrorKind::Decode;
            error.operation = m_request.operation;
            error.httpStatus = status;
            error.requestId = result.requestId;
            error.message = tr("invalid JSON at byte %1: %2")
                                .arg(parseError.offset)
                                .arg(parseError.errorString());
            error.details =
                errors::readableExcerpt(errors::redact(body.left(64 * 1024), secrets()));
            return finishWithError(error);
        }
        result.body =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const QJsonObject top = document.object();
        if (top.value("success"_L1).isBool() && !top.value("success"_L1).toBool()) {
            // An error dressed as a success: report it, never treat it as data.
            ApiError error = errorOf(*reply, status, body);
            error.kind = ErrorKind::Http;
            return finishWithError(error);
        }
        result.data = json::unwrapEnvelope(result.body);
    }
    finish(result);
}

bool ApiCall::retryLater(const ApiError &error, bool connectionReset)
{
    if (m_attempt >= kMaxAttempts)
        return false;
    int delayMs = qMin(kBackoffCapMs, kBackoffStartMs << (m_attempt - 1));
    if (!connectionReset && error.retryAfterSeconds >= 0)
        delayMs = error.retryAfterSeconds * 1000;
    // Never wait past the caller's deadline: better to report now.
    if (m_deadline.remainingTime() <= delayMs)
        return false;
    qCDebug(lcApi) << "retrying" << m_request.operation << "in" << delayMs << "ms";
    m_backoff.start(delayMs);
    if (error.kind == ErrorKind::RateLimited && error.retryAfterSeconds > 0)
        Q_EMIT waitingForRateLimit(error.retryAfterSeconds);
    return true;
}

void ApiCall::onDeadline()
{
    if (m_finished)
        return;
    dropReply();
    m_backoff.stop();
    ApiError error;
    error.kind = ErrorKind::Timeout;
    error.operation = m_request.operation;
    error.message = tr("no complete answer within %1").arg(remainingText());
    finishWithError(error);
}

QString ApiCall::remainingText() const
{
    const qint64 ms = m_client->timeout().count();
    return ms % 1000 == 0 ? tr("%1 s").arg(ms / 1000) : tr("%1 ms").arg(ms);
}

ApiError ApiCall::errorOf(const QNetworkReply &reply, int status, const QByteArray &body) const
{
    errors::HttpReply http;
    http.status = status;
    http.reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    // Scrubbed before anything is parsed or cut from it: a cut through an echoed secret
    // would leave its start where redaction no longer recognises it.
    http.body = errors::redact(body, secrets());
    http.contentType = reply.rawHeader("Content-Type");
    http.requestId = reply.rawHeader("X-Request-Id");
    http.retryAfter = reply.rawHeader("Retry-After");
    return errors::fromHttpReply(m_request.operation, http);
}

QStringList ApiCall::secrets() const
{
    return m_client->secrets() << m_usedToken << m_request.instanceToken;
}

void ApiCall::finishWithError(ApiError error)
{
    errors::redact(error, secrets());
    finish(error);
}

void ApiCall::finish(const Result<RawReply> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_backoff.stop();
    deleteLater();
    if (m_hasContext && !m_context)
        return;
    if (!result.ok())
        Q_EMIT m_client->callFailed(result.error(), m_request.method,
                                    m_request.path.section(u'?', 0, 0));
    if (m_done)
        m_done(result);
}

void ApiCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace vzaps
