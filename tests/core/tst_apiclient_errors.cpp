// ApiClient against a local server when things go wrong (docs/api-contract.md §1.5, §1.6):
// rate limits, retries of reads only, server errors, timeouts, bad replies,
// huge replies, cancellation and the lifetime of calls.
#include "core/api/ApiCall.h"
#include "core/api/InstancesApi.h"
#include "tests/support/ApiTestFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

namespace {
QJsonObject emptyPage()
{
    return {{u"page"_s, 1}, {u"size"_s, 20}, {u"total"_s, 0}, {u"content"_s, QJsonArray()}};
}
} // namespace

class TestApiClientErrors : public QObject, protected ClientFixture
{
    Q_OBJECT

private:
    int callsTo(QByteArrayView path) const { return m_server->requests({}, path).size(); }

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }

    void cleanup() { tearDownClient(); }

    void rateLimitedReadWaitsRetryAfterThenSucceeds()
    {
        m_server->enqueue(CannedResponse::json(
            200, QJsonObject{{u"access_token"_s, u"eyJ.a.b"_s}, {u"expires_in"_s, 3600}}));
        m_server->enqueue(CannedResponse::json(429, QJsonObject{{u"message"_s, u"slow down"_s}})
                              .withHeader("Retry-After", "1"));
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, emptyPage());
        };
        QElapsedTimer elapsed;
        elapsed.start();
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 5000);
        QVERIFY2(page.result->ok(), page.why().constData());
        QCOMPARE(callsTo("/instances/list"), 2);
        QVERIFY2(elapsed.elapsed() >= 900, QByteArray::number(elapsed.elapsed()));
    }

    void rateLimitedMutationIsNotRetried()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(429, QJsonObject{{u"message"_s, u"slow down"_s},
                                                         {u"code"_s, u"rate_limit"_s}})
                .withHeader("Retry-After", "30");
        };
        Captured<Instance> created;
        m_instances->create({u"Support"_s, {}, {}, false, false, {}}, this, created.callback());
        QTRY_VERIFY(created.result);
        QCOMPARE(created.error().kind, ErrorKind::RateLimited);
        QCOMPARE(created.error().retryAfterSeconds, 30);
        QCOMPARE(created.error().code, u"rate_limit"_s);
        QVERIFY(created.error().describe().contains("30 s"_L1));
        QCOMPARE(callsTo("/instances/create"), 1);
    }

    void readsAreTriedAtMostThreeTimes()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(503, QJsonObject{{u"message"_s, u"maintenance"_s}});
        };
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY_WITH_TIMEOUT(instance.result, 5000);
        QCOMPARE(instance.error().kind, ErrorKind::Http);
        QCOMPARE(instance.error().httpStatus, 503);
        QCOMPARE(callsTo("/instances/get"), 3);
    }

    void retryAfterBeyondTheDeadlineIsReportedAtOnce()
    {
        m_client->setTimeout(std::chrono::seconds(2));
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(429, QJsonObject{{u"message"_s, u"later"_s}})
                .withHeader("Retry-After", "120");
        };
        QElapsedTimer elapsed;
        elapsed.start();
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QCOMPARE(page.error().kind, ErrorKind::RateLimited);
        QCOMPARE(page.error().retryAfterSeconds, 120);
        QCOMPARE(callsTo("/instances/list"), 1);
        QVERIFY(elapsed.elapsed() < 1500);
    }

    void serverErrorWithHtmlPageIsReadable()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::text(500,
                                        "<html><head><title>Oops</title></head><body><h1>Internal "
                                        "error</h1><p>upstream failed</p></body></html>",
                                        "text/html")
                .withHeader("X-Request-Id", "req-500");
        };
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY(instance.result);
        const ApiError &error = instance.error();
        QCOMPARE(error.kind, ErrorKind::Http);
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.message, u"Internal Server Error"_s);
        QVERIFY(error.details.contains("upstream failed"_L1));
        QVERIFY(!error.details.contains(u'<'));
        QVERIFY(!error.describe().contains(u'<'));
        QVERIFY(error.describe().contains("req-500"_L1));
        QCOMPARE(callsTo("/instances/get"), 1); // 500 is not retried
    }

    void silentServerTimesOutNearTheDeadline()
    {
        m_client->setTimeout(std::chrono::milliseconds(700));
        m_fake->routes = [](const RecordedRequest &) { return CannedResponse::neverAnswer(); };
        QElapsedTimer elapsed;
        elapsed.start();
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 5000);
        QCOMPARE(page.error().kind, ErrorKind::Timeout);
        QVERIFY2(elapsed.elapsed() >= 650 && elapsed.elapsed() < 2000,
                 QByteArray::number(elapsed.elapsed()));
        QCOMPARE(m_client->callsInFlight(), 0);
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QCOMPARE(page.error().kind, ErrorKind::Network);
        QVERIFY(page.error().describe().contains("could not be reached"_L1));
    }

    void droppedConnectionOnAReadStillGetsAnAnswer()
    {
        int listCalls = 0;
        m_fake->routes = [&listCalls](const RecordedRequest &request) {
            if (request.path == "/instances/list" && ++listCalls == 1)
                return CannedResponse::closeConnection();
            return CannedResponse::json(200, emptyPage());
        };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 5000);
        QVERIFY2(page.result->ok(), page.why().constData());
        QCOMPARE(listCalls, 2);
    }

    void droppedConnectionOnAMutationIsReported()
    {
        m_fake->routes = [](const RecordedRequest &) { return CannedResponse::closeConnection(); };
        Captured<Instance> created;
        m_instances->create({u"Support"_s, {}, {}, false, false, {}}, this, created.callback());
        QTRY_VERIFY_WITH_TIMEOUT(created.result, 5000);
        QCOMPARE(created.error().kind, ErrorKind::Network);
        // Qt's HTTP layer itself re-sends once when a kept-alive connection closes before
        // any reply byte (a stale-connection guard); the client adds no retry of its own.
        QVERIFY(callsTo("/instances/create") <= 2);
    }

    void gatewayErrorOnAMutationIsNotRetried()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(502, QJsonObject{{u"message"_s, u"bad gateway"_s}});
        };
        Captured<ActionResult> restarted;
        m_instances->restart(u"VZ1"_s, {}, this, restarted.callback());
        QTRY_VERIFY(restarted.result);
        QCOMPARE(restarted.error().httpStatus, 502);
        QCOMPARE(callsTo("/instances/VZ1/restart"), 1);
    }

    void malformedJsonOnSuccessIsADecodeError()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, QByteArray("{\"id\": \"VZ1\", "));
        };
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY(instance.result);
        QCOMPARE(instance.error().kind, ErrorKind::Decode);
        QCOMPARE(instance.error().httpStatus, 200);
    }

    void nonObjectReplyIsADecodeError()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, QJsonArray{1, 2});
        };
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY(instance.result);
        QCOMPARE(instance.error().kind, ErrorKind::Decode);
    }

    void failureEnvelopeOnSuccessStatusIsAnError()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, QJsonObject{{u"success"_s, false},
                                                         {u"code"_s, u"instance_locked"_s},
                                                         {u"message"_s, u"Instance is locked"_s}});
        };
        Captured<ActionResult> restarted;
        m_instances->restart(u"VZ1"_s, {}, this, restarted.callback());
        QTRY_VERIFY(restarted.result);
        QVERIFY(!restarted.result->ok());
        QCOMPARE(restarted.error().message, u"Instance is locked"_s);
        QCOMPARE(restarted.error().code, u"instance_locked"_s);
    }

    void replyOfSeveralMebibytesIsDecoded()
    {
        QJsonArray content;
        const QString padding(900, u'x');
        for (int i = 0; i < 5000; ++i)
            content.append(QJsonObject{{u"id"_s, u"VZ%1"_s.arg(i)}, {u"name"_s, padding}});
        const QJsonObject page{
            {u"page"_s, 1}, {u"size"_s, 5000}, {u"total"_s, 5000}, {u"content"_s, content}};
        m_fake->routes = [page](const RecordedRequest &) {
            return CannedResponse::json(200, page);
        };
        Captured<InstancePage> result;
        m_instances->list({}, this, result.callback());
        QTRY_VERIFY_WITH_TIMEOUT(result.result, 10000);
        QVERIFY(result.result->ok());
        QCOMPARE(result.value().content.size(), 5000);
        QCOMPARE(result.value().content.last().id, u"VZ4999"_s);
    }

    void invalidInputIsRefusedWithoutARequest()
    {
        Captured<Instance> created;
        m_instances->create({u"ab"_s, {}, {}, false, false, {}}, this, created.callback());
        QCOMPARE(created.calls, 0); // never synchronously
        QTRY_VERIFY(created.result);
        QCOMPARE(created.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void cancelledCallNeverCallsBack()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, emptyPage()).withDelay(300);
        };
        Captured<InstancePage> page;
        QPointer<ApiCall> call = m_instances->list({}, this, page.callback());
        QTRY_COMPARE(callsTo("/instances/list"), 1);
        call->cancel();
        QTRY_VERIFY(call.isNull());
        // A second call, delayed like the first: by its answer, the first reply is due too.
        Captured<InstancePage> later;
        m_instances->list({}, this, later.callback());
        QTRY_VERIFY(later.result);
        QVERIFY(later.result->ok());
        QCOMPARE(page.calls, 0);
        QCOMPARE(m_client->callsInFlight(), 0);
    }

    void destroyedContextCancelsTheCall()
    {
        m_fake->routes = [](const RecordedRequest &) { return CannedResponse::neverAnswer(); };
        auto *dialog = new QObject;
        Captured<InstancePage> page;
        QPointer<ApiCall> call = m_instances->list({}, dialog, page.callback());
        QTRY_COMPARE(callsTo("/instances/list"), 1);
        delete dialog;
        QTRY_VERIFY(call.isNull());
        QCOMPARE(page.calls, 0);
    }

    void destroyingTheClientAbortsEverything()
    {
        m_fake->routes = [](const RecordedRequest &) { return CannedResponse::neverAnswer(); };
        Captured<InstancePage> page;
        QPointer<ApiCall> call = m_instances->list({}, this, page.callback());
        QTRY_COMPARE(callsTo("/instances/list"), 1);
        delete m_instances;
        m_instances = nullptr;
        delete m_client;
        m_client = nullptr;
        QVERIFY(call.isNull());
        QCOMPARE(page.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "tst_apiclient_errors.moc"
