// What vzapsctl sends and prints: every command's method, path, headers and
// exact JSON body; --json output unwrapped from envelopes; tables; request round trip; QR file.
#include "tests/app/CtlRunner.h"
#include "tests/support/FakeVzaps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace {

QJsonDocument parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", json);
    return document;
}

QJsonDocument outputJson(const CtlRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("stdout is not JSON (%s): %s", qPrintable(error.errorString()),
                 run.out.constData());
    return document;
}

} // namespace

class TestVzapsctlRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void requestShape_data();
    void requestShape();
    void tokenReusedWithinOneRun();
    void baseUrlFromEnvironment();
    void jsonOutputIsTheUnwrappedBody_data();
    void jsonOutputIsTheUnwrappedBody();
    void listTable();
    void instanceSummaryMasksTheToken();
    void tokenCommand();
    void requestRoundTrip();
    void instanceTokenFromEnvironmentOrStandardInput_data();
    void instanceTokenFromEnvironmentOrStandardInput();
    void requestWithoutBodyAndNoContent();
    void qrOutWritesThePng();
    void qrWhenPaired();
    void qrNotADataUrl();

private:
    CtlRun run(const QStringList &arguments)
    {
        return CtlRunner::run(m_server.baseUrl(), arguments);
    }

    TestHttpServer m_server;
};

void TestVzapsctlRequests::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestVzapsctlRequests::init()
{
    m_server.setHandler(fake::respond);
    m_server.clearRequests();
}

void TestVzapsctlRequests::requestShape_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QJsonDocument>("body"); // null: no body at all
    QTest::addColumn<QString>("instanceToken");

    const QString id = fake::kInstanceId;
    const QByteArray idPath = "/instances/" + id.toLatin1();
    const QString token = fake::kGivenInstanceToken;
    const QJsonDocument none;

    QTest::newRow("list defaults")
        << QStringList{u"instances"_s, u"list"_s} << QByteArray("POST")
        << QByteArray("/instances/list") << parse(R"({"page":1,"size":20})") << QString();
    QTest::newRow("list all options")
        << QStringList{u"instances"_s, u"list"_s,       u"--page"_s,   u"2"_s,
                       u"--size"_s,    u"50"_s,         u"--search"_s, u"  acme  "_s,
                       u"--sort"_s,    u"created_at"_s, u"--desc"_s}
        << QByteArray("POST") << QByteArray("/instances/list")
        << parse(
               R"({"page":2,"size":50,"filter":{"query":"acme"},"sort":"created_at","sort_desc":true})")
        << QString();
    QTest::newRow("get") << QStringList{u"instances"_s, u"get"_s, id} << QByteArray("POST")
                         << QByteArray("/instances/get")
                         << QJsonDocument(QJsonObject{{u"id"_s, id}}) << QString();
    QTest::newRow("create minimal")
        << QStringList{u"instances"_s, u"create"_s, u"--name"_s, u"Support line"_s}
        << QByteArray("PUT") << QByteArray("/instances/create")
        << parse(R"({"name":"Support line"})") << QString();
    QTest::newRow("create everything")
        << QStringList{u"instances"_s,      u"create"_s,
                       u"--name"_s,         u"Support line"_s,
                       u"--webhook"_s,      u"https://hooks.example.com/in"_s,
                       u"--events"_s,       u"Message,Connected"_s,
                       u"--reject-calls"_s, u"--auto-read"_s}
        << QByteArray("PUT") << QByteArray("/instances/create")
        << parse(R"({"name":"Support line","webhook":"https://hooks.example.com/in",
                     "events_subscribe":["Message","Connected"],"reject_calls":true,
                     "auto_read_messages":true})")
        << QString();
    QTest::newRow("update some fields")
        << QStringList{u"instances"_s,
                       u"update"_s,
                       id,
                       u"--instance-token"_s,
                       token,
                       u"--name"_s,
                       u"New name"_s,
                       u"--reject-calls"_s,
                       u"false"_s,
                       u"--auto-read"_s,
                       u"true"_s,
                       u"--events"_s,
                       u"Disconnected"_s}
        << QByteArray("PATCH") << idPath
        << parse(R"({"name":"New name","reject_calls":false,"auto_read_messages":true,
                     "events_subscribe":["Disconnected"]})")
        << token;
    QTest::newRow("update clears webhook")
        << QStringList{u"instances"_s, u"update"_s, id, u"--webhook="_s} << QByteArray("PATCH")
        << idPath << parse(R"({"webhook":""})") << QString();
    QTest::newRow("restart") << QStringList{u"instances"_s, u"restart"_s, id, u"--instance-token"_s,
                                            token}
                             << QByteArray("POST") << idPath + "/restart" << none << token;
    QTest::newRow("delete") << QStringList{u"instances"_s, u"delete"_s, id, u"--yes"_s}
                            << QByteArray("DELETE") << idPath << none << QString();
    QTest::newRow("subscribe direct")
        << QStringList{u"instances"_s, u"subscribe"_s, id} << QByteArray("POST")
        << idPath + "/subscribe" << parse("{}") << QString();
    QTest::newRow("subscribe checkout urls")
        << QStringList{u"instances"_s,
                       u"subscribe"_s,
                       id,
                       u"--success-url"_s,
                       u"https://a.example/ok"_s,
                       u"--cancel-url"_s,
                       u"https://a.example/no"_s,
                       u"--instance-token"_s,
                       token}
        << QByteArray("POST") << idPath + "/subscribe"
        << parse(R"({"success_url":"https://a.example/ok","cancel_url":"https://a.example/no"})")
        << token;
    QTest::newRow("resume") << QStringList{u"instances"_s, u"resume"_s, id} << QByteArray("POST")
                            << idPath + "/resume-subscription" << none << QString();
    QTest::newRow("cancel") << QStringList{u"instances"_s, u"cancel"_s,           id,
                                           u"--yes"_s,     u"--instance-token"_s, token}
                            << QByteArray("PUT") << idPath + "/cancel" << none << token;
    QTest::newRow("session status")
        << QStringList{u"session"_s, u"status"_s, id, u"--instance-token"_s, token}
        << QByteArray("GET") << idPath + "/session/status" << none << token;
    QTest::newRow("session qr") << QStringList{u"session"_s, u"qr"_s, id} << QByteArray("GET")
                                << idPath + "/session/qr" << none << QString();
    QTest::newRow("session paircode")
        << QStringList{u"session"_s, u"paircode"_s, id, u"+55 11 91234-5678"_s} << QByteArray("GET")
        << idPath + "/session/paircode/5511912345678" << none << QString();
    QTest::newRow("session disconnect")
        << QStringList{u"session"_s, u"disconnect"_s, id} << QByteArray("POST")
        << idPath + "/session/disconnect" << none << QString();
    QTest::newRow("request get with query")
        << QStringList{u"request"_s, u"get"_s, u"/instances/"_s + id + u"/webhook?verbose=1"_s,
                       u"--instance-token"_s, token}
        << QByteArray("GET") << idPath + "/webhook?verbose=1" << none << token;
    QTest::newRow("request post with data")
        << QStringList{u"request"_s, u"POST"_s, u"instances/list"_s, u"--data"_s,
                       uR"({"page":3,"size":5})"_s}
        << QByteArray("POST") << QByteArray("/instances/list") << parse(R"({"page":3,"size":5})")
        << QString();
    QTest::newRow("id is percent-encoded")
        << QStringList{u"instances"_s, u"restart"_s, u"VZ/../x y"_s} << QByteArray("POST")
        << QByteArray("/instances/VZ%2F..%2Fx%20y/restart") << none << QString();
}

void TestVzapsctlRequests::requestShape()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QJsonDocument, body);
    QFETCH(QString, instanceToken);

    const CtlRun result = run(arguments);
    QVERIFY2(result.finished, result.err.constData());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());

    // One token request, then the call itself.
    const QList<RecordedRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    const RecordedRequest &tokenRequest = requests.at(0);
    QCOMPARE(tokenRequest.method, QByteArray("POST"));
    QCOMPARE(tokenRequest.path, QByteArray("/token"));
    QCOMPARE(tokenRequest.json(),
             QJsonDocument(QJsonObject{{u"client_token"_s, CtlRunner::kClientToken},
                                       {u"client_secret"_s, CtlRunner::kClientSecret}}));
    QCOMPARE(tokenRequest.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!tokenRequest.hasHeader("Authorization"));
    QVERIFY(!tokenRequest.hasHeader("X-Client-Token"));

    const RecordedRequest &call = requests.at(1);
    QCOMPARE(call.method, method);
    QCOMPARE(call.path, path);
    QCOMPARE(call.header("Authorization"), "Bearer " + fake::kJwt.toLatin1());
    QCOMPARE(call.header("X-Client-Token"), CtlRunner::kClientToken.toLatin1());
    QCOMPARE(call.header("Accept"), QByteArray("application/json"));
    QVERIFY(call.header("User-Agent").startsWith("VZapsDesk/"));
    if (instanceToken.isEmpty())
        QVERIFY(!call.hasHeader("X-Instance-Token"));
    else
        QCOMPARE(call.header("X-Instance-Token"), instanceToken.toLatin1());
    if (body.isNull()) {
        QVERIFY2(call.body.isEmpty(), call.body.constData());
        QVERIFY(!call.hasHeader("Content-Type"));
    } else {
        QCOMPARE(call.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(call.json(), body);
    }
}

void TestVzapsctlRequests::tokenReusedWithinOneRun()
{
    // A 401 on the call: the token is fetched again and the call retried once.
    m_server.setHandler([first = true](const RecordedRequest &request) mutable {
        if (request.path == "/instances/get" && first) {
            first = false;
            return CannedResponse::json(401, QJsonObject{{u"message"_s, u"token expired"_s}});
        }
        return fake::respond(request);
    });
    const CtlRun result = run({u"--json"_s, u"instances"_s, u"get"_s, fake::kInstanceId});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.requests("POST", "/token").size(), 2);
    QCOMPARE(m_server.requests("POST", "/instances/get").size(), 2);
}

void TestVzapsctlRequests::baseUrlFromEnvironment()
{
    QProcessEnvironment environment = CtlRunner::environment();
    environment.insert(u"VZAPS_BASE_URL"_s, m_server.baseUrl().toString());
    const CtlRun result = CtlRunner::run({}, {u"--json"_s, u"instances"_s, u"list"_s}, environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.requests("POST", "/instances/list").size(), 1);

    // --base-url wins over the environment.
    environment.insert(u"VZAPS_BASE_URL"_s, u"http://127.0.0.1:9"_s);
    const CtlRun overridden = CtlRunner::run(m_server.baseUrl(), {u"token"_s}, environment);
    QCOMPARE(overridden.exitCode, 0);
}

void TestVzapsctlRequests::jsonOutputIsTheUnwrappedBody_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<bool>("enveloped");

    const QStringList list{u"--json"_s, u"instances"_s, u"list"_s};
    const QStringList get{u"instances"_s, u"get"_s, fake::kInstanceId, u"--json"_s};
    const QStringList status{u"--json"_s, u"session"_s, u"status"_s, fake::kInstanceId};
    const QJsonObject instance = fake::instance(fake::kInstanceId, u"Acme Support"_s);
    const QJsonObject session{{u"connected"_s, false}, {u"unknown_member"_s, 42}};
    QTest::newRow("list bare") << list << fake::page() << false;
    QTest::newRow("list enveloped") << list << fake::page() << true;
    QTest::newRow("get bare") << get << instance << false;
    QTest::newRow("get enveloped") << get << instance << true;
    QTest::newRow("session status enveloped") << status << session << true;
    QTest::newRow("session status bare") << status << session << false;
}

void TestVzapsctlRequests::jsonOutputIsTheUnwrappedBody()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, data);
    QFETCH(bool, enveloped);

    const QJsonObject body = enveloped ? fake::envelope(data) : data;
    m_server.setHandler([body](const RecordedRequest &request) {
        return request.path == "/token" ? fake::respond(request) : CannedResponse::json(200, body);
    });
    const CtlRun result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(outputJson(result), QJsonDocument(data));
}

void TestVzapsctlRequests::listTable()
{
    const CtlRun result = run({u"instances"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    const QStringList lines = text.split(u'\n');
    QVERIFY2(lines.first().contains(u"ID"_s) && lines.first().contains(u"NAME"_s) &&
                 lines.first().contains(u"CONNECTED"_s) && lines.first().contains(u"BILLING"_s),
             qPrintable(text));
    for (const char *expected :
         {"Acme Support", "Beta Sales Line", "Gamma Billing", "VZ5555DDDD6666EEEE7777FFFF88",
          "TRIALING", "ACTIVE", "2026-11-01 10:20", "page 1 of 3", "45 instances", "connected: 12",
          "trialing: 7"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Rows line up: every name starts in the same column as the header's NAME.
    const qsizetype nameColumn = lines.first().indexOf(u"NAME"_s);
    QCOMPARE(lines.at(1).indexOf(u"Acme Support"_s), nameColumn);
    QCOMPARE(lines.at(2).indexOf(u"Beta Sales Line"_s), nameColumn);
    QVERIFY(!text.contains(fake::kServerInstanceToken));
}

void TestVzapsctlRequests::instanceSummaryMasksTheToken()
{
    const CtlRun result = run({u"instances"_s, u"get"_s, fake::kInstanceId});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(u"Acme Support"_s), qPrintable(text));
    QVERIFY(text.contains(fake::kInstanceId));
    QVERIFY(text.contains(u"inst_•••"_s));
    QVERIFY(text.contains(u"Message,Connected"_s));
    QVERIFY(text.contains(u"x_unknown_field"_s)); // unknown fields are shown, not dropped
    QVERIFY(!text.contains(fake::kServerInstanceToken));

    // --json is the raw body the user asked for: the token is in it.
    const CtlRun json = run({u"--json"_s, u"instances"_s, u"get"_s, fake::kInstanceId});
    QCOMPARE(outputJson(json).object().value("token"_L1).toString(), fake::kServerInstanceToken);
}

void TestVzapsctlRequests::tokenCommand()
{
    const CtlRun plain = run({u"token"_s});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("expires in 3600 s"), plain.out.constData());
    QVERIFY(!plain.out.contains(fake::kJwt.toLatin1()));
    QVERIFY(plain.err.isEmpty());

    const CtlRun shown = run({u"token"_s, u"--show"_s});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, fake::kJwt.toLatin1() + '\n');

    const CtlRun json = run({u"token"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(outputJson(json), QJsonDocument(QJsonObject{{u"expires_in"_s, 3600}}));
}

void TestVzapsctlRequests::instanceTokenFromEnvironmentOrStandardInput_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("environment") << u"environment"_s;
    QTest::newRow("standard input") << u"stdin"_s;
    QTest::newRow("option wins over environment") << u"both"_s;
}

void TestVzapsctlRequests::instanceTokenFromEnvironmentOrStandardInput()
{
    // Kept out of the command line, where every user of the machine can read it in `ps`.
    QFETCH(QString, source);
    QProcessEnvironment environment = CtlRunner::environment();
    QStringList arguments{u"instances"_s, u"restart"_s, fake::kInstanceId};
    QByteArray input;
    if (source != "stdin"_L1)
        environment.insert(u"VZAPS_INSTANCE_TOKEN"_s, u"inst_from_environment_77"_s);
    if (source == "stdin"_L1) {
        arguments << u"--instance-token"_s << u"-"_s;
        input = fake::kGivenInstanceToken.toUtf8() + "\n";
    } else if (source == "both"_L1) {
        arguments << u"--instance-token"_s << fake::kGivenInstanceToken;
    }
    const CtlRun result = CtlRunner::run(m_server.baseUrl(), arguments, environment, 20000, input);
    QCOMPARE(result.exitCode, 0);
    const RecordedRequest call = fake::apiRequests(m_server).value(0);
    QCOMPARE(call.header("X-Instance-Token"), source == "environment"_L1
                                                  ? "inst_from_environment_77"_ba
                                                  : fake::kGivenInstanceToken.toLatin1());
    QVERIFY(!result.out.contains(call.header("X-Instance-Token")));

    // "-" with nothing on standard input: a usage error, and nothing is sent.
    m_server.clearRequests();
    const CtlRun empty = CtlRunner::run(
        m_server.baseUrl(),
        {u"instances"_s, u"restart"_s, fake::kInstanceId, u"--instance-token"_s, u"-"_s},
        CtlRunner::environment(), 20000, QByteArray(""));
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("no instance token on standard input"), empty.err.constData());
    QCOMPARE(m_server.requestCount(), 0);
}

void TestVzapsctlRequests::requestRoundTrip()
{
    const QJsonObject sent = parse(R"({"a":1,"nested":{"b":[true,null,"x"]},"s":"é ✓"})").object();
    m_server.setHandler([](const RecordedRequest &request) {
        if (request.path == "/token")
            return fake::respond(request);
        return CannedResponse::json(
            200, fake::envelope(QJsonObject{{u"echo"_s, request.json().object()},
                                            {u"token"_s, fake::kServerInstanceToken}}));
    });
    const QString data = QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact));
    const CtlRun json = run({u"--json"_s, u"request"_s, u"POST"_s, u"/custom/echo"_s, u"--data"_s,
                             data, u"--instance-token"_s, fake::kGivenInstanceToken});
    QCOMPARE(json.exitCode, 0);
    const RecordedRequest call = fake::apiRequests(m_server).value(0);
    QCOMPARE(call.method, QByteArray("POST"));
    QCOMPARE(call.path, QByteArray("/custom/echo"));
    QCOMPARE(call.json(), QJsonDocument(sent));
    QCOMPARE(call.header("X-Instance-Token"), fake::kGivenInstanceToken.toLatin1());
    QCOMPARE(outputJson(json), QJsonDocument(QJsonObject{
                                   {u"echo"_s, sent}, {u"token"_s, fake::kServerInstanceToken}}));

    // Without --json: the same reply, readable, secrets masked.
    const CtlRun plain = run({u"request"_s, u"POST"_s, u"/custom/echo"_s, u"--data"_s, data});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("\"nested\""));
    QVERIFY(!plain.out.contains(fake::kServerInstanceToken.toLatin1()));
}

void TestVzapsctlRequests::requestWithoutBodyAndNoContent()
{
    const CtlRun result = run({u"request"_s, u"DELETE"_s, u"/instances/"_s + fake::kInstanceId});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("HTTP 204"), result.out.constData());
    const CtlRun deleted = run({u"instances"_s, u"delete"_s, fake::kInstanceId, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.out.contains("Deleted instance"));
    // --json prints the body, and a 204 has none.
    const CtlRun json =
        run({u"--json"_s, u"instances"_s, u"delete"_s, fake::kInstanceId, u"--yes"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, QByteArray());
    QCOMPARE(fake::apiRequests(m_server).size(), 3);
}

void TestVzapsctlRequests::qrOutWritesThePng()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 300; ++i)
        png.append(char(i * 7));
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    m_server.setHandler([dataUrl](const RecordedRequest &request) {
        if (request.path.endsWith("/session/qr"))
            return CannedResponse::json(200, fake::envelope(QJsonObject{{u"qr_code"_s, dataUrl}}));
        return fake::respond(request);
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"pair.png"_s);
    const CtlRun result = run({u"session"_s, u"qr"_s, fake::kInstanceId, u"--out"_s, file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(file.toUtf8()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), png);

    // Without --out: a hint, nothing written.
    const CtlRun hint = run({u"session"_s, u"qr"_s, fake::kInstanceId});
    QCOMPARE(hint.exitCode, 0);
    QVERIFY2(hint.out.contains("not paired") && hint.out.contains("--out"), hint.out.constData());
}

void TestVzapsctlRequests::qrWhenPaired()
{
    m_server.setHandler([](const RecordedRequest &request) {
        if (request.path.endsWith("/session/qr"))
            return CannedResponse::json(
                200, fake::envelope(QJsonObject{{u"status"_s, u"paired"_s},
                                                {u"phone"_s, u"5511912345678"_s}}));
        return fake::respond(request);
    });
    QTemporaryDir dir;
    const QString file = dir.filePath(u"pair.png"_s);
    const CtlRun result = run({u"session"_s, u"qr"_s, fake::kInstanceId, u"--out"_s, file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("is paired with 5511912345678"), result.out.constData());
    QVERIFY(!QFile::exists(file));
}

void TestVzapsctlRequests::qrNotADataUrl()
{
    m_server.setHandler([](const RecordedRequest &request) {
        if (request.path.endsWith("/session/qr"))
            return CannedResponse::json(
                200, fake::envelope(QJsonObject{{u"qr_code"_s, u"https://example.com/qr.png"_s}}));
        return fake::respond(request);
    });
    QTemporaryDir dir;
    const QString file = dir.filePath(u"pair.png"_s);
    const CtlRun result = run({u"session"_s, u"qr"_s, fake::kInstanceId, u"--out"_s, file});
    QCOMPARE(result.exitCode, 8);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestVzapsctlRequests)
#include "tst_vzapsctl_requests.moc"
