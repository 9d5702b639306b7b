#pragma once

#include "core/settings/AppSettings.h"
#include "core/types/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace vzaps {

class ApiClient;

// The last failed calls of an ApiClient, newest last, for a support ticket. Keeps only what
// identifies a failure (when, the request's method and path, how it failed, the HTTP status,
// the server's code and request id), never a message, a body or the operation's sentence:
// those may quote a customer's data or speak the user's language. The same failure again
// within a few seconds (every call that waited for one failed token) counts on one line.
class RecentErrors : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKept = 10;

    struct Entry {
        QDateTime at;    // UTC, of the first of `times`
        QString request; // "POST /instances/list"
        ErrorKind kind = ErrorKind::Network;
        int httpStatus = 0;
        QString code;
        QString requestId;
        int times = 1;
    };

    explicit RecentErrors(QObject *parent = nullptr);
    // Follows every call `client` makes from now on.
    void follow(ApiClient &client);
    void add(const ApiError &error, const QByteArray &method, const QString &path,
             const QDateTime &at = QDateTime::currentDateTimeUtc());
    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

// What "Copy diagnostics" puts on the clipboard: plain text in English (support reads it,
// whatever the app's language), with no token, secret, user name or password in it.
struct DiagnosticsFacts {
    QString appVersion;
    QString buildDate;
    QString qtRuntimeVersion;
    QString qtBuildVersion;
    QString operatingSystem; // e.g. "Debian GNU/Linux 12 (bookworm), kernel 6.1.0"
    QString platformPlugin;  // xcb, wayland, offscreen…
    QString language;        // the language the texts are in, e.g. "English"
    QString locale;          // numbers and dates, e.g. "pt_BR"
    QUrl baseUrl;            // only its scheme, host and port are shown
    bool sandbox = false;
    Preferences preferences;
    QList<RecentErrors::Entry> errors;
};

namespace diagnostics {

// The report, one "Name: value" per line, the errors oldest first.
QString report(const DiagnosticsFacts &facts);
// The server part of a base URL that may be told: scheme, host and port (no user, no path).
QString serverOf(const QUrl &baseUrl);
// "Network", "HTTP", "Rate limited"…: an ErrorKind's name in the report.
QString kindName(ErrorKind kind);

} // namespace diagnostics

} // namespace vzaps
