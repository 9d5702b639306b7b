// docs/api-contract.md §6 control surface: latency (non-blocking), failure rate, rate limit (429 +
// Retry-After), fail-next, seeding, config validation, auth on /_sandbox/.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;

    HttpResult config(const QJsonObject &body)
    {
        return client->call("POST", u"/_sandbox/config"_s, body);
    }
    HttpResult list() { return client->call("POST", u"/instances/list"_s, {{u"size"_s, 1}}); }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        QVERIFY(!client->token().isEmpty()); // before any fault is switched on
    }

    void configShowsEveryKnob()
    {
        const HttpResult result = client->call("GET", u"/_sandbox/config"_s, {}, false);
        QCOMPARE(result.status, 200);
        for (const QString &key :
             {u"latency_ms"_s, u"failure_rate"_s, u"rate_limit_per_minute"_s, u"card_on_file"_s,
              u"pair_after_polls"_s, u"restart_ms"_s, u"fail_next"_s, u"instance_count"_s})
            QVERIFY2(result.json.contains(key), qPrintable(key));
        QCOMPARE(result.json.value(u"instance_count"_s).toInt(), 24);
        QCOMPARE(result.json.value(u"card_on_file"_s).toBool(true), false);
    }

    void controlNeedsTheAccountToken()
    {
        QCOMPARE(client->send("GET", u"/_sandbox/config"_s).status, 401);
        QCOMPARE(client->send("POST", u"/_sandbox/seed"_s, "{\"count\":1}").status, 401);
        QCOMPARE(client->send("GET", u"/_sandbox/nothing"_s, {}, client->authHeaders()).status,
                 404);
    }

    void latencyDelaysWithoutStallingOthers()
    {
        QCOMPARE(config({{u"latency_ms"_s, 700}}).status, 200);
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(
                client->start("POST", u"/instances/list"_s, "{}", client->authHeaders()));
        // The control surface is never delayed, even while API requests wait.
        const HttpResult control = client->call("GET", u"/_sandbox/config"_s, {}, false);
        QCOMPARE(control.status, 200);
        QVERIFY2(timer.elapsed() < 600, qPrintable(QString::number(timer.elapsed())));
        for (QNetworkReply *reply : replies)
            QCOMPARE(SandboxTestClient::collect(reply).status, 200);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 690, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed))); // parallel, not 4 × 700
        QCOMPARE(config({{u"latency_ms"_s, 0}}).status, 200);
    }

    void failureRateOneFailsEverything()
    {
        QCOMPARE(config({{u"failure_rate"_s, 1.0}}).status, 200);
        const HttpResult failed = list();
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.code(), u"internal_error"_s);
        QVERIFY(!failed.header("X-Request-Id").isEmpty());
        QCOMPARE(config({{u"failure_rate"_s, 0}}).status, 200);
        QCOMPARE(list().status, 200);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        // reset-faults empties the one-minute window (the token request in init() counted).
        QCOMPARE(client->call("POST", u"/_sandbox/reset-faults"_s, {}, false).status, 200);
        QCOMPARE(config({{u"rate_limit_per_minute"_s, 3}}).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(list().status, 200);
        const HttpResult limited = list();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.code(), u"rate_limit"_s);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        QCOMPARE(client->call("POST", u"/_sandbox/reset-faults"_s, {}, false).status, 200);
        QCOMPARE(list().status, 200);
    }

    void failNextInjectsExactStatuses()
    {
        const HttpResult armed = client->call("POST", u"/_sandbox/fail-next"_s,
                                              {{u"status"_s, 409},
                                               {u"count"_s, 2},
                                               {u"path_prefix"_s, u"/instances/list"_s},
                                               {u"message"_s, u"Try again"_s}});
        QCOMPARE(armed.status, 200);
        QCOMPARE(armed.json.value(u"fail_next"_s).toArray().size(), 1);

        QCOMPARE(client->call("POST", u"/instances/get"_s, {{u"id"_s, u"VZX"_s}}).status, 404);
        const HttpResult first = list();
        QCOMPARE(first.status, 409);
        QCOMPARE(first.code(), u"conflict"_s);
        QCOMPARE(first.json.value(u"message"_s).toString(), u"Try again"_s);
        QCOMPARE(list().status, 409);
        QCOMPARE(list().status, 200);

        QCOMPARE(client
                     ->call("POST", u"/_sandbox/fail-next"_s,
                            {{u"status"_s, 503},
                             {u"method"_s, u"put"_s},
                             {u"retry_after"_s, 7},
                             {u"code"_s, u"maintenance"_s}})
                     .status,
                 200);
        QCOMPARE(list().status, 200); // POST does not match
        const HttpResult put = client->call("PUT", u"/instances/create"_s, {{u"name"_s, u"abc"_s}});
        QCOMPARE(put.status, 503);
        QCOMPARE(put.code(), u"maintenance"_s);
        QCOMPARE(put.header("Retry-After"), "7"_ba);
        QCOMPARE(client->call("PUT", u"/instances/create"_s, {{u"name"_s, u"abc"_s}}).status, 201);
    }

    void failNextValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no status") << "{}"_ba;
        QTest::newRow("success status") << R"({"status":200})"_ba;
        QTest::newRow("odd status") << R"({"status":499})"_ba;
        QTest::newRow("count 0") << R"({"status":500,"count":0})"_ba;
        QTest::newRow("relative prefix") << R"({"status":500,"path_prefix":"instances"})"_ba;
        QTest::newRow("bad method") << R"({"status":500,"method":"FETCH"})"_ba;
    }
    void failNextValidation()
    {
        QFETCH(QByteArray, body);
        const HttpResult result =
            client->send("POST", u"/_sandbox/fail-next"_s, body, client->authHeaders());
        QCOMPARE(result.status, 422);
        QVERIFY(!result.json.value(u"message"_s).toString().isEmpty());
    }

    void configValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("negative latency") << R"({"latency_ms":-1})"_ba << 422;
        QTest::newRow("huge latency") << R"({"latency_ms":600000})"_ba << 422;
        QTest::newRow("failure rate 2") << R"({"failure_rate":2})"_ba << 422;
        QTest::newRow("failure rate text") << R"({"failure_rate":"half"})"_ba << 400;
        QTest::newRow("card text") << R"({"card_on_file":"yes"})"_ba << 400;
        QTest::newRow("rate limit fraction") << R"({"rate_limit_per_minute":1.5})"_ba << 400;
    }
    void configValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult result =
            client->send("POST", u"/_sandbox/config"_s, body, client->authHeaders());
        QCOMPARE(result.status, status);
        // Nothing was applied: a rejected config leaves every knob as it was.
        const QJsonObject now = client->call("GET", u"/_sandbox/config"_s, {}, false).json;
        QCOMPARE(now.value(u"latency_ms"_s).toInt(), 0);
        QCOMPARE(now.value(u"failure_rate"_s).toDouble(), 0.0);
    }

    void seedAddsInstances()
    {
        const HttpResult seeded = client->call("POST", u"/_sandbox/seed"_s, {{u"count"_s, 500}});
        QCOMPARE(seeded.status, 200);
        QCOMPARE(seeded.json.value(u"created"_s).toInt(), 500);
        QCOMPARE(seeded.json.value(u"total"_s).toInt(), 524);
        QCOMPARE(list().json.value(u"total"_s).toInt(), 524);
        QCOMPARE(client->call("POST", u"/_sandbox/seed"_s, {{u"count"_s, 0}}).status, 422);
        QCOMPARE(client->call("POST", u"/_sandbox/seed"_s, {{u"count"_s, 100001}}).status, 422);
    }

    void bulkSeedKeepsSearchAndSortWorking()
    {
        // 5,000 or more rows take the bulk path (indexes dropped and rebuilt in the transaction).
        QCOMPARE(client->call("POST", u"/_sandbox/seed"_s, {{u"count"_s, 6000}}).status, 200);
        const HttpResult page =
            client->call("POST", u"/instances/list"_s,
                         {{u"page"_s, 2},
                          {u"size"_s, 25},
                          {u"sort"_s, u"name"_s},
                          {u"filter"_s, QJsonObject{{u"query"_s, u"PADARIA"_s}}}});
        QCOMPARE(page.status, 200);
        const int total = page.json.value(u"total"_s).toInt();
        QVERIFY2(total >= 500 && total <= 1000, qPrintable(QString::number(total)));
        const QJsonArray rows = page.json.value(u"content"_s).toArray();
        QCOMPARE(rows.size(), 25);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString name = rows[i].toObject().value(u"name"_s).toString();
            QVERIFY2(name.contains(u"Padaria"_s), qPrintable(name));
            if (i > 0)
                QVERIFY(rows[i - 1].toObject().value(u"name"_s).toString().toCaseFolded() <=
                        name.toCaseFolded());
        }
        QCOMPARE(page.json.value(u"summary"_s).toObject().value(u"total"_s).toInt(), total);
        QCOMPARE(list().json.value(u"total"_s).toInt(), 6024);
    }

    void billingOverrideValidates()
    {
        const QString id = client->createInstance(u"Override"_s).value(u"id"_s).toString();
        const QString path = u"/_sandbox/instances/"_s + id + u"/billing"_s;
        QCOMPARE(client->call("POST", path, {{u"billing_status"_s, u"GOLD"_s}}).status, 422);
        QCOMPARE(client->call("POST", path, {{u"expired_at"_s, u"soon"_s}}).status, 422);
        const HttpResult ok =
            client->call("POST", path,
                         {{u"billing_status"_s, u"PAUSED"_s}, {u"expired_at"_s, QJsonValue::Null}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(u"billing_status"_s).toString(), u"PAUSED"_s);
        QVERIFY(ok.json.value(u"expired_at"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
