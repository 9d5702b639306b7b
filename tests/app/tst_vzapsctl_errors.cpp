// How vzapsctl fails: one line on stderr and a distinct exit code per kind of
// error; deadlines; no secret ever printed.
#include "tests/app/CtlRunner.h"
#include "tests/support/FakeVzaps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

Q_DECLARE_METATYPE(vzaps::test::CannedResponse)

class TestVzapsctlErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exitCodes_data();
    void exitCodes();
    void unauthorizedTwiceIsAnAuthError();
    void connectionRefused();
    void timeout();
    void redirectsAreNotFollowed_data();
    void serverTextReachesTheTerminalWithoutControls_data();
    void serverTextReachesTheTerminalWithoutControls();
    void redirectsAreNotFollowed();
    void secretsAreNeverPrinted_data();
    void secretsAreNeverPrinted();

private:
    TestHttpServer m_server;
};

void TestVzapsctlErrors::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestVzapsctlErrors::init()
{
    m_server.setHandler(fake::respond);
    m_server.clearRequests();
}

void TestVzapsctlErrors::exitCodes_data()
{
    QTest::addColumn<CannedResponse>("tokenReply");
    QTest::addColumn<CannedResponse>("callReply");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // parts of the one stderr line

    const CannedResponse token = CannedResponse::json(200, fake::tokenReply());
    const CannedResponse ok = CannedResponse::json(200, fake::instance(fake::kInstanceId, u"X"_s));
    QTest::newRow("403") << token
                         << CannedResponse::json(403,
                                                 QJsonObject{{u"message"_s, u"forbidden here"_s}})
                         << 3 << QStringList{u"not authorized"_s, u"403"_s, u"forbidden here"_s};
    QTest::newRow("token refused")
        << CannedResponse::json(401, QJsonObject{{u"message"_s, u"bad credentials"_s}}) << ok << 3
        << QStringList{u"bad credentials"_s, u"Check the client token and secret"_s};
    QTest::newRow("token without lifetime")
        << CannedResponse::json(200, QJsonObject{{u"access_token"_s, fake::kJwt}}) << ok << 3
        << QStringList{u"no lifetime"_s};
    QTest::newRow("404") << token
                         << CannedResponse::json(
                                404, QJsonObject{{u"message"_s, u"instance not found"_s}})
                                .withHeader("X-Request-Id", "req-404-abc")
                         << 4 << QStringList{u"404"_s, u"instance not found"_s, u"req-404-abc"_s};
    QTest::newRow("429 with Retry-After")
        << token
        << CannedResponse::json(
               429, QJsonObject{{u"message"_s, u"slow down"_s}, {u"code"_s, u"rate_limit"_s}})
               .withHeader("Retry-After", "120")
        << 5 << QStringList{u"too many requests"_s, u"slow down"_s, u"Try again in 120 s"_s};
    QTest::newRow("409") << token
                         << CannedResponse::json(409,
                                                 QJsonObject{{u"error"_s, u"nothing to resume"_s}})
                         << 6 << QStringList{u"409"_s, u"nothing to resume"_s};
    QTest::newRow("500 html page")
        << token
        << CannedResponse::text(500,
                                "<html><head><title>Oops</title></head><body><h1>Internal "
                                "trouble</h1></body></html>",
                                "text/html")
        << 6 << QStringList{u"500"_s};
    QTest::newRow("200 success false")
        << token
        << CannedResponse::json(
               200, QJsonObject{{u"success"_s, false}, {u"message"_s, u"not allowed"_s}})
        << 6 << QStringList{u"not allowed"_s};
    QTest::newRow("200 malformed json")
        << token << CannedResponse::json(200, QByteArray(R"({"id": "VZ1", "name": )")) << 8
        << QStringList{u"could not be read"_s};
    QTest::newRow("200 not an object") << token << CannedResponse::json(200, QByteArray("[1,2,3]"))
                                       << 8 << QStringList{u"expected a JSON object"_s};
    QTest::newRow("200 announcing 600 MB")
        << token
        << CannedResponse::json(200, QByteArray("{"))
               .withHeader("Content-Length", QByteArray::number(600'000'000))
        << 8 << QStringList{u"too large"_s, u"at most 16 MiB"_s};
    QTest::newRow("server closes the connection") << token << CannedResponse::closeConnection() << 7
                                                  << QStringList{u"could not be reached"_s};
}

void TestVzapsctlErrors::exitCodes()
{
    QFETCH(CannedResponse, tokenReply);
    QFETCH(CannedResponse, callReply);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);

    // A mutation: never retried, so each reply is seen once.
    m_server.setHandler([=](const RecordedRequest &request) {
        return request.path == "/token" ? tokenReply : callReply;
    });
    const CtlRun run =
        CtlRunner::run(m_server.baseUrl(), {u"instances"_s, u"restart"_s, fake::kInstanceId});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), 1);
    const QString &line = lines.first();
    QVERIFY2(line.startsWith("vzapsctl: "_L1), qPrintable(line));
    for (const QString &part : expected)
        QVERIFY2(line.contains(part), qPrintable(u"\"%1\" not in: %2"_s.arg(part, line)));
    QVERIFY2(!line.contains(u'<'), qPrintable(line)); // no markup dumped
}

void TestVzapsctlErrors::unauthorizedTwiceIsAnAuthError()
{
    m_server.setHandler([](const RecordedRequest &request) {
        if (request.path == "/token")
            return fake::respond(request);
        return CannedResponse::json(401, QJsonObject{{u"message"_s, u"token rejected"_s}});
    });
    const CtlRun run =
        CtlRunner::run(m_server.baseUrl(), {u"instances"_s, u"get"_s, fake::kInstanceId});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("401"));
    // One refresh and one retry, then give up.
    QCOMPARE(m_server.requests("POST", "/token").size(), 2);
    QCOMPARE(m_server.requests("POST", "/instances/get").size(), 2);
}

void TestVzapsctlErrors::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there any more

    QUrl unused;
    unused.setScheme(u"http"_s);
    unused.setHost(u"127.0.0.1"_s);
    unused.setPort(port);
    const CtlRun run = CtlRunner::run(unused, {u"instances"_s, u"list"_s});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("could not be reached"), run.err.constData());
}

void TestVzapsctlErrors::timeout()
{
    m_server.setHandler([](const RecordedRequest &request) {
        if (request.path == "/token")
            return fake::respond(request);
        return CannedResponse::neverAnswer();
    });
    const CtlRun run = CtlRunner::run(
        m_server.baseUrl(), {u"--timeout"_s, u"1"_s, u"instances"_s, u"get"_s, fake::kInstanceId});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("did not answer in time"), run.err.constData());
    QVERIFY2(run.elapsedMs >= 900 && run.elapsedMs <= 3500,
             qPrintable(QString::number(run.elapsedMs)));

    // The token request itself hanging counts against the same deadline.
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::neverAnswer(); });
    const CtlRun hung =
        CtlRunner::run(m_server.baseUrl(), {u"--timeout"_s, u"1.5"_s, u"instances"_s, u"list"_s});
    QCOMPARE(hung.exitCode, 7);
    QVERIFY2(hung.elapsedMs >= 1400 && hung.elapsedMs <= 3500,
             qPrintable(QString::number(hung.elapsedMs)));
}

void TestVzapsctlErrors::redirectsAreNotFollowed_data()
{
    QTest::addColumn<bool>("onToken"); // the redirect answers POST /token, else the API call
    QTest::addColumn<int>("status");
    for (bool onToken : {true, false}) {
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%s %d", onToken ? "token" : "restart", status) << onToken << status;
    }
}

void TestVzapsctlErrors::redirectsAreNotFollowed()
{
    QFETCH(bool, onToken);
    QFETCH(int, status);
    TestHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setHandler(fake::respond);
    const QByteArray target = elsewhere.baseUrl().toEncoded() + (onToken ? "/token" : "/x");
    m_server.setHandler([=](const RecordedRequest &request) {
        if (request.path == "/token" && !onToken)
            return fake::respond(request);
        return CannedResponse::json(status, QJsonObject{}).withHeader("Location", target);
    });
    const CtlRun run =
        CtlRunner::run(m_server.baseUrl(), {u"instances"_s, u"restart"_s, fake::kInstanceId,
                                            u"--instance-token"_s, fake::kGivenInstanceToken});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(elsewhere.connectionCount(), 0);
    QCOMPARE(run.errLines().size(), 1);
    const QString line = run.errLines().first();
    QVERIFY2(line.contains(elsewhere.baseUrl().toString()) && line.contains("not followed"_L1),
             qPrintable(line));
    for (const QString &secret : {CtlRunner::kClientSecret, fake::kJwt, fake::kGivenInstanceToken})
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());
}

void TestVzapsctlErrors::serverTextReachesTheTerminalWithoutControls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("json");
    const QStringList get{u"instances"_s, u"get"_s, fake::kInstanceId};
    const QStringList list{u"instances"_s, u"list"_s};
    QTest::newRow("get") << get << false;
    QTest::newRow("list") << list << false;
    QTest::newRow("get --json") << (QStringList{u"--json"_s} + get) << true;
    QTest::newRow("list --json") << (QStringList{u"--json"_s} + list) << true;
    QTest::newRow("error") << QStringList{u"instances"_s, u"restart"_s, fake::kInstanceId} << false;
}

void TestVzapsctlErrors::serverTextReachesTheTerminalWithoutControls()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, json);
    // Sets the terminal title, rings, clears the screen, moves the cursor home (C0 and C1).
    const QString hostile = u"Loja \x1b]0;pwned\x07\x1b[2J\r\x9b"
                            "31mRed\x7f end"_s;
    m_server.setHandler([&](const RecordedRequest &request) {
        if (request.path == "/token")
            return fake::respond(request);
        if (request.path.endsWith("/restart"))
            return CannedResponse::json(409, QJsonObject{{u"message"_s, hostile}});
        QJsonObject one = fake::instance(fake::kInstanceId, hostile);
        one.insert(u"status"_s, hostile);
        if (request.path == "/instances/list") {
            QJsonObject page = fake::page();
            page.insert(u"content"_s, QJsonArray{one});
            return CannedResponse::json(200, page);
        }
        return CannedResponse::json(200, one);
    });
    const CtlRun run = CtlRunner::run(m_server.baseUrl(), arguments);
    QVERIFY(run.finished);
    const QByteArray printed = run.out + run.err;
    for (char c : printed) {
        const auto u = static_cast<unsigned char>(c);
        QVERIFY2((u >= 0x20 && u != 0x7f) || c == '\n' || c == '\t',
                 qPrintable(u"control byte 0x%1 printed"_s.arg(int(u), 2, 16, QChar(u'0'))));
    }
    QVERIFY2(!QString::fromUtf8(printed).contains(QChar(0x9b)), printed.constData());
    if (json) {
        // Byte for byte a JSON document, holding the very same value.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        const QJsonObject instance = object.contains(u"content"_s)
                                         ? object.value(u"content"_s).toArray().first().toObject()
                                         : object;
        QCOMPARE(instance.value(u"name"_s).toString(), hostile);
    } else {
        QVERIFY2(QString::fromUtf8(printed).contains(u"Loja"_s), printed.constData());
    }
}

void TestVzapsctlErrors::secretsAreNeverPrinted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("callStatus"); // 0: the normal reply; else an error that echoes secrets

    const QString id = fake::kInstanceId;
    const QString given = fake::kGivenInstanceToken;
    QTest::newRow("list") << QStringList{u"instances"_s, u"list"_s} << 0;
    QTest::newRow("get") << QStringList{u"instances"_s, u"get"_s, id} << 0;
    QTest::newRow("create") << QStringList{u"instances"_s, u"create"_s, u"--name"_s, u"Support"_s}
                            << 0;
    QTest::newRow("update") << QStringList{u"instances"_s,        u"update"_s, id,
                                           u"--instance-token"_s, given,       u"--name"_s,
                                           u"Renamed"_s}
                            << 0;
    QTest::newRow("restart") << QStringList{u"instances"_s, u"restart"_s, id, u"--instance-token"_s,
                                            given}
                             << 0;
    QTest::newRow("token") << QStringList{u"token"_s} << 0;
    QTest::newRow("request") << QStringList{u"request"_s, u"POST"_s, u"/instances/get"_s,
                                            u"--data"_s, u"{\"id\":\"X\"}"_s}
                             << 0;
    QTest::newRow("400 echoing secrets")
        << QStringList{u"instances"_s, u"restart"_s, id, u"--instance-token"_s, given} << 400;
    QTest::newRow("401 echoing secrets") << QStringList{u"instances"_s, u"get"_s, id} << 401;
    QTest::newRow("500 echoing secrets")
        << QStringList{u"session"_s, u"status"_s, id, u"--instance-token"_s, given} << 500;
}

void TestVzapsctlErrors::secretsAreNeverPrinted()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, callStatus);

    m_server.setHandler([callStatus](const RecordedRequest &request) {
        if (callStatus == 0 || request.path == "/token")
            return fake::respond(request);
        // A careless server that repeats every credential it was sent.
        const QString echoed = QString::fromUtf8(request.header("Authorization") + " / " +
                                                 request.header("X-Instance-Token") + " / ") +
                               CtlRunner::kClientSecret;
        return CannedResponse::json(callStatus,
                                    QJsonObject{{u"message"_s, echoed}, {u"details"_s, echoed}});
    });
    const CtlRun run = CtlRunner::run(m_server.baseUrl(), arguments);
    QVERIFY(run.finished);
    QVERIFY2((callStatus == 0) == (run.exitCode == 0), run.err.constData());
    const QByteArray printed = run.out + run.err;
    for (const QString &secret : {CtlRunner::kClientSecret, fake::kJwt, fake::kServerInstanceToken,
                                  fake::kGivenInstanceToken})
        QVERIFY2(!printed.contains(secret.toUtf8()), printed.constData());
}

QTEST_GUILESS_MAIN(TestVzapsctlErrors)
#include "tst_vzapsctl_errors.moc"
