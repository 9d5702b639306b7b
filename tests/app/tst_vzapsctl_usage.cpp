// vzapsctl's argument handling: help, usage errors and missing credentials end
// with exit code 2 and one line on stderr, before anything reaches the server.
#include "tests/app/CtlRunner.h"
#include "tests/support/FakeVzaps.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

class TestVzapsctlUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void help();
    void commandHelp();
    void version();
    void usageErrors_data();
    void usageErrors();
    void missingCredentials_data();
    void missingCredentials();

private:
    TestHttpServer m_server;
};

void TestVzapsctlUsage::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestVzapsctlUsage::init()
{
    m_server.setHandler(fake::respond);
    m_server.clearRequests();
}

void TestVzapsctlUsage::help()
{
    const CtlRun run = CtlRunner::run({}, {u"--help"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    for (const char *command :
         {"token", "instances list", "instances get", "instances create", "instances update",
          "instances restart", "instances delete", "instances subscribe", "instances resume",
          "instances cancel", "session status", "session qr", "session paircode",
          "session disconnect", "request METHOD PATH"})
        QVERIFY2(text.contains(u"vzapsctl "_s + QLatin1StringView(command)), command);
    QVERIFY(text.contains("VZAPS_CLIENT_TOKEN"_L1));
    QVERIFY(text.contains("VZAPS_CLIENT_SECRET"_L1));
    // Every exit code is listed, one per line.
    for (int code = 0; code <= 8; ++code)
        QVERIFY2(text.contains(QRegularExpression(u"\\n +%1 +\\S"_s.arg(code))),
                 qPrintable(QString::number(code)));
    QVERIFY(text.contains("instances delete ID [--instance-token T] --yes"_L1));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestVzapsctlUsage::commandHelp()
{
    const CtlRun run = CtlRunner::run({}, {u"instances"_s, u"list"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith("Usage: vzapsctl instances list"_L1));
    QVERIFY(text.contains("--search TEXT"_L1));
}

void TestVzapsctlUsage::version()
{
    const CtlRun run = CtlRunner::run({}, {u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("vzapsctl "));
}

void TestVzapsctlUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // a part of the one stderr line

    QTest::newRow("no command") << QStringList{} << u"no command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("unknown subcommand")
        << QStringList{u"instances"_s, u"frob"_s} << u"unknown command \"instances frob\""_s;
    QTest::newRow("group without subcommand")
        << QStringList{u"session"_s} << u"needs a subcommand"_s;
    QTest::newRow("unknown option")
        << QStringList{u"instances"_s, u"list"_s, u"--bogus"_s} << u"unknown option --bogus"_s;
    QTest::newRow("option of another command")
        << QStringList{u"instances"_s, u"get"_s, u"X"_s, u"--yes"_s} << u"unknown option --yes"_s;
    QTest::newRow("page not a number")
        << QStringList{u"instances"_s, u"list"_s, u"--page"_s, u"abc"_s}
        << u"--page needs a whole number"_s;
    QTest::newRow("page zero") << QStringList{u"instances"_s, u"list"_s, u"--page"_s, u"0"_s}
                               << u"page number must be 1 or more"_s;
    QTest::newRow("size too big") << QStringList{u"instances"_s, u"list"_s, u"--size=101"_s}
                                  << u"between 1 and 100"_s;
    QTest::newRow("page without value")
        << QStringList{u"instances"_s, u"list"_s, u"--page"_s} << u"--page needs a value"_s;
    QTest::newRow("flag with value")
        << QStringList{u"instances"_s, u"list"_s, u"--desc=yes"_s} << u"takes no value"_s;
    QTest::newRow("repeated option")
        << QStringList{u"instances"_s, u"list"_s, u"--page"_s, u"1"_s, u"--page"_s, u"2"_s}
        << u"more than once"_s;
    QTest::newRow("get without id") << QStringList{u"instances"_s, u"get"_s} << u"needs ID"_s;
    QTest::newRow("get blank id") << QStringList{u"instances"_s, u"get"_s, u"  "_s}
                                  << u"instance id is needed"_s;
    QTest::newRow("extra argument")
        << QStringList{u"instances"_s, u"get"_s, u"A"_s, u"B"_s} << u"unexpected argument \"B\""_s;
    QTest::newRow("create without name")
        << QStringList{u"instances"_s, u"create"_s} << u"needs --name"_s;
    QTest::newRow("name too short")
        << QStringList{u"instances"_s, u"create"_s, u"--name"_s, u"ab"_s} << u"at least 3"_s;
    QTest::newRow("name too long")
        << QStringList{u"instances"_s, u"create"_s, u"--name"_s, QString(256, u'n')}
        << u"at most 255"_s;
    QTest::newRow("bad event name")
        << QStringList{u"instances"_s, u"create"_s,   u"--name"_s,
                       u"Support"_s,   u"--events"_s, u"Message,Bogus"_s}
        << u"Unknown event name(s): Bogus"_s;
    QTest::newRow("bad webhook") << QStringList{u"instances"_s, u"create"_s,
                                                u"--name"_s,    u"Support"_s,
                                                u"--webhook"_s, u"ftp://example.com/x"_s}
                                 << u"webhook must be an http"_s;
    QTest::newRow("update nothing")
        << QStringList{u"instances"_s, u"update"_s, u"X"_s} << u"Nothing to change"_s;
    QTest::newRow("update bad boolean")
        << QStringList{u"instances"_s, u"update"_s, u"X"_s, u"--reject-calls"_s, u"maybe"_s}
        << u"--reject-calls needs true or false"_s;
    QTest::newRow("update bad event")
        << QStringList{u"instances"_s, u"update"_s, u"X"_s, u"--events"_s, u"All,Message"_s}
        << u"choose it alone"_s;
    QTest::newRow("subscribe bad url")
        << QStringList{u"instances"_s, u"subscribe"_s, u"X"_s, u"--success-url"_s, u"nohost"_s}
        << u"success URL must be"_s;
    QTest::newRow("delete without yes")
        << QStringList{u"instances"_s, u"delete"_s, u"X"_s} << u"without --yes"_s;
    QTest::newRow("cancel without yes")
        << QStringList{u"instances"_s, u"cancel"_s, u"X"_s, u"--instance-token"_s, u"inst_x"_s}
        << u"without --yes"_s;
    QTest::newRow("paircode bad phone")
        << QStringList{u"session"_s, u"paircode"_s, u"X"_s, u"12ab"_s} << u"8 to 15 digits"_s;
    QTest::newRow("qr empty out") << QStringList{u"session"_s, u"qr"_s, u"X"_s, u"--out="_s}
                                  << u"--out needs a file"_s;
    QTest::newRow("request bad json")
        << QStringList{u"request"_s, u"POST"_s, u"/x"_s, u"--data"_s, u"{bad"_s}
        << u"--data is not valid JSON"_s;
    QTest::newRow("request bad method")
        << QStringList{u"request"_s, u"GE T"_s, u"/x"_s} << u"not an HTTP method"_s;
    QTest::newRow("request absolute url")
        << QStringList{u"request"_s, u"GET"_s, u"https://evil.example.com/x"_s}
        << u"relative to the base URL"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"instances"_s,
                                                u"list"_s}
                                 << u"--timeout"_s;
    QTest::newRow("negative timeout")
        << QStringList{u"--timeout"_s, u"-1"_s, u"instances"_s, u"list"_s} << u"--timeout"_s;
    QTest::newRow("bad base url") << QStringList{u"--base-url"_s, u"ftp://x"_s, u"instances"_s,
                                                 u"list"_s}
                                  << u"base URL must be"_s;
}

void TestVzapsctlUsage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const CtlRun run = CtlRunner::run(m_server.baseUrl(), arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("vzapsctl: "_L1), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestVzapsctlUsage::missingCredentials_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("arguments");

    const QStringList list{u"instances"_s, u"list"_s};
    QTest::newRow("neither") << QString() << QString() << list;
    QTest::newRow("no secret") << CtlRunner::kClientToken << QString() << list;
    QTest::newRow("no token") << QString() << CtlRunner::kClientSecret << list;
    QTest::newRow("token command") << QString() << QString() << QStringList{u"token"_s};
    QTest::newRow("request command")
        << QString() << QString() << QStringList{u"request"_s, u"GET"_s, u"/x"_s};
}

void TestVzapsctlUsage::missingCredentials()
{
    QFETCH(QString, token);
    QFETCH(QString, secret);
    QFETCH(QStringList, arguments);

    QProcessEnvironment environment = CtlRunner::environment();
    environment.remove(u"VZAPS_CLIENT_TOKEN"_s);
    environment.remove(u"VZAPS_CLIENT_SECRET"_s);
    if (!token.isEmpty())
        environment.insert(u"VZAPS_CLIENT_TOKEN"_s, token);
    // An empty variable counts as missing.
    environment.insert(u"VZAPS_CLIENT_SECRET"_s, secret);

    const CtlRun run = CtlRunner::run(m_server.baseUrl(), arguments, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith("vzapsctl: "_L1));
    QVERIFY2(lines.first().contains("VZAPS_CLIENT_TOKEN"_L1) &&
                 lines.first().contains("VZAPS_CLIENT_SECRET"_L1),
             qPrintable(lines.first()));
    if (!token.isEmpty())
        QVERIFY(!lines.first().contains(token)); // names the variables, not their values
    QCOMPARE(m_server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestVzapsctlUsage)
#include "tst_vzapsctl_usage.moc"
