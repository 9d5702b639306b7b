#pragma once

#include "core/types/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

// Turning a non-2xx reply into an ApiError (docs/api-contract.md §1.6). Pure functions.
namespace vzaps::errors {

struct HttpReply {
    int status = 0;
    QString reason; // HTTP reason phrase, may be empty
    QByteArray body;
    QByteArray contentType;
    QByteArray requestId;  // X-Request-Id
    QByteArray retryAfter; // Retry-After: seconds or an HTTP date
};

// Kind by status: 401/403 auth, 429 rate limited, other 4xx/5xx HTTP.
ErrorKind kindForStatus(int status);

ApiError fromHttpReply(const QString &operation, const HttpReply &reply,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());

// A 3xx reply to `requestUrl`, refused: the VZaps API does not redirect, and following one
// would send the credentials to wherever `location` points. Names only the target's origin.
// `baseUrl` is what the user configured: an http:// one redirected to https:// of the same
// host is named, as https, in httpsAddress.
ApiError fromRedirect(const QString &operation, int status, const QString &reason,
                      const QUrl &requestUrl, const QByteArray &location, const QUrl &baseUrl = {});

// "https://host" or "http://host:8080"; empty for a URL without a host.
QString originOf(const QUrl &url);

// Retry-After in whole seconds (≥ 0), or -1 when absent or unreadable.
int parseRetryAfter(QByteArrayView value, const QDateTime &now);

// A non-JSON body as plain text: tags, scripts and styles dropped, whitespace
// collapsed, cut to 4 KiB. An HTML error page never reaches the user as markup.
QString readableExcerpt(const QByteArray &body);

// The X-Request-Id header as text, trimmed (redact() bounds it, with the other fields).
QString requestIdFrom(QByteArrayView header);

// What an error's `operation` may hold: it names an instance id, which may be anything.
constexpr qsizetype kMaxOperationChars = 200;
// What is kept of an X-Request-Id header.
constexpr qsizetype kMaxRequestIdChars = 200;

// `text` with every occurrence of the given secrets replaced by a placeholder.
QString redact(QString text, const QStringList &secrets);
QByteArray redact(QByteArray bytes, const QStringList &secrets); // as UTF-8
// Every text of `error` redacted, then cut to what a sentence can hold (the message to 1000
// characters, details to 4 KiB, the short fields to 200).
void redact(ApiError &error, const QStringList &secrets);

} // namespace vzaps::errors
