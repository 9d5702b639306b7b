// Copy diagnostics' report: what it tells support (versions, server, settings, the last
// errors) and what it never carries (a server's text that forges lines, a user or a path
// beyond the server's address), and how repeated failures and old ones are kept.
#include "core/presentation/Diagnostics.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

ApiError httpError(int status, const QString &requestId, const QString &code = {})
{
    ApiError error;
    error.kind = ErrorKind::Http;
    error.httpStatus = status;
    error.requestId = requestId;
    error.code = code;
    error.operation = u"restart “Clínica Aurora”"_s; // a sentence with a customer's name
    error.message = u"Instance Clínica Aurora is busy"_s;
    return error;
}

const QDateTime kNoon(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReportNamesVersionsServerAndSettings()
    {
        DiagnosticsFacts facts;
        facts.appVersion = u"0.1.0"_s;
        facts.buildDate = u"2026-12-07"_s;
        facts.qtRuntimeVersion = u"6.4.2"_s;
        facts.qtBuildVersion = u"6.4.2"_s;
        facts.operatingSystem = u"Debian GNU/Linux 12 (bookworm), kernel 6.1"_s;
        facts.platformPlugin = u"xcb"_s;
        facts.language = u"Portuguese (Brazil)"_s;
        facts.locale = u"pt_BR"_s;
        facts.baseUrl = QUrl(u"https://support:hunter2@api.vzaps.com/v1?x=1"_s);
        facts.preferences.autoRefreshSeconds = 0;
        facts.preferences.proxy.mode = ProxyMode::Http;
        facts.preferences.proxy.host = u"proxy.internal"_s;
        facts.preferences.proxy.user = u"maria"_s;
        const QString report = diagnostics::report(facts);

        QVERIFY(report.startsWith(u"VZaps Desk 0.1.0 (built 2026-12-07)\n"_s));
        QVERIFY(report.contains(u"Platform plugin: xcb\n"_s));
        QVERIFY(report.contains(u"Language: Portuguese (Brazil) (locale pt_BR)\n"_s));
        // The server's address only: no user, password, path or query.
        QVERIFY(report.contains(u"Server: https://api.vzaps.com\n"_s));
        QVERIFY(!report.contains(u"hunter2"_s));
        QVERIFY(!report.contains(u"support"_s));
        QVERIFY(report.contains(u"Auto-refresh: off\n"_s));
        // Whether a proxy is on and has a user, not who it is or where.
        QVERIFY(report.contains(u"Proxy: HTTP, with a user\n"_s));
        QVERIFY(!report.contains(u"maria"_s));
        QVERIFY(!report.contains(u"proxy.internal"_s));
        QVERIFY(report.contains(u"Recent errors: none\n"_s));
    }

    void errorsKeepTheirRequestNeverTheirTexts()
    {
        RecentErrors errors;
        errors.add(httpError(409, u"req-1"_s, u"not_cancelable"_s), "PUT",
                   u"/instances/VZ1/cancel"_s, kNoon);
        DiagnosticsFacts facts;
        facts.errors = errors.entries();
        const QString report = diagnostics::report(facts);
        QVERIFY(
            report.contains(u"  2026-12-07T12:00:00Z · PUT /instances/VZ1/cancel · HTTP error · "
                            "HTTP 409 · code not_cancelable · request id req-1\n"_s));
        QVERIFY(!report.contains(u"Clínica"_s)); // neither the operation nor the message
    }

    void aServerCannotForgeLinesOfTheReport()
    {
        RecentErrors errors;
        errors.add(
            httpError(500, u"id\nServer: https://evil.example\x1b[2J"_s, u"x\r\nProxy: off"_s),
            "POST", u"/instances/list"_s, kNoon);
        DiagnosticsFacts facts;
        facts.errors = errors.entries();
        const QStringList lines = diagnostics::report(facts).split(u'\n');
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(u"Server: https://evil"_s), qPrintable(line));
            QVERIFY2(!line.startsWith(u"Proxy: off"_s), qPrintable(line));
            QVERIFY(!line.contains(QChar(0x1b)));
        }
        QVERIFY(errors.entries().first().requestId.startsWith(u"id Server:"_s));
        QVERIFY(errors.entries().first().requestId.size() <= 128);
    }

    void oneFailureRepeatedCountsOnOneLineAndTheNewestTenStay()
    {
        RecentErrors errors;
        // A token that failed, and every call waiting for it with the same reply.
        for (const char *path : {"/token", "/instances/list", "/instances/get"})
            errors.add(httpError(401, u"req-auth"_s), "POST", QString::fromLatin1(path), kNoon);
        QCOMPARE(errors.entries().size(), 1);
        QCOMPARE(errors.entries().first().times, 3);
        DiagnosticsFacts facts;
        facts.errors = errors.entries();
        QVERIFY(diagnostics::report(facts).contains(u"request id req-auth · 3 times"_s));

        // The same failure much later is a new line.
        errors.add(httpError(401, u"req-auth"_s), "POST", u"/token"_s, kNoon.addSecs(60));
        QCOMPARE(errors.entries().size(), 2);

        for (int i = 0; i < 15; ++i)
            errors.add(httpError(500, u"req-%1"_s.arg(i)), "POST", u"/instances/list"_s,
                       kNoon.addSecs(120 + i));
        QCOMPARE(errors.entries().size(), RecentErrors::kKept);
        QCOMPARE(errors.entries().first().requestId, u"req-5"_s);
        QCOMPARE(errors.entries().last().requestId, u"req-14"_s);
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestDiagnostics)
#include "tst_diagnostics.moc"
