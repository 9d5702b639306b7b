// docs/api-contract.md §2 create/get/update/delete/restart, §4.1 shape, §1.6 errors, 404/405/413.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxInstances : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;

    HttpResult create(const QByteArray &rawBody)
    {
        return client->send("PUT", u"/instances/create"_s, rawBody, client->authHeaders());
    }
    void expectError(const HttpResult &result, int status, const QString &code,
                     const QString &messagePart)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(u"success"_s).toBool(true), false);
        QCOMPARE(result.code(), code);
        QVERIFY2(result.json.value(u"message"_s).toString().contains(messagePart),
                 qPrintable(result.json.value(u"message"_s).toString()));
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
    }

    void createReturnsTheFullInstance()
    {
        const HttpResult result =
            create("{\"name\":\"  Loja Centro  \",\"webhook\":\"https://hooks.example.com/x\","
                   "\"events_subscribe\":[\"Message\",\"Connected\",\"Message\"],"
                   "\"reject_calls\":true,\"labels\":{\"team\":\"sales\"}}");
        QCOMPARE(result.status, 201);
        const QJsonObject instance = result.json; // bare object (§1.2)
        QVERIFY(!instance.contains(u"success"_s));
        const QString id = instance.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"VZ"_s));
        QVERIFY(id.size() >= 28 && id.size() <= 34);
        QCOMPARE(id, id.toUpper());
        QVERIFY(instance.value(u"token"_s).toString().startsWith(u"inst_"_s));
        QCOMPARE(instance.value(u"name"_s).toString(), u"Loja Centro"_s);
        QCOMPARE(instance.value(u"url"_s).toString(), u"https://app.vzaps.com/instances/"_s + id);
        QCOMPARE(instance.value(u"webhook"_s).toString(), u"https://hooks.example.com/x"_s);
        QCOMPARE(instance.value(u"events_subscribe"_s).toString(), u"Message,Connected"_s);
        QCOMPARE(instance.value(u"reject_calls"_s).toBool(), true);
        QCOMPARE(instance.value(u"auto_read_messages"_s).toBool(true), false);
        QCOMPARE(instance.value(u"connected"_s).toBool(true), false);
        QCOMPARE(instance.value(u"status"_s).toString(), u"RUNNING"_s);
        QCOMPARE(instance.value(u"billing_status"_s).toString(), u"TRIALING"_s);
        QVERIFY(instance.value(u"created_at"_s).toString().endsWith(u'Z'));
        QVERIFY(instance.value(u"cancel_at"_s).isNull());
        QVERIFY(!instance.value(u"expired_at"_s).isNull()); // trial end
        QCOMPARE(instance.value(u"labels"_s).toObject().value(u"team"_s).toString(), u"sales"_s);
        for (const QString &field :
             {u"connected_at"_s, u"whatsapp_push_name"_s, u"whatsapp_jid"_s, u"updated_at"_s})
            QVERIFY2(instance.contains(field), qPrintable(field));
    }

    void createAcceptsCommaJoinedEvents()
    {
        const HttpResult result = create(R"({"name":"Abc","events_subscribe":"Presence,All"})");
        QCOMPARE(result.status, 201);
        QCOMPARE(result.json.value(u"events_subscribe"_s).toString(), u"Presence,All"_s);
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "{}"_ba << 422 << u"validation_failed"_s << u"name"_s;
        QTest::newRow("no body") << QByteArray() << 422 << u"validation_failed"_s << u"name"_s;
        QTest::newRow("short name")
            << R"({"name":"ab"})"_ba << 422 << u"validation_failed"_s << u"3 to 255"_s;
        QTest::newRow("blank name")
            << R"({"name":"      "})"_ba << 422 << u"validation_failed"_s << u"3 to 255"_s;
        QTest::newRow("long name") << "{\"name\":\"" + QByteArray(256, 'x') + "\"}" << 422
                                   << u"validation_failed"_s << u"3 to 255"_s;
        QTest::newRow("name not string")
            << R"({"name":42})"_ba << 400 << u"bad_request"_s << u"string"_s;
        QTest::newRow("ftp webhook") << R"({"name":"abc","webhook":"ftp://x.com/a"})"_ba << 422
                                     << u"validation_failed"_s << u"http"_s;
        QTest::newRow("webhook no host") << R"({"name":"abc","webhook":"https://"})"_ba << 422
                                         << u"validation_failed"_s << u"webhook"_s;
        QTest::newRow("webhook not url") << R"({"name":"abc","webhook":"hello"})"_ba << 422
                                         << u"validation_failed"_s << u"webhook"_s;
        QTest::newRow("unknown event")
            << R"({"name":"abc","events_subscribe":["Message","Typo"]})"_ba << 422
            << u"validation_failed"_s << u"Typo"_s;
        QTest::newRow("events not array") << R"({"name":"abc","events_subscribe":5})"_ba << 400
                                          << u"bad_request"_s << u"events_subscribe"_s;
        QTest::newRow("bool not bool") << R"({"name":"abc","reject_calls":"yes"})"_ba << 400
                                       << u"bad_request"_s << u"reject_calls"_s;
        QTest::newRow("labels not object")
            << R"({"name":"abc","labels":[1]})"_ba << 400 << u"bad_request"_s << u"labels"_s;
        QTest::newRow("malformed json")
            << "{\"name\":"_ba << 400 << u"invalid_json"_s << u"not valid JSON"_s;
        QTest::newRow("json array") << "[1,2]"_ba << 400 << u"invalid_json"_s << u"object"_s;
    }
    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        expectError(create(body), status, code, message);
    }

    void bodyOverOneMebibyteIs413()
    {
        const QByteArray big =
            "{\"name\":\"abc\",\"labels\":{\"x\":\"" + QByteArray(1024 * 1024 + 16, 'a') + "\"}}";
        expectError(create(big), 413, u"payload_too_large"_s, u"1 MiB"_s);
        const QByteArray fits =
            "{\"name\":\"abc\",\"labels\":{\"x\":\"" + QByteArray(1024 * 1024 - 64, 'a') + "\"}}";
        QCOMPARE(create(fits).status, 201);
    }

    void getByIdAndNotFound()
    {
        const QJsonObject created = client->createInstance(u"Findable"_s);
        const QString id = created.value(u"id"_s).toString();
        const HttpResult found = client->call("POST", u"/instances/get"_s, {{u"id"_s, id}});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json, created);
        expectError(client->call("POST", u"/instances/get"_s, {{u"id"_s, u"VZNOPE"_s}}), 404,
                    u"instance_not_found"_s, u"VZNOPE"_s);
        expectError(client->call("POST", u"/instances/get"_s, {}), 422, u"validation_failed"_s,
                    u"id"_s);
    }

    void updateChangesOnlyWhatWasSent()
    {
        const QJsonObject created =
            client->createInstance(u"Before"_s, {{u"webhook"_s, u"https://a.example/h"_s},
                                                 {u"auto_read_messages"_s, true}});
        const QString path = u"/instances/"_s + created.value(u"id"_s).toString();
        const HttpResult updated =
            client->call("PATCH", path,
                         {{u"name"_s, u"After"_s}, {u"events_subscribe"_s, QJsonArray{u"All"_s}}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(u"name"_s).toString(), u"After"_s);
        QCOMPARE(updated.json.value(u"events_subscribe"_s).toString(), u"All"_s);
        QCOMPARE(updated.json.value(u"webhook"_s).toString(), u"https://a.example/h"_s);
        QCOMPARE(updated.json.value(u"auto_read_messages"_s).toBool(), true);
        QCOMPARE(updated.json.value(u"token"_s), created.value(u"token"_s));
        QVERIFY(updated.json.value(u"updated_at"_s).toString() >=
                created.value(u"updated_at"_s).toString());

        const HttpResult cleared = client->call("PATCH", path, {{u"webhook"_s, u""_s}});
        QVERIFY(cleared.json.value(u"webhook"_s).isNull());
        expectError(client->call("PATCH", path, {{u"name"_s, u"x"_s}}), 422, u"validation_failed"_s,
                    u"name"_s);
        expectError(client->call("PATCH", path, {{u"webhook"_s, u"mailto:a@b.c"_s}}), 422,
                    u"validation_failed"_s, u"webhook"_s);
        expectError(client->call("PATCH", u"/instances/VZMISSING"_s, {{u"name"_s, u"abcd"_s}}), 404,
                    u"instance_not_found"_s, u"VZMISSING"_s);
    }

    void deleteIs204ThenGone()
    {
        const QString id = client->createInstance(u"Doomed"_s).value(u"id"_s).toString();
        const HttpResult deleted = client->call("DELETE", u"/instances/"_s + id, {}, false);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(!deleted.header("X-Request-Id").isEmpty());
        QCOMPARE(client->call("POST", u"/instances/get"_s, {{u"id"_s, id}}).status, 404);
        QCOMPARE(client->call("DELETE", u"/instances/"_s + id, {}, false).status, 404);
    }

    void restartGoesRestartingThenRunning()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"restart_ms"_s, 400}}).status, 200);
        const QString id = client->createInstance(u"Restartable"_s).value(u"id"_s).toString();
        const HttpResult restart =
            client->call("POST", u"/instances/"_s + id + u"/restart"_s, {}, false);
        QCOMPARE(restart.status, 200);
        QCOMPARE(restart.json.value(u"instance_id"_s).toString(), id);
        QCOMPARE(restart.json.value(u"status"_s).toString(), u"RESTARTING"_s);
        QVERIFY(restart.json.contains(u"details"_s));
        const auto status = [&] {
            return client->call("POST", u"/instances/get"_s, {{u"id"_s, id}})
                .json.value(u"status"_s)
                .toString();
        };
        QCOMPARE(status(), u"RESTARTING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"RUNNING"_s, 3000);
        QCOMPARE(client->call("POST", u"/instances/VZNOPE/restart"_s, {}, false).status, 404);
    }

    void unknownPathIs404WithErrorBody()
    {
        expectError(client->send("GET", u"/nothing/here"_s), 404, u"not_found"_s,
                    u"/nothing/here"_s);
        expectError(client->call("POST", u"/instances/list/extra"_s), 404, u"not_found"_s,
                    u"No such"_s);
    }

    void wrongMethodIs405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("GET token") << "GET"_ba << u"/token"_s << "POST"_ba;
        QTest::newRow("POST create") << "POST"_ba << u"/instances/create"_s << "PUT"_ba;
        QTest::newRow("PATCH create") << "PATCH"_ba << u"/instances/create"_s << "PUT"_ba;
        QTest::newRow("GET list") << "GET"_ba << u"/instances/list"_s << "POST"_ba;
        QTest::newRow("GET instance (stale README)")
            << "GET"_ba << u"/instances/VZ1"_s << "PATCH, DELETE"_ba;
        QTest::newRow("GET restart") << "GET"_ba << u"/instances/VZ1/restart"_s << "POST"_ba;
        QTest::newRow("POST cancel") << "POST"_ba << u"/instances/VZ1/cancel"_s << "PUT, DELETE"_ba;
        QTest::newRow("POST status") << "POST"_ba << u"/instances/VZ1/session/status"_s << "GET"_ba;
        QTest::newRow("GET disconnect")
            << "GET"_ba << u"/instances/VZ1/session/disconnect"_s << "POST"_ba;
    }
    void wrongMethodIs405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const HttpResult result = client->send(method, path, {}, client->authHeaders());
        expectError(result, 405, u"method_not_allowed"_s, QString::fromLatin1(method));
        QCOMPARE(result.header("Allow"), allow);
    }

    void headAndOptionsAre405WithoutBreakingTheConnection()
    {
        for (const QByteArray &method : {"HEAD"_ba, "OPTIONS"_ba}) {
            const HttpResult result = client->send(method, u"/instances/list"_s);
            QCOMPARE(result.status, 405);
            QCOMPARE(result.header("Allow"), "POST"_ba);
        }
        // The same keep-alive connection still answers correctly afterwards.
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }

    void percentEncodedIdsAreDecoded()
    {
        const QString id = client->createInstance(u"Encoded"_s).value(u"id"_s).toString();
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id, {}, "VZ"));
        QVERIFY(encoded.contains(u'%'));
        const HttpResult result =
            client->call("GET", u"/instances/"_s + encoded + u"/session/status"_s, {}, false);
        QCOMPARE(result.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxInstances)
#include "tst_sandbox_instances.moc"
