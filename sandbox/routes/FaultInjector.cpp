#include "sandbox/routes/FaultInjector.h"

#include "sandbox/Ids.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {
QString codeForStatus(int status)
{
    switch (status) {
    case 400:
        return u"bad_request"_s;
    case 401:
        return u"invalid_token"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 409:
        return u"conflict"_s;
    case 422:
        return u"validation_failed"_s;
    case 429:
        return u"rate_limit"_s;
    case 502:
        return u"bad_gateway"_s;
    case 503:
        return u"service_unavailable"_s;
    case 504:
        return u"gateway_timeout"_s;
    default:
        return status >= 500 ? u"internal_error"_s : u"error"_s;
    }
}
} // namespace

QJsonObject FailRule::toJson() const
{
    QJsonObject object{{u"status"_s, status}, {u"count"_s, remaining}};
    if (!pathPrefix.isEmpty())
        object.insert(u"path_prefix"_s, pathPrefix);
    if (!method.isEmpty())
        object.insert(u"method"_s, QString::fromLatin1(method));
    if (!code.isEmpty())
        object.insert(u"code"_s, code);
    if (!message.isEmpty())
        object.insert(u"message"_s, message);
    if (retryAfterSeconds > 0)
        object.insert(u"retry_after"_s, retryAfterSeconds);
    return object;
}

QJsonArray FaultInjector::rulesJson() const
{
    QJsonArray rules;
    for (const FailRule &rule : m_rules)
        rules.append(rule.toJson());
    return rules;
}

void FaultInjector::clear()
{
    latencyMs = 0;
    failureRate = 0.0;
    rateLimitPerMinute = 0;
    m_rules.clear();
    m_window.clear();
}

std::optional<Response> FaultInjector::checkRateLimit(qint64 now)
{
    while (!m_window.isEmpty() && m_window.head() <= now - 60000)
        m_window.dequeue();
    if (rateLimitPerMinute <= 0)
        return std::nullopt;
    if (m_window.size() >= rateLimitPerMinute) {
        const qint64 waitMs = m_window.head() + 60000 - now;
        const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
        return Response::error(
                   429, u"rate_limit"_s,
                   u"slow down: more than %1 requests a minute"_s.arg(rateLimitPerMinute))
            .withHeader("Retry-After"_ba, QByteArray::number(seconds));
    }
    return std::nullopt;
}

std::optional<Response> FaultInjector::check(const Request &request)
{
    const qint64 now = ids::nowMs();
    if (auto limited = checkRateLimit(now))
        return limited;
    m_window.enqueue(now);

    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FailRule &rule = m_rules[i];
        if (!request.path.startsWith(rule.pathPrefix) ||
            (!rule.method.isEmpty() && rule.method != request.method)) {
            continue;
        }
        Response response = Response::error(
            rule.status, rule.code.isEmpty() ? codeForStatus(rule.status) : rule.code,
            rule.message.isEmpty() ? u"Injected failure (sandbox fail-next)"_s : rule.message);
        if (rule.retryAfterSeconds > 0)
            response.withHeader("Retry-After"_ba, QByteArray::number(rule.retryAfterSeconds));
        if (--rule.remaining <= 0)
            m_rules.removeAt(i);
        return response;
    }

    if (failureRate > 0.0 && QRandomGenerator::global()->generateDouble() < failureRate) {
        return Response::error(500, u"internal_error"_s,
                               u"Injected failure (sandbox failure rate %1)"_s.arg(failureRate));
    }
    return std::nullopt;
}

} // namespace vzsandbox
