#include "core/api/ErrorReply.h"

#include "core/presentation/DisplayText.h"
#include "core/types/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace vzaps::errors {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kExcerptLimit = 4096;
constexpr qsizetype kMessageLimit = 1000;
constexpr qsizetype kShortFieldLimit = 200;
// Shorter secrets would match ordinary words; real ones are much longer.
constexpr qsizetype kMinSecretLength = 4;
} // namespace

QString requestIdFrom(QByteArrayView header)
{
    return QString::fromLatin1(header.trimmed());
}

ErrorKind kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return ErrorKind::Auth;
    if (status == 429)
        return ErrorKind::RateLimited;
    return ErrorKind::Http;
}

int parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600));
    // HTTP dates end in "GMT", which Qt's RFC 2822 reader wants as "+0000".
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(3) + "+0000"_L1;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(when), 0, 24 * 3600));
}

QString readableExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(256 * 1024));
    if (text.contains(u'<')) {
        static const QRegularExpression hidden(u"<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"_s,
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        text.remove(hidden);
        text.replace(tags, u" "_s);
        text.replace("&nbsp;"_L1, " "_L1)
            .replace("&lt;"_L1, "<"_L1)
            .replace("&gt;"_L1, ">"_L1)
            .replace("&quot;"_L1, "\""_L1)
            .replace("&#39;"_L1, "'"_L1)
            .replace("&amp;"_L1, "&"_L1);
    }
    text = text.simplified();
    if (text.size() > kExcerptLimit)
        text = text.left(kExcerptLimit - 1) + u'…';
    return text;
}

ApiError fromHttpReply(const QString &operation, const HttpReply &reply, const QDateTime &now)
{
    ApiError error;
    error.kind = kindForStatus(reply.status);
    error.operation = operation;
    error.httpStatus = reply.status;
    error.reason = reply.reason;
    error.requestId = requestIdFrom(reply.requestId);
    error.retryAfterSeconds = parseRetryAfter(reply.retryAfter, now);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.message = json::firstString(object, {"message"_L1, "error"_L1, "detail"_L1});
        error.code = json::string(object, "code"_L1);
        error.details = json::toText(object.value("details"_L1));
        // `{"error": {"message": ...}}` is common enough elsewhere to be worth reading.
        if (error.message.isEmpty()) {
            const QJsonObject nested = json::object(object, "error"_L1);
            error.message = json::firstString(nested, {"message"_L1, "detail"_L1});
        }
    } else if (!reply.body.trimmed().isEmpty()) {
        error.details = readableExcerpt(reply.body);
    }
    if (error.message.isEmpty())
        error.message = reply.reason;
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("vzaps", "the server gave no reason");
    return error;
}

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == "http"_L1 ? 80 : scheme == "https"_L1 ? 443 : -1;
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded);
}

ApiError fromRedirect(const QString &operation, int status, const QString &reason,
                      const QUrl &requestUrl, const QByteArray &location, const QUrl &baseUrl)
{
    ApiError error;
    error.kind = ErrorKind::Redirect;
    error.operation = operation;
    error.httpStatus = status;
    error.reason = reason;
    const QByteArray trimmed = location.trimmed();
    const QUrl target = trimmed.isEmpty()
                            ? QUrl()
                            : requestUrl.resolved(QUrl::fromEncoded(trimmed, QUrl::StrictMode));
    error.redirectOrigin = originOf(target);
    const bool httpsUpgrade = !error.redirectOrigin.isEmpty() &&
                              requestUrl.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0 &&
                              target.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 &&
                              target.host().compare(requestUrl.host(), Qt::CaseInsensitive) == 0;
    if (httpsUpgrade) {
        QUrl secure = baseUrl.isEmpty() ? requestUrl.adjusted(QUrl::RemovePath) : baseUrl;
        secure.setScheme(u"https"_s);
        secure.setPort(target.port());
        secure.setUserInfo({});
        error.httpsAddress =
            secure.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString(QUrl::FullyEncoded);
    }
    error.message = error.redirectOrigin.isEmpty()
                        ? QCoreApplication::translate("vzaps", "a redirect without a target")
                        : QCoreApplication::translate("vzaps", "a redirect to %1, not followed")
                              .arg(error.redirectOrigin);
    return error;
}

QByteArray redact(QByteArray bytes, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= kMinSecretLength)
            bytes.replace(secret.toUtf8(), "[redacted]");
    }
    return bytes;
}

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= kMinSecretLength)
            text.replace(secret, "[redacted]"_L1);
    }
    return text;
}

void redact(ApiError &error, const QStringList &secrets)
{
    // Redacted whole first, then cut: a cut through a secret would leave its start unmatched.
    // The server's words go into sentences people read: a sentence's worth of each.
    error.message = display::cut(redact(error.message, secrets), kMessageLimit);
    error.details = display::cut(redact(error.details, secrets), kExcerptLimit);
    error.reason = display::cut(redact(error.reason, secrets), kShortFieldLimit);
    error.code = display::cut(redact(error.code, secrets), kShortFieldLimit);
    error.requestId = display::cut(redact(error.requestId, secrets), kMaxRequestIdChars);
    error.redirectOrigin = display::cut(redact(error.redirectOrigin, secrets), kShortFieldLimit);
    error.operation = display::cut(error.operation, kMaxOperationChars);
}

} // namespace vzaps::errors
