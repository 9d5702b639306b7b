#include "core/presentation/Diagnostics.h"

#include "core/api/ApiClient.h"

using namespace Qt::StringLiterals;

namespace vzaps {

RecentErrors::RecentErrors(QObject *parent)
    : QObject(parent)
{}

void RecentErrors::follow(ApiClient &client)
{
    connect(&client, &ApiClient::callFailed, this,
            [this](const ApiError &error, const QByteArray &method, const QString &path) {
                add(error, method, path);
            });
}

namespace {

// A server's field on one line of the report: printable, no line breaks, bounded.
QString oneLine(const QString &text, qsizetype max)
{
    QString out;
    for (const QChar c : text.left(max))
        out.append(c.isPrint() ? c : QChar(u' '));
    return out.simplified();
}

constexpr qint64 kSameFailureWithinMs = 5000;

} // namespace

void RecentErrors::add(const ApiError &error, const QByteArray &method, const QString &path,
                       const QDateTime &at)
{
    // Server fields are bounded before they are kept: a hostile reply cannot grow the report.
    Entry entry{at.toUTC(),
                QString::fromLatin1(method.left(10)) + u' ' + oneLine(path, 200),
                error.kind,
                error.httpStatus,
                oneLine(error.code, 80),
                oneLine(error.requestId, 128)};
    // The same failure again (every call that waited for one failed token): one line.
    if (!m_entries.isEmpty()) {
        Entry &last = m_entries.last();
        const bool same = last.kind == entry.kind && last.httpStatus == entry.httpStatus &&
                          last.code == entry.code && last.requestId == entry.requestId &&
                          last.at.msecsTo(entry.at) < kSameFailureWithinMs;
        if (same && (last.request == entry.request || !entry.requestId.isEmpty())) {
            ++last.times;
            return;
        }
    }
    m_entries.append(entry);
    while (m_entries.size() > kKept)
        m_entries.removeFirst();
}

namespace diagnostics {

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return u"Invalid input"_s;
    case ErrorKind::Network:
        return u"Network"_s;
    case ErrorKind::Timeout:
        return u"Timeout"_s;
    case ErrorKind::Auth:
        return u"Authorization"_s;
    case ErrorKind::RateLimited:
        return u"Rate limited"_s;
    case ErrorKind::Http:
        return u"HTTP error"_s;
    case ErrorKind::Decode:
        return u"Unreadable reply"_s;
    case ErrorKind::Redirect:
        return u"Redirect refused"_s;
    case ErrorKind::TooLarge:
        return u"Reply too large"_s;
    }
    return u"Unknown"_s;
}

QString serverOf(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return u"(none)"_s;
    return baseUrl
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toDisplayString();
}

namespace {

QString proxyDescription(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxyMode::System:
        return u"system settings"_s;
    case ProxyMode::None:
        return u"off"_s;
    case ProxyMode::Http:
        return proxy.user.isEmpty() ? u"HTTP"_s : u"HTTP, with a user"_s;
    case ProxyMode::Socks5:
        return proxy.user.isEmpty() ? u"SOCKS5"_s : u"SOCKS5, with a user"_s;
    }
    return u"unknown"_s;
}

QString errorLine(const RecentErrors::Entry &entry)
{
    QStringList parts{entry.at.toString(Qt::ISODate), entry.request, kindName(entry.kind)};
    if (entry.httpStatus > 0)
        parts.append(u"HTTP %1"_s.arg(entry.httpStatus));
    if (!entry.code.isEmpty())
        parts.append(u"code %1"_s.arg(entry.code));
    parts.append(entry.requestId.isEmpty() ? u"no request id"_s
                                           : u"request id %1"_s.arg(entry.requestId));
    if (entry.times > 1)
        parts.append(u"%1 times"_s.arg(entry.times));
    return u"  "_s + parts.join(u" · "_s);
}

} // namespace

QString report(const DiagnosticsFacts &facts)
{
    const Preferences &prefs = facts.preferences;
    QStringList lines{
        u"VZaps Desk %1 (built %2)"_s.arg(facts.appVersion, facts.buildDate),
        u"Qt: %1 (built with %2)"_s.arg(facts.qtRuntimeVersion, facts.qtBuildVersion),
        u"System: %1"_s.arg(facts.operatingSystem),
        u"Platform plugin: %1"_s.arg(facts.platformPlugin),
        u"Language: %1 (locale %2)"_s.arg(facts.language, facts.locale),
        u"Server: %1%2"_s.arg(serverOf(facts.baseUrl), facts.sandbox ? u" (sandbox)"_s : QString()),
        u"Auto-refresh: %1"_s.arg(prefs.autoRefreshSeconds > 0
                                      ? u"every %1 s"_s.arg(prefs.autoRefreshSeconds)
                                      : u"off"_s),
        u"Request timeout: %1 s"_s.arg(prefs.requestTimeoutSeconds),
        u"Proxy: %1"_s.arg(proxyDescription(prefs.proxy)),
        u"Page size: %1"_s.arg(prefs.defaultPageSize),
    };
    if (facts.errors.isEmpty()) {
        lines.append(u"Recent errors: none"_s);
    } else {
        lines.append(u"Recent errors (oldest first, times in UTC):"_s);
        for (const RecentErrors::Entry &entry : facts.errors)
            lines.append(errorLine(entry));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace diagnostics

} // namespace vzaps
