// Fuzz target: a non-2xx reply as a server may send it (status, reason, headers, body) into
// the error parser, and what people are shown of it. Input: 2 bytes of status, then the
// Content-Type, Retry-After and X-Request-Id values and the reason, each ending in a NUL, then
// the body.
#include "core/api/ErrorReply.h"

#include <QDateTime>

using namespace vzaps;

namespace {

QByteArray takeField(QByteArrayView &rest)
{
    const qsizetype end = rest.indexOf('\0');
    const QByteArrayView field = end < 0 ? rest : rest.first(end);
    rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
    return field.toByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    QByteArrayView rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    errors::HttpReply reply;
    reply.status = 100 + (data[0] << 8 | data[1]) % 500;
    reply.contentType = takeField(rest);
    reply.retryAfter = takeField(rest);
    reply.requestId = takeField(rest);
    reply.reason = QString::fromUtf8(takeField(rest));
    reply.body = rest.toByteArray();

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    ApiError error = errors::fromHttpReply(QStringLiteral("list instances"), reply, now);
    errors::redact(error, {QStringLiteral("cs_secret_value"), QStringLiteral("eyJ.jwt")});
    const QString text = error.describe();
    // What the parser keeps of the server's words is bounded, whatever it sent.
    // (Each cut text may end in one "…" more.)
    if (error.message.size() > 1001 || error.requestId.size() > 201 ||
        error.details.size() > 4097 || text.size() > 8192)
        __builtin_trap();
    (void)errors::parseRetryAfter(reply.retryAfter, now);
    (void)errors::readableExcerpt(reply.body);
    (void)errors::requestIdFrom(reply.requestId);
    return 0;
}
