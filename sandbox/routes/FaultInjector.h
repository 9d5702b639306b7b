#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QJsonArray>
#include <QList>
#include <QQueue>
#include <optional>

namespace vzsandbox {

// One "answer the next matching request(s) with this status" rule (POST /_sandbox/fail-next).
struct FailRule {
    int status = 500;
    int remaining = 1;
    QString pathPrefix; // empty: any path
    QByteArray method;  // empty: any method
    QString code;       // empty: derived from the status
    QString message;
    int retryAfterSeconds = 0; // 0: no Retry-After header

    QJsonObject toJson() const;
};

// The faults the control surface can switch on for API routes. Kept in memory only: a
// restarted sandbox starts healthy.
class FaultInjector
{
public:
    int latencyMs = 0;
    double failureRate = 0.0;
    int rateLimitPerMinute = 0; // 0: unlimited

    // nullopt: serve the request normally. Counts the request against the rate limit.
    std::optional<Response> check(const Request &request);

    void addRule(const FailRule &rule) { m_rules.append(rule); }
    QJsonArray rulesJson() const;
    void clear();

private:
    std::optional<Response> checkRateLimit(qint64 now);

    QList<FailRule> m_rules;
    QQueue<qint64> m_window; // times of the requests served in the last minute
};

} // namespace vzsandbox
