// ConnectionCheck: each way a sign-in can end, told apart in plain words,
// against an in-process sandbox and scripted local servers.
#include "core/api/InstancesApi.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/SignInTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace vzaps;
using namespace vzaps::test;
using Kind = ConnectionCheck::Kind;

class TestConnectionCheck : public QObject
{
    Q_OBJECT

    // Runs one check to its end; the outcome, or a default (Other, empty) one.
    ConnectionCheck::Outcome run(const QUrl &url, std::chrono::milliseconds timeout = 5s,
                                 const QString &token = kTestToken,
                                 const QString &secret = kTestSecret)
    {
        ConnectionCheck check;
        check.setTimeout(timeout);
        QSignalSpy finished(&check, &ConnectionCheck::finished);
        check.start(url, token, secret);
        if (!finished.wait(int(timeout.count()) + 5000) || finished.size() != 1)
            return {};
        const ConnectionCheck::Outcome outcome = outcomeOf(finished);
        // Whatever happened, the secret is never part of what people are told.
        if (outcome.message.contains(secret))
            qFatal("the secret leaked into an outcome message");
        return outcome;
    }

private Q_SLOTS:
    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.vzaps.com"_s << true;
        QTest::newRow("https with a path") << u"https://example.com/vzaps/"_s << true;
        QTest::newRow("http on 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http on localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http on ::1") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http elsewhere") << u"http://api.vzaps.com"_s << false;
        QTest::newRow("no scheme") << u"api.vzaps.com"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ftp") << u"ftp://api.vzaps.com"_s << false;
        QTest::newRow("query") << u"https://api.vzaps.com/?a=b"_s << false;
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = ConnectionCheck::baseUrlProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), allowed);
        if (url == "http://api.vzaps.com"_L1)
            QVERIFY2(problem.contains("unencrypted"_L1), qPrintable(problem));
    }

    void signsInToTheSandboxAndCounts()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started);
        const qsizetype demoInstances = sandbox.instances().size();
        QVERIFY(demoInstances > 0);
        const auto outcome = run(sandbox.server->baseUrl(), 10s, sandbox.server->clientToken(),
                                 sandbox.server->clientSecret());
        QCOMPARE(outcome.kind, Kind::Ok);
        QCOMPARE(outcome.instanceCount, qint64(demoInstances));
        QCOMPARE(outcome.message, u"Signed in: %1 instances."_s.arg(demoInstances));
    }

    void usesItsOwnClientNotTheAppOne()
    {
        // One list request of one row, after the sign-in, and nothing else.
        auto server = scriptedServer(tokenGranted(), onePage(1234));
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::Ok);
        QCOMPARE(outcome.instanceCount, 1234);
        QCOMPARE(server->requestCount(), 2);
        const RecordedRequest list = server->requests().at(1);
        QCOMPARE(list.path, "/instances/list");
        QCOMPARE(list.json().object().value("size"_L1).toInt(), 1);
        const RecordedRequest token = server->requests().at(0);
        QVERIFY(token.json().object().value("client_secret"_L1).toString() == kTestSecret);
    }

    void wrongSecretAtTheSandboxIsBadCredentials()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started);
        const auto outcome = run(sandbox.server->baseUrl(), 10s, sandbox.server->clientToken(),
                                 u"cs_not_the_right_one"_s);
        QCOMPARE(outcome.kind, Kind::BadCredentials);
        QCOMPARE(outcome.httpStatus, 401);
        QVERIFY2(outcome.message.startsWith("The server refused the client token or secret"_L1),
                 qPrintable(outcome.message));
    }

    void unauthorizedIsBadCredentials()
    {
        auto server = scriptedServer(unauthorized());
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::BadCredentials);
        QCOMPARE(outcome.httpStatus, 401);
        QCOMPARE(outcome.requestId, u"req-401"_s);
        QCOMPARE(outcome.message, u"The server refused the client token or secret (HTTP 401: "
                                  u"bad credentials). Check both and try again. Request id: "
                                  u"req-401."_s);
    }

    void redirectedSignInIsRefusedAndNothingGoesThere_data()
    {
        QTest::addColumn<bool>("onToken");
        QTest::newRow("sign-in") << true;
        QTest::newRow("list") << false;
    }

    void redirectedSignInIsRefusedAndNothingGoesThere()
    {
        QFETCH(bool, onToken);
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        const CannedResponse redirect =
            CannedResponse::json(307, QJsonObject{})
                .withHeader("Location", elsewhere.baseUrl().toEncoded() + "/token");
        auto server = onToken ? scriptedServer(redirect) : scriptedServer(tokenGranted(), redirect);
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::Other);
        QCOMPARE(outcome.httpStatus, 307);
        QCOMPARE(elsewhere.connectionCount(), 0);
        const QString origin = elsewhere.baseUrl().toString();
        QVERIFY2(outcome.message.contains(origin) && outcome.message.contains("not followed"_L1),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(onToken ? "the sign-in"_L1 : "list request"_L1),
                 qPrintable(outcome.message));
    }

    void forbiddenListIsBadCredentialsAfterSignIn()
    {
        auto server = scriptedServer(tokenGranted(), CannedResponse::json(403, QJsonObject{}));
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::BadCredentials);
        QCOMPARE(outcome.httpStatus, 403);
        QVERIFY2(outcome.message.contains("refused to list"_L1), qPrintable(outcome.message));
    }

    void refusedConnectionIsUnreachable()
    {
        const QUrl url = refusedUrl();
        QVERIFY(url.isValid());
        const auto outcome = run(url);
        QCOMPARE(outcome.kind, Kind::Unreachable);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.message, u"Could not reach 127.0.0.1:%1: connection refused (nothing "
                                  u"answers on that port)."_s.arg(url.port()));
    }

    void unknownHostIsUnreachable()
    {
        const auto outcome = run(QUrl(u"https://nonexistent.invalid"_s), 10s);
        QCOMPARE(outcome.kind, Kind::Unreachable);
        QCOMPARE(outcome.message, u"Could not reach nonexistent.invalid: no such host name."_s);
    }

    void silenceIsATimeout()
    {
        auto server = scriptedServer(CannedResponse::neverAnswer());
        QVERIFY(server);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto outcome = run(server->baseUrl(), 1000ms);
        QCOMPARE(outcome.kind, Kind::Timeout);
        QVERIFY2(elapsed.elapsed() < 4000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(outcome.message,
                 u"No answer from 127.0.0.1:%1 within 1 s."_s.arg(server->baseUrl().port()));
    }

    void theWholeCheckKeepsToTheTimeout()
    {
        // The sign-in takes most of the time; the list gets only what is left.
        CannedResponse slowToken = tokenGranted();
        slowToken.delayMs = 900;
        auto server = scriptedServer(slowToken, CannedResponse::neverAnswer());
        QVERIFY(server);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto outcome = run(server->baseUrl(), 1500ms);
        QCOMPARE(outcome.kind, Kind::Timeout);
        QVERIFY2(elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(outcome.message.endsWith("within 1.5 s."_L1), qPrintable(outcome.message));
    }

    void serverFailureIsAServerError()
    {
        auto server = scriptedServer(serverFailure());
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::ServerError);
        QCOMPARE(outcome.httpStatus, 500);
        QCOMPARE(outcome.requestId, u"req-500"_s);
        QCOMPARE(outcome.message,
                 u"The server at 127.0.0.1:%1 has a problem (HTTP 500: database is down). Try "
                 u"again later. Request id: req-500."_s.arg(server->baseUrl().port()));
    }

    void aWebPageInsteadOfTheApiIsAServerError()
    {
        auto server =
            scriptedServer(CannedResponse::text(200, "<html>Welcome</html>", "text/html"));
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::ServerError);
        QVERIFY2(outcome.message.contains("not the way the VZaps API does"_L1),
                 qPrintable(outcome.message));
    }

    void noApiAtTheAddressIsOther()
    {
        auto server = scriptedServer(CannedResponse::json(404, QJsonObject{}));
        QVERIFY(server);
        const auto outcome = run(server->baseUrl());
        QCOMPARE(outcome.kind, Kind::Other);
        QCOMPARE(outcome.httpStatus, 404);
        QVERIFY2(outcome.message.startsWith("There is no VZaps API at this address"_L1),
                 qPrintable(outcome.message));
    }

    void httpsToAPlainHttpPortIsTls()
    {
        // The web server answers the TLS hello in plain HTTP: the handshake cannot succeed.
        auto server = plainHttpResponder();
        QVERIFY(server);
        const auto outcome = run(QUrl(u"https://127.0.0.1:%1"_s.arg(server->serverPort())));
        QVERIFY2(outcome.kind == Kind::Tls, qPrintable(outcome.message));
        QVERIFY2(outcome.message.startsWith("A secure (TLS) connection to 127.0.0.1:"_L1),
                 qPrintable(outcome.message));
    }

    void anUntrustedCertificateIsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend here");
        auto server = untrustedTlsServer();
        QVERIFY(server);
        const auto outcome = run(QUrl(u"https://127.0.0.1:%1"_s.arg(server->serverPort())));
        QVERIFY2(outcome.kind == Kind::Tls, qPrintable(outcome.message));
        QCOMPARE(outcome.message,
                 u"The TLS certificate of 127.0.0.1:%1 is not trusted: The certificate is "
                 u"self-signed, and untrusted. Nothing was sent; check the address, or ask "
                 u"whoever runs the server."_s.arg(server->serverPort()));
    }

    void httpsToASilentPlainServerIsATimeout()
    {
        // A plain server that waits for a request line never answers a TLS hello: Qt sees
        // only silence, so this is honestly a timeout, not a TLS error.
        auto server = scriptedServer(tokenGranted());
        QVERIFY(server);
        QUrl url = server->baseUrl();
        url.setScheme(u"https"_s);
        const auto outcome = run(url, 1000ms);
        QCOMPARE(outcome.kind, Kind::Timeout);
    }

    void anInsecureAddressIsRefusedWithoutSending()
    {
        auto server = scriptedServer(tokenGranted());
        QVERIFY(server);
        QUrl url = server->baseUrl();
        url.setHost(u"example.com"_s);
        const auto outcome = run(url);
        QCOMPARE(outcome.kind, Kind::Other);
        QVERIFY2(outcome.message.contains("unencrypted"_L1), qPrintable(outcome.message));
        QCOMPARE(server->requestCount(), 0);
    }

    void cancelledOrRestartedChecksStaySilent()
    {
        auto silent = scriptedServer(CannedResponse::neverAnswer());
        auto answering = scriptedServer(tokenGranted(), onePage(3));
        QVERIFY(silent && answering);
        ConnectionCheck check;
        check.setTimeout(300ms);
        QSignalSpy finished(&check, &ConnectionCheck::finished);
        check.start(silent->baseUrl(), kTestToken, kTestSecret);
        QTRY_COMPARE(silent->requestCount(), 1);
        check.cancel();
        QVERIFY(!check.isRunning());
        QVERIFY(!finished.wait(800)); // past the timeout: nothing is reported
        // A new start replaces the one running: only the second one reports.
        check.setTimeout(5s);
        check.start(silent->baseUrl(), kTestToken, kTestSecret);
        check.start(answering->baseUrl(), kTestToken, kTestSecret);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished).instanceCount, 3);
    }

    void destroyingARunningCheckCancelsIt()
    {
        auto silent = scriptedServer(CannedResponse::neverAnswer());
        QVERIFY(silent);
        auto *check = new ConnectionCheck;
        check->start(silent->baseUrl(), kTestToken, kTestSecret);
        QTRY_COMPARE(silent->requestCount(), 1);
        delete check; // must neither crash nor report
        // Deliver whatever the cancelled call may have queued (no waiting involved).
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
