// docs/api-contract.md §1.3, §1.4, §1.6: tokens, headers, auth failures, X-Request-Id everywhere.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;
    QJsonObject instance;

    QByteArray credentials(const QString &token, const QString &secret)
    {
        return QJsonDocument(QJsonObject{{u"client_token"_s, token}, {u"client_secret"_s, secret}})
            .toJson(QJsonDocument::Compact);
    }
    Headers instanceHeaders(const QString &clientToken = u"test-client-token"_s)
    {
        return {{"X-Instance-Token", instance.value(u"token"_s).toString().toLatin1()},
                {"X-Client-Token", clientToken.toLatin1()}};
    }
    QString instancePath(const QString &suffix = {})
    {
        return u"/instances/"_s + instance.value(u"id"_s).toString() + suffix;
    }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        instance = client->createInstance(u"Auth test instance"_s);
        QVERIFY(!instance.value(u"id"_s).toString().isEmpty());
    }

    void tokenIssuedForRightCredentials()
    {
        const HttpResult result = client->send(
            "POST", u"/token"_s, credentials(u"test-client-token"_s, u"test-client-secret"_s));
        QCOMPARE(result.status, 200);
        const QString jwt = result.json.value(u"access_token"_s).toString();
        QCOMPARE(jwt.count(u'.'), 2); // JWT-shaped
        QCOMPARE(result.json.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }

    void tokenAcceptsCamelCaseCredentials()
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"clientToken"_s, u"test-client-token"_s},
                                      {u"clientSecret"_s, u"test-client-secret"_s}})
                .toJson();
        QCOMPARE(client->send("POST", u"/token"_s, body).status, 200);
    }

    void tokenRejectsWrongCredentials_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("secret");
        QTest::newRow("wrong secret") << u"test-client-token"_s << u"nope"_s;
        QTest::newRow("wrong token") << u"other"_s << u"test-client-secret"_s;
    }
    void tokenRejectsWrongCredentials()
    {
        QFETCH(QString, token);
        QFETCH(QString, secret);
        const HttpResult result = client->send("POST", u"/token"_s, credentials(token, secret));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(u"success"_s).toBool(true), false);
        QCOMPARE(result.code(), u"invalid_credentials"_s);
        QVERIFY(!result.json.value(u"message"_s).toString().isEmpty());
        QVERIFY(!result.body.contains("test-client-secret"));
    }

    void tokenRequiresBothFields()
    {
        const HttpResult result = client->send("POST", u"/token"_s, "{\"client_token\":\"x\"}");
        QCOMPARE(result.status, 400);
        QVERIFY(result.json.value(u"message"_s).toString().contains(u"client_secret"_s));
    }

    void tokenRejectsMalformedJson()
    {
        const HttpResult result = client->send("POST", u"/token"_s, "{not json");
        QCOMPARE(result.status, 400);
        QCOMPARE(result.code(), u"invalid_json"_s);
    }

    void missingBearerIs401()
    {
        const HttpResult result = client->send("POST", u"/instances/list"_s, "{}",
                                               {{"X-Client-Token", "test-client-token"}});
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), u"missing_token"_s);
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }

    void garbageBearerIs401()
    {
        for (const QByteArray &bearer : {"Bearer abc"_ba, "Bearer a.b.c"_ba, "Basic xyz"_ba}) {
            const HttpResult result =
                client->send("POST", u"/instances/list"_s, "{}",
                             {{"Authorization", bearer}, {"X-Client-Token", "test-client-token"}});
            QCOMPARE(result.status, 401);
            QCOMPARE(result.code(), u"invalid_token"_s);
        }
    }

    void tamperedTokenIs401()
    {
        QString jwt = client->token();
        jwt[jwt.indexOf(u'.') + 3] = jwt[jwt.indexOf(u'.') + 3] == u'A' ? u'B' : u'A';
        const HttpResult result = client->send("POST", u"/instances/list"_s, "{}",
                                               {{"Authorization", "Bearer " + jwt.toLatin1()},
                                                {"X-Client-Token", "test-client-token"}});
        QCOMPARE(result.status, 401);
    }

    void expiredTokenIs401()
    {
        vzsandbox::SandboxOptions options;
        options.tokenTtlSeconds = 2; // exp is whole seconds: at least 1 s left after issue
        SandboxTestClient shortLived(options);
        QVERIFY(shortLived.started());
        QCOMPARE(shortLived.call("POST", u"/instances/list"_s).status, 200);
        // The token lives at most two seconds; poll until the sandbox says it expired.
        QTRY_COMPARE_WITH_TIMEOUT(shortLived.call("POST", u"/instances/list"_s).status, 401, 4000);
        QCOMPARE(shortLived.call("POST", u"/instances/list"_s).code(), u"token_expired"_s);
        shortLived.dropToken();
        QCOMPARE(shortLived.call("POST", u"/instances/list"_s).status, 200);
    }

    void expireTokensControlInvalidatesEveryToken()
    {
        const Headers oldHeaders = client->authHeaders();
        QCOMPARE(client->call("POST", u"/_sandbox/expire-tokens"_s).status, 200);
        const HttpResult result = client->send("POST", u"/instances/list"_s, "{}", oldHeaders);
        QCOMPARE(result.status, 401);
        client->dropToken();
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }

    void clientTokenMismatchIs403()
    {
        Headers headers = client->authHeaders();
        headers[1].second = "someone-else";
        const HttpResult result = client->send("POST", u"/instances/list"_s, "{}", headers);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.code(), u"client_token_mismatch"_s);
    }

    void missingClientTokenIs401()
    {
        Headers headers = client->authHeaders();
        headers.removeLast();
        QCOMPARE(client->send("POST", u"/instances/list"_s, "{}", headers).status, 401);
    }

    void instanceTokenAcceptedOnInstanceRoutes()
    {
        QCOMPARE(
            client->send("GET", instancePath(u"/session/status"_s), {}, instanceHeaders()).status,
            200);
        QCOMPARE(client->send("GET", instancePath(u"/session/qr"_s), {}, instanceHeaders()).status,
                 200);
        QCOMPARE(client->send("POST", instancePath(u"/restart"_s), {}, instanceHeaders()).status,
                 200);
        QCOMPARE(client->send("PATCH", instancePath(), "{\"reject_calls\":true}", instanceHeaders())
                     .status,
                 200);
        QCOMPARE(client->send("POST", instancePath(u"/session/disconnect"_s), {}, instanceHeaders())
                     .status,
                 200);
    }

    void instanceTokenNeedsMatchingClientToken()
    {
        const HttpResult wrong = client->send("GET", instancePath(u"/session/status"_s), {},
                                              instanceHeaders(u"someone-else"_s));
        QCOMPARE(wrong.status, 403);
        Headers onlyInstance = instanceHeaders();
        onlyInstance.removeLast();
        QCOMPARE(client->send("GET", instancePath(u"/session/status"_s), {}, onlyInstance).status,
                 401);
    }

    void instanceTokenOfAnotherInstanceIs401()
    {
        const QJsonObject other = client->createInstance(u"Another one"_s);
        const Headers headers{{"X-Instance-Token", other.value(u"token"_s).toString().toLatin1()},
                              {"X-Client-Token", "test-client-token"}};
        const HttpResult result =
            client->send("GET", instancePath(u"/session/status"_s), {}, headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), u"invalid_instance_token"_s);
    }

    void instanceTokenRefusedOnAccountRoutes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("create") << "PUT"_ba << u"create"_s << "{\"name\":\"abc\"}"_ba;
        QTest::newRow("list") << "POST"_ba << u"list"_s << "{}"_ba;
        QTest::newRow("get") << "POST"_ba << u"get"_s << "{}"_ba;
        QTest::newRow("subscribe") << "POST"_ba << u"{id}/subscribe"_s << "{}"_ba;
        QTest::newRow("resume") << "POST"_ba << u"{id}/resume-subscription"_s << QByteArray();
        QTest::newRow("cancel") << "PUT"_ba << u"{id}/cancel"_s << QByteArray();
        QTest::newRow("cancel by DELETE") << "DELETE"_ba << u"{id}/cancel"_s << QByteArray();
    }
    void instanceTokenRefusedOnAccountRoutes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        const QString path = u"/instances/"_s +
                             QString(suffix).replace(u"{id}"_s, instance.value(u"id"_s).toString());
        const HttpResult result = client->send(method, path, body, instanceHeaders());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), u"account_token_required"_s);
    }

    void requestIdOnEveryResponse()
    {
        const QList<HttpResult> results{
            client->send("GET", u"/nowhere"_s),
            client->send("GET", u"/instances/list"_s),
            client->send("POST", u"/token"_s, "[]"),
            client->call("POST", u"/instances/list"_s),
            client->call("DELETE", instancePath(), {}, false),
        };
        QSet<QByteArray> ids;
        for (const HttpResult &result : results) {
            QVERIFY(!result.header("X-Request-Id").isEmpty());
            ids.insert(result.header("X-Request-Id"));
        }
        QCOMPARE(ids.size(), results.size());
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
