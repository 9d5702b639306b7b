// Every operation of docs/api-contract.md §2 and §3 end to end through the typed API:
// what reaches the server (method, path, body) and what comes back decoded,
// for bare and enveloped replies alike.
#include "core/api/InstancesApi.h"
#include "core/api/SessionApi.h"
#include "tests/support/ApiTestFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

namespace {
const QString kId = u"VZ8K2M4N6P8R0T2V4X6Z8B0D2F4H"_s;

QJsonObject instanceJson(const QString &name)
{
    return {{u"id"_s, kId},
            {u"name"_s, name},
            {u"token"_s, u"inst_abc"_s},
            {u"events_subscribe"_s, u"Message,Connected"_s},
            {u"billing_status"_s, u"TRIALING"_s}};
}

QJsonObject envelope(const QJsonValue &data)
{
    return {{u"code"_s, 200}, {u"success"_s, true}, {u"data"_s, data}};
}
} // namespace

class TestApiClientOperations : public QObject, protected ClientFixture
{
    Q_OBJECT

private:
    SessionApi *m_session = nullptr;

    // The one request other than /token, once it has arrived.
    RecordedRequest lastApiRequest() const
    {
        const auto all = m_server->requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->path != "/token")
                return *it;
        }
        return {};
    }

    void answerWith(const CannedResponse &response)
    {
        m_fake->routes = [response](const RecordedRequest &) { return response; };
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(setUpClient());
        m_session = new SessionApi(*m_client);
    }

    void cleanup()
    {
        delete m_session;
        tearDownClient();
    }

    void createAcceptsCreatedStatus()
    {
        answerWith(CannedResponse::json(201, instanceJson(u"Support"_s)));
        Captured<Instance> created;
        NewInstance input{
            u"Support"_s, u"https://example.com/h"_s, {u"Message"_s}, true, false, {}};
        m_instances->create(input, this, created.callback());
        QTRY_VERIFY(created.result);
        QVERIFY(created.result->ok());
        QCOMPARE(created.value().id, kId);
        QCOMPARE(created.value().token, u"inst_abc"_s);
        const RecordedRequest request = lastApiRequest();
        QCOMPARE(request.method, "PUT");
        QCOMPARE(request.path, "/instances/create");
        QCOMPARE(request.json().object(),
                 (QJsonObject{{u"name"_s, u"Support"_s},
                              {u"webhook"_s, u"https://example.com/h"_s},
                              {u"events_subscribe"_s, QJsonArray{u"Message"_s}},
                              {u"reject_calls"_s, true}}));
    }

    void listDecodesThePage()
    {
        answerWith(CannedResponse::json(
            200, QJsonObject{{u"page"_s, 2},
                             {u"size"_s, 1},
                             {u"total"_s, 3},
                             {u"total_pages"_s, 3},
                             {u"content"_s, QJsonArray{instanceJson(u"Support"_s)}},
                             {u"summary"_s, QJsonObject{{u"TRIALING"_s, 3}}}}));
        Captured<InstancePage> page;
        m_instances->list({2, 1, u" supp "_s, u"name"_s, true, {}, {}}, this, page.callback());
        QTRY_VERIFY(page.result);
        QVERIFY(page.result->ok());
        QCOMPARE(page.value().page, 2);
        QCOMPARE(page.value().totalPages, 3);
        QCOMPARE(page.value().content.first().name, u"Support"_s);
        QCOMPARE(page.value().summary.first().key, u"TRIALING"_s);
        QCOMPARE(lastApiRequest().path, "/instances/list");
        QCOMPARE(lastApiRequest().json().object().value("filter"_L1).toObject(),
                 (QJsonObject{{u"query"_s, u"supp"_s}}));
    }

    void getAcceptsBareAndEnvelopedReplies_data()
    {
        QTest::addColumn<bool>("enveloped");
        QTest::newRow("bare") << false;
        QTest::newRow("enveloped") << true;
    }

    void getAcceptsBareAndEnvelopedReplies()
    {
        QFETCH(bool, enveloped);
        const QJsonObject instance = instanceJson(u"Support"_s);
        answerWith(CannedResponse::json(200, enveloped ? envelope(instance) : instance));
        Captured<Instance> result;
        m_instances->get(kId, this, result.callback());
        QTRY_VERIFY(result.result);
        QVERIFY(result.result->ok());
        QCOMPARE(result.value().name, u"Support"_s);
        QCOMPARE(result.value().billingStatus, u"TRIALING"_s);
        QCOMPARE(lastApiRequest().method, "POST");
        QCOMPARE(lastApiRequest().path, "/instances/get");
        QCOMPARE(lastApiRequest().json().object(), (QJsonObject{{u"id"_s, kId}}));
    }

    void updatePatchesOnlyTheChanges()
    {
        answerWith(CannedResponse::json(200, instanceJson(u"Commercial"_s)));
        InstanceChanges changes;
        changes.name = u"Commercial"_s;
        changes.autoReadMessages = true;
        Captured<Instance> updated;
        m_instances->update(kId, changes, u"inst_abc"_s, this, updated.callback());
        QTRY_VERIFY(updated.result);
        QCOMPARE(updated.value().name, u"Commercial"_s);
        const RecordedRequest request = lastApiRequest();
        QCOMPARE(request.method, "PATCH");
        QCOMPARE(request.path, "/instances/" + kId.toLatin1());
        QCOMPARE(request.header("X-Instance-Token"), "inst_abc");
        QCOMPARE(request.json().object(),
                 (QJsonObject{{u"name"_s, u"Commercial"_s}, {u"auto_read_messages"_s, true}}));
    }

    void restartReturnsTheActionResult()
    {
        CannedResponse reply =
            CannedResponse::json(200, QJsonObject{{u"instance_id"_s, kId},
                                                  {u"status"_s, u"RESTARTING"_s},
                                                  {u"details"_s, u"restart queued"_s}});
        reply.headers.append({QByteArray("X-Request-Id"), QByteArray("req-restart-1")});
        answerWith(reply);
        Captured<ActionResult> result;
        m_instances->restart(kId, {}, this, result.callback());
        QTRY_VERIFY(result.result);
        // The action log records where a success came from, as it does for failures.
        QCOMPARE(result.result->reply().httpStatus, 200);
        QCOMPARE(result.result->reply().requestId, u"req-restart-1"_s);
        QCOMPARE(result.value().status, u"RESTARTING"_s);
        QCOMPARE(result.value().details, u"restart queued"_s);
        QCOMPARE(lastApiRequest().method, "POST");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/restart");
        QVERIFY(!lastApiRequest().hasHeader("X-Instance-Token"));
    }

    void deleteAcceptsNoContent()
    {
        answerWith(CannedResponse::noContent());
        Captured<Done> result;
        m_instances->remove(kId, u"inst_abc"_s, this, result.callback());
        QTRY_VERIFY(result.result);
        QVERIFY(result.result->ok());
        QCOMPARE(result.result->reply().httpStatus, 204);
        QCOMPARE(lastApiRequest().method, "DELETE");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1());
        QVERIFY(lastApiRequest().body.isEmpty());
    }

    void deleteOfAMissingInstanceIsNotFound()
    {
        answerWith(CannedResponse::json(404, QJsonObject{{u"success"_s, false},
                                                         {u"code"_s, u"not_found"_s},
                                                         {u"message"_s, u"Instance not found"_s}}));
        Captured<Done> result;
        m_instances->remove(kId, {}, this, result.callback());
        QTRY_VERIFY(result.result);
        QVERIFY(result.error().isNotFound());
        QCOMPARE(result.error().message, u"Instance not found"_s);
    }

    void subscribeDirectAndCheckout()
    {
        answerWith(CannedResponse::json(200, QJsonObject{{u"mode"_s, u"direct"_s},
                                                         {u"subscription_id"_s, u"sub_1"_s},
                                                         {u"url"_s, u""_s}}));
        Captured<BillingSession> direct;
        m_instances->subscribe(kId, {}, {}, this, direct.callback());
        QTRY_VERIFY(direct.result);
        QVERIFY(!direct.value().isCheckout());
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/subscribe");
        QCOMPARE(lastApiRequest().json(), QJsonDocument(QJsonObject()));
        QCOMPARE(lastApiRequest().header("Content-Type"), "application/json");

        answerWith(
            CannedResponse::json(200, QJsonObject{{u"mode"_s, u"checkout"_s},
                                                  {u"url"_s, u"https://checkout.example/cs_1"_s},
                                                  {u"session_id"_s, u"cs_1"_s}}));
        Captured<BillingSession> checkout;
        m_instances->subscribe(kId, {u"https://example.com/ok"_s, {}}, {}, this,
                               checkout.callback());
        QTRY_VERIFY(checkout.result);
        QVERIFY(checkout.value().isCheckout());
        QCOMPARE(checkout.value().url, u"https://checkout.example/cs_1"_s);
        QCOMPARE(lastApiRequest().json().object(),
                 (QJsonObject{{u"success_url"_s, u"https://example.com/ok"_s}}));
    }

    void resumeAndCancel()
    {
        answerWith(CannedResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}}));
        Captured<ActionResult> resumed;
        m_instances->resumeSubscription(kId, {}, this, resumed.callback());
        QTRY_VERIFY(resumed.result);
        QCOMPARE(resumed.value().status, u"ok"_s);
        QCOMPARE(lastApiRequest().method, "POST");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/resume-subscription");

        answerWith(CannedResponse::json(
            200, QJsonObject{{u"message"_s, u"Cancellation scheduled for 2026-12-26"_s}}));
        Captured<CancelResult> cancelled;
        m_instances->cancel(kId, {}, this, cancelled.callback());
        QTRY_VERIFY(cancelled.result);
        QCOMPARE(cancelled.value().message, u"Cancellation scheduled for 2026-12-26"_s);
        QCOMPARE(lastApiRequest().method, "PUT");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/cancel");
    }

    void sessionStatusIsEnveloped()
    {
        answerWith(CannedResponse::json(200, envelope(QJsonObject{{u"connected"_s, true},
                                                                  {u"phone"_s, u"5511912345678"_s},
                                                                  {u"push_name"_s, u"Acme"_s}})));
        Captured<SessionStatus> status;
        m_session->status(kId, u"inst_abc"_s, this, status.callback());
        QTRY_VERIFY(status.result);
        QVERIFY(status.value().connected);
        QCOMPARE(status.value().pushName, u"Acme"_s);
        QCOMPARE(lastApiRequest().method, "GET");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/session/status");
        QVERIFY(!lastApiRequest().hasHeader("Content-Type"));
    }

    void sessionQrPairingCodeAndDisconnect()
    {
        const QByteArray png("\x89PNG\r\n\x1a\n", 8);
        answerWith(CannedResponse::json(
            200, envelope(QJsonObject{{u"QRCode"_s, u"data:image/png;base64,"_s +
                                                        QString::fromLatin1(png.toBase64())}})));
        Captured<SessionQr> qr;
        m_session->qr(kId, {}, this, qr.callback());
        QTRY_VERIFY(qr.result);
        QCOMPARE(qr.value().imageBytes(), png);
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/session/qr");

        answerWith(
            CannedResponse::json(200, envelope(QJsonObject{{u"linking_code"_s, u"WXYZ-1234"_s}})));
        Captured<PairingCode> code;
        m_session->pairingCode(kId, u"+55 11 91234-5678"_s, {}, this, code.callback());
        QTRY_VERIFY(code.result);
        QCOMPARE(code.value().linkingCode, u"WXYZ-1234"_s);
        QCOMPARE(lastApiRequest().path,
                 "/instances/" + kId.toLatin1() + "/session/paircode/5511912345678");

        answerWith(CannedResponse::json(
            200, envelope(QJsonObject{{u"instance_id"_s, kId}, {u"status"_s, u"DISCONNECTED"_s}})));
        Captured<ActionResult> disconnected;
        m_session->disconnect(kId, {}, this, disconnected.callback());
        QTRY_VERIFY(disconnected.result);
        QCOMPARE(disconnected.value().status, u"DISCONNECTED"_s);
        QCOMPARE(lastApiRequest().method, "POST");
        QCOMPARE(lastApiRequest().path, "/instances/" + kId.toLatin1() + "/session/disconnect");
    }

    void genericRequestReachesAnyPath()
    {
        answerWith(CannedResponse::json(200, envelope(QJsonObject{{u"ok"_s, true}})));
        Captured<RawReply> reply;
        m_client->request("post", u"instances/VZ1/webhook?verbose=1"_s,
                          QJsonDocument(QJsonObject{{u"url"_s, u"https://example.com"_s}}),
                          u"inst_abc"_s, this, reply.callback());
        QTRY_VERIFY(reply.result);
        QVERIFY(reply.result->ok());
        QCOMPARE(reply.value().data.toObject().value("ok"_L1).toBool(), true);
        QVERIFY(reply.value().body.toObject().contains("success"_L1));
        const RecordedRequest request = lastApiRequest();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/instances/VZ1/webhook?verbose=1");
        QCOMPARE(request.header("X-Instance-Token"), "inst_abc");
        QCOMPARE(request.json().object(), (QJsonObject{{u"url"_s, u"https://example.com"_s}}));
    }

    void genericRequestWithEmptyReplyAndRefusedFullUrl()
    {
        answerWith(CannedResponse::noContent());
        Captured<RawReply> reply;
        m_client->request("DELETE", u"/instances/VZ1"_s, {}, {}, this, reply.callback());
        QTRY_VERIFY(reply.result);
        QVERIFY(reply.result->ok());
        QCOMPARE(reply.value().httpStatus, 204);
        QVERIFY(reply.value().data.isUndefined());

        const int before = m_server->requestCount();
        Captured<RawReply> refused;
        m_client->request("GET", u"https://elsewhere.example/steal"_s, {}, {}, this,
                          refused.callback());
        QTRY_VERIFY(refused.result);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(m_server->requestCount(), before);
    }

    void baseUrlPathPrefixIsKept()
    {
        m_client->setBaseUrl(m_server->baseUrl().resolved(QUrl(u"/api/v1/"_s)));
        answerWith(CannedResponse::json(200, instanceJson(u"Support"_s)));
        Captured<Instance> result;
        m_instances->get(kId, this, result.callback());
        QTRY_VERIFY(result.result);
        QCOMPARE(m_server->requests().first().path, "/api/v1/token");
        QCOMPARE(lastApiRequest().path, "/api/v1/instances/get");
    }
};

QTEST_GUILESS_MAIN(TestApiClientOperations)
#include "tst_apiclient_operations.moc"
