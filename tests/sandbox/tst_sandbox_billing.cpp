// docs/api-contract.md §2 subscribe/resume/cancel, §4.4, §6 billing state machine and checkout
// page.
#include "tests/sandbox/SandboxTestClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxBilling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;
    QString id;

    QString path(const QString &suffix) { return u"/instances/"_s + id + suffix; }
    QJsonObject instance()
    {
        return client->call("POST", u"/instances/get"_s, {{u"id"_s, id}}).json;
    }
    QString billing() { return instance().value(u"billing_status"_s).toString(); }
    void setCardOnFile(bool on)
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"card_on_file"_s, on}}).status,
                 200);
    }
    // The checkout URL's path, for requests through the test client (same host).
    QString checkoutPath(const QString &url) { return QUrl(url).path(); }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        id = client->createInstance(u"Billing test"_s).value(u"id"_s).toString();
        QCOMPARE(billing(), u"TRIALING"_s);
    }

    void directSubscribeWithCardOnFile()
    {
        setCardOnFile(true);
        const HttpResult result = client->call("POST", path(u"/subscribe"_s), {});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"mode"_s).toString(), u"direct"_s);
        QCOMPARE(result.json.value(u"url"_s).toString(), QString());
        QVERIFY(result.json.value(u"subscription_id"_s).toString().startsWith(u"sub_"_s));
        QCOMPARE(billing(), u"ACTIVE"_s);
        QVERIFY(instance().value(u"expired_at"_s).toString() >
                instance().value(u"updated_at"_s).toString());
        const HttpResult again = client->call("POST", path(u"/subscribe"_s), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"already_subscribed"_s);
    }

    void checkoutPayRedirectsToSuccessUrl()
    {
        const HttpResult session =
            client->call("POST", path(u"/subscribe"_s),
                         {{u"success_url"_s, u"https://desk.example/ok?s={CHECKOUT_SESSION_ID}"_s},
                          {u"cancel_url"_s, u"https://desk.example/cancel"_s}});
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value(u"mode"_s).toString(), u"checkout"_s);
        const QString url = session.json.value(u"url"_s).toString();
        const QString sessionId = session.json.value(u"session_id"_s).toString();
        QVERIFY(url.startsWith(client->server().baseUrl().toString() + u"/_sandbox/checkout/"_s));
        QVERIFY(url.endsWith(sessionId));
        QCOMPARE(billing(), u"TRIALING"_s); // nothing changes until someone pays

        // The page: plain HTML, no external assets, a Pay and a Cancel form.
        const HttpResult page = client->send("GET", checkoutPath(url));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("Billing test"));
        QVERIFY(
            page.body.contains("action=\"/_sandbox/checkout/" + sessionId.toLatin1() + "/pay\""));
        QVERIFY(page.body.contains("/cancel\""));
        QVERIFY(!page.body.contains("src=\"http"));
        QVERIFY(!page.body.contains("href=\"http"));

        // Press Pay: the form posts urlencoded, like a browser.
        const HttpResult paid =
            client->send("POST", checkoutPath(url) + u"/pay"_s, "",
                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(paid.status, 303);
        QCOMPARE(paid.header("Location"), "https://desk.example/ok?s=" + sessionId.toLatin1());
        QCOMPARE(billing(), u"ACTIVE"_s);

        QCOMPARE(client->send("POST", checkoutPath(url) + u"/pay"_s, "").status, 409);
        QVERIFY(client->send("GET", checkoutPath(url)).body.contains("already paid"));
    }

    void checkoutPayWithoutSuccessUrlShowsPage()
    {
        const QString url =
            client->call("POST", path(u"/subscribe"_s), {}).json.value(u"url"_s).toString();
        const HttpResult paid = client->send("POST", checkoutPath(url) + u"/pay"_s, "");
        QCOMPARE(paid.status, 200);
        QVERIFY(paid.body.contains("Payment complete"));
        QCOMPARE(billing(), u"ACTIVE"_s);
    }

    void checkoutPagesSpeakTheBrowsersLanguage()
    {
        const QString url =
            client->call("POST", path(u"/subscribe"_s), {}).json.value(u"url"_s).toString();
        const QList<QPair<QByteArray, QByteArray>> brazilian{
            {"Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"}};
        const HttpResult portuguese = client->send("GET", checkoutPath(url), "", brazilian);
        QCOMPARE(portuguese.status, 200);
        QVERIFY(portuguese.body.contains("<html lang=\"pt-BR\">"));
        QVERIFY(portuguese.body.contains("Assinar a VZaps"));
        QVERIFY(portuguese.body.contains(">Pagar</button>"));
        QVERIFY(portuguese.body.contains("US$ 29,00"));

        // English first, or no preference: English.
        const HttpResult english = client->send("GET", checkoutPath(url), "",
                                                {{"Accept-Language", "en-GB,en;q=0.9,pt;q=0.5"}});
        QVERIFY(english.body.contains("Subscribe to VZaps"));
        QVERIFY(client->send("GET", checkoutPath(url)).body.contains("Subscribe to VZaps"));

        const HttpResult paid = client->send("POST", checkoutPath(url) + u"/pay"_s, "", brazilian);
        QCOMPARE(paid.status, 200);
        QVERIFY(paid.body.contains(QStringLiteral("Pagamento concluído").toUtf8()));
        QCOMPARE(billing(), u"ACTIVE"_s);
    }

    void checkoutCancelButtonChangesNothing()
    {
        const QString url = client
                                ->call("POST", path(u"/subscribe"_s),
                                       {{u"cancel_url"_s, u"http://127.0.0.1:9/back"_s}})
                                .json.value(u"url"_s)
                                .toString();
        const HttpResult canceled = client->send("POST", checkoutPath(url) + u"/cancel"_s, "");
        QCOMPARE(canceled.status, 303);
        QCOMPARE(canceled.header("Location"), "http://127.0.0.1:9/back"_ba);
        QCOMPARE(billing(), u"TRIALING"_s);
        QCOMPARE(client->send("POST", checkoutPath(url) + u"/pay"_s, "").status, 409);
        QCOMPARE(client->send("GET", u"/_sandbox/checkout/cs_test_unknown"_s).status, 404);
    }

    void subscribeValidatesUrls()
    {
        const HttpResult result = client->call("POST", path(u"/subscribe"_s),
                                               {{u"success_url"_s, u"javascript:alert(1)"_s}});
        QCOMPARE(result.status, 422);
        QVERIFY(result.json.value(u"message"_s).toString().contains(u"success_url"_s));
        QCOMPARE(client->call("POST", u"/instances/VZNOPE/subscribe"_s, {}).status, 404);
    }

    void cancelActiveIsScheduledAndResumable()
    {
        setCardOnFile(true);
        QCOMPARE(client->call("POST", path(u"/subscribe"_s), {}).status, 200);
        const QString periodEnd = instance().value(u"expired_at"_s).toString();

        const HttpResult cancel = client->call("PUT", path(u"/cancel"_s), {}, false);
        QCOMPARE(cancel.status, 200);
        QVERIFY(cancel.json.value(u"message"_s).toString().contains(periodEnd));
        QCOMPARE(billing(), u"ACTIVE"_s);
        QCOMPARE(instance().value(u"cancel_at"_s).toString(), periodEnd);
        QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 409);
        QCOMPARE(client->call("POST", path(u"/subscribe"_s), {}).status, 409);

        const HttpResult resume = client->call("POST", path(u"/resume-subscription"_s), {}, false);
        QCOMPARE(resume.status, 200);
        QCOMPARE(resume.json, (QJsonObject{{u"status"_s, u"ok"_s}}));
        QVERIFY(instance().value(u"cancel_at"_s).isNull());
        QCOMPARE(billing(), u"ACTIVE"_s);

        const HttpResult again = client->call("POST", path(u"/resume-subscription"_s), {}, false);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"nothing_to_resume"_s);
    }

    void cancelTrialingIsImmediate()
    {
        const HttpResult cancel = client->call("DELETE", path(u"/cancel"_s), {}, false);
        QCOMPARE(cancel.status, 200);
        QVERIFY(!cancel.json.value(u"message"_s).toString().isEmpty());
        const QJsonObject after = instance();
        QCOMPARE(after.value(u"billing_status"_s).toString(), u"CANCELED"_s);
        QVERIFY(after.value(u"cancel_at"_s).isNull());
        QVERIFY(!after.value(u"expired_at"_s).isNull());
        QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 409);
        QCOMPARE(client->call("POST", path(u"/resume-subscription"_s), {}, false).status, 409);
    }

    void canceledInstanceCanSubscribeAgain()
    {
        QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 200);
        setCardOnFile(true);
        QCOMPARE(client->call("POST", path(u"/subscribe"_s), {}).status, 200);
        QCOMPARE(billing(), u"ACTIVE"_s);
    }

    void scheduledCancelTakesEffectAtCancelAt()
    {
        setCardOnFile(true);
        QCOMPARE(client->call("POST", path(u"/subscribe"_s), {}).status, 200);
        QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 200);
        // Move the scheduled end into the past through the control surface.
        const HttpResult moved =
            client->call("POST", u"/_sandbox/instances/"_s + id + u"/billing"_s,
                         {{u"cancel_at"_s, u"2020-01-01T00:00:00Z"_s}});
        QCOMPARE(moved.status, 200);
        const QJsonObject after = instance();
        QCOMPARE(after.value(u"billing_status"_s).toString(), u"CANCELED"_s);
        QCOMPARE(after.value(u"expired_at"_s).toString(), u"2020-01-01T00:00:00Z"_s);
        QVERIFY(after.value(u"cancel_at"_s).isNull());
    }

    void unpaidStatesCancelImmediately()
    {
        for (const QString &status : {u"PAST_DUE"_s, u"UNPAID"_s, u"INCOMPLETE"_s, u"PAUSED"_s}) {
            QCOMPARE(client
                         ->call("POST", u"/_sandbox/instances/"_s + id + u"/billing"_s,
                                {{u"billing_status"_s, status}})
                         .status,
                     200);
            QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 200);
            QCOMPARE(billing(), u"CANCELED"_s);
        }
        QCOMPARE(client
                     ->call("POST", u"/_sandbox/instances/"_s + id + u"/billing"_s,
                            {{u"billing_status"_s, u"INCOMPLETE_EXPIRED"_s}})
                     .status,
                 200);
        QCOMPARE(client->call("PUT", path(u"/cancel"_s), {}, false).status, 409);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBilling)
#include "tst_sandbox_billing.moc"
