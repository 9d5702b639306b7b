// Self-test for TestHttpServer: exercised through a plain QNetworkAccessManager and, where the
// wire format matters (pipelining, split reads, chunked bodies), through a raw QTcpSocket.
#include "tests/support/HttpRequestParser.h"
#include "tests/support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace vzaps::test;

namespace {
using ReplyPtr = std::unique_ptr<QNetworkReply>;

QUrl urlFor(const TestHttpServer &server, const QString &pathAndQuery)
{
    return QUrl(server.baseUrl().toString() + pathAndQuery);
}

bool waitFinished(QNetworkReply *reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(timeoutMs);
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char('a' + (i * 7 + i / 1024) % 26);
    return data;
}

// Collects everything a raw client socket receives.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;
    explicit RawClient(const TestHttpServer &server)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(server.baseUrl().host(), quint16(server.baseUrl().port()));
    }
};

QByteArray okText(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}
} // namespace

class TestTestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsRequestsAndSendsHeaders();
    void defaultHandlerAnswers404();
    void keepAliveServesQueueThenHandlerOnOneConnection();
    void pipelinedSplitAndChunkedRequests();
    void malformedRequestGets400AndClose();
    void delayedReplyDoesNotBlockOtherConnections();
    void neverAnswerKeepsSocketOpen();
    void closeConnectionClosesWithoutReply();
    void multiMebibyteBodiesBothWays();
    void noContentAndHeadHaveNoBody();
    void destroyingServerWithPendingRepliesIsSafe();
    void parserHandlesEverySplitPoint();
};

void TestTestHttpServer::recordsRequestsAndSendsHeaders()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.baseUrl().port() > 0);

    QSignalSpy received(&server, &TestHttpServer::requestReceived);
    server.enqueue(
        CannedResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("VZ/1")}})
            .withHeader("X-Trace", "abc"));

    QNetworkAccessManager nam;
    QNetworkRequest request(urlFor(server, QStringLiteral("/instances/VZ%2F1/restart?force=true")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer t0ken");
    ReplyPtr reply(nam.post(request, QByteArrayLiteral(R"({"reason":"test"})")));
    QVERIFY(waitFinished(reply.get()));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply.get()), 201);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
             QByteArray("Created"));
    QCOMPARE(reply->rawHeader("X-Trace"), QByteArray("abc"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply->rawHeader("Connection"), QByteArray("keep-alive"));
    QCOMPARE(reply->readAll(), QByteArray(R"({"id":"VZ/1"})"));

    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest r = server.requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/instances/VZ%2F1/restart?force=true"));
    QVERIFY(r.hasHeader("authorization"));
    QVERIFY(!r.hasHeader("X-Missing"));
    QCOMPARE(r.header("AUTHORIZATION"), QByteArray("Bearer t0ken"));
    QCOMPARE(r.header("x-missing"), QByteArray());
    QCOMPARE(r.header("content-length"), QByteArray("17"));
    QVERIFY(std::any_of(r.headers.begin(), r.headers.end(),
                        [](const auto &h) { return h.first == "Authorization"; })); // as sent
    QCOMPARE(r.body, QByteArray(R"({"reason":"test"})"));
    QCOMPARE(r.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("test"));

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<RecordedRequest>().path, r.path);
    QCOMPARE(server.requests("POST", "/instances/").size(), 1);
    QCOMPARE(server.requests("", "/instances/VZ%2F1").size(), 1);
    QCOMPARE(server.requests("GET", "/instances/").size(), 0);
    QCOMPARE(server.requests("POST", "/other").size(), 0);

    server.clearRequests();
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(server.requests().isEmpty());
}

void TestTestHttpServer::defaultHandlerAnswers404()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    ReplyPtr reply(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/nothing")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), 404);
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("message")),
             QJsonValue(QStringLiteral("no handler")));
    QCOMPARE(server.requestCount(), 1);
}

void TestTestHttpServer::keepAliveServesQueueThenHandlerOnOneConnection()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(CannedResponse::text(200, "first"));
    server.enqueue(CannedResponse::json(202, QJsonArray{1, 2}));
    server.setHandler([](const RecordedRequest &r) {
        return CannedResponse::text(200, "handler " + r.method + ' ' + r.path + ' ' + r.body);
    });

    QNetworkAccessManager nam;
    const QList<QByteArray> expected = {"first", "[1,2]", "handler GET /c?x=1 ",
                                        "handler PUT /d payload", "handler DELETE /e "};
    QList<ReplyPtr> replies;
    for (int i = 0; i < expected.size(); ++i) {
        ReplyPtr reply;
        if (i == 3) {
            QNetworkRequest put(urlFor(server, QStringLiteral("/d")));
            put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
            reply.reset(nam.put(put, "payload"));
        } else if (i == 4) {
            reply.reset(nam.deleteResource(QNetworkRequest(urlFor(server, QStringLiteral("/e")))));
        } else {
            const QString path = i == 2 ? QStringLiteral("/c?x=1") : QStringLiteral("/ab");
            reply.reset(nam.get(QNetworkRequest(urlFor(server, path))));
        }
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), expected.at(i));
    }
    QCOMPARE(server.requestCount(), 5);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests("PUT", "/d").first().body, QByteArray("payload"));
}

void TestTestHttpServer::pipelinedSplitAndChunkedRequests()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &r) {
        return CannedResponse::text(200, r.method + ' ' + r.path + ' ' + r.body);
    });
    RawClient client(server);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);

    // Two pipelined requests in one write; the second one's head is cut mid-header.
    client.socket.write(
        "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Len");
    QTRY_COMPARE(server.requestCount(), 1);
    client.socket.write("gth: 5\r\n\r\nhel");
    QTRY_COMPARE(client.received, okText("GET /a "));
    client.socket.write("lo");
    // Chunked body with an extension and a trailer, split across writes.
    client.socket.write("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab");
    QTRY_COMPARE(server.requestCount(), 2);
    client.socket.write("c\r\n4;ext=1\r\ndefg\r\n0\r\nX-Trailer: 1\r\n\r\n");
    QTRY_COMPARE(server.requestCount(), 3);
    // Connection: close is honoured: reply, then the server closes.
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write("GET /d HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(disconnected.wait(5000));
    client.received += client.socket.readAll();

    const QByteArray last = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n"
                            "Connection: close\r\n\r\nGET /d ";
    QCOMPARE(client.received,
             okText("GET /a ") + okText("POST /b hello") + okText("POST /c abcdefg") + last);
    const QList<RecordedRequest> all = server.requests();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(1).body, QByteArray("hello"));
    QCOMPARE(all.at(2).body, QByteArray("abcdefg"));
    QCOMPARE(all.at(2).header("transfer-encoding"), QByteArray("chunked"));
    QCOMPARE(all.at(3).header("connection"), QByteArray("close"));
    QCOMPARE(server.connectionCount(), 1);
}

void TestTestHttpServer::malformedRequestGets400AndClose()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    RawClient client(server);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write("NONSENSE\r\n\r\n");
    QVERIFY(disconnected.wait(5000));
    client.received += client.socket.readAll();
    QVERIFY2(client.received.startsWith("HTTP/1.1 400 Bad Request\r\n"),
             client.received.constData());
    QVERIFY(client.received.contains("\r\nConnection: close\r\n"));
    QCOMPARE(server.requestCount(), 0);
}

void TestTestHttpServer::delayedReplyDoesNotBlockOtherConnections()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &r) {
        return r.path == "/slow" ? CannedResponse::text(200, "slow").withDelay(1000)
                                 : CannedResponse::text(200, "fast");
    });
    QNetworkAccessManager nam;
    QElapsedTimer elapsed;
    elapsed.start();
    ReplyPtr slow(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/slow")))));
    QTRY_COMPARE(server.requestCount(), 1);
    ReplyPtr fast(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/fast")))));
    QVERIFY(waitFinished(fast.get()));
    QCOMPARE(fast->readAll(), QByteArray("fast"));
    QVERIFY(!slow->isFinished()); // the delay is a timer, not a blocking wait
    QVERIFY(waitFinished(slow.get()));
    QVERIFY(elapsed.elapsed() >= 900);
    QCOMPARE(slow->error(), QNetworkReply::NoError);
    QCOMPARE(slow->readAll(), QByteArray("slow"));
    QCOMPARE(server.connectionCount(), 2);
}

void TestTestHttpServer::neverAnswerKeepsSocketOpen()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(CannedResponse::neverAnswer());
    QNetworkAccessManager nam;
    QNetworkRequest request(urlFor(server, QStringLiteral("/hang")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    request.setTransferTimeout(300);
    ReplyPtr reply(nam.post(request, "data"));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                 reply->error() == QNetworkReply::TimeoutError,
             qPrintable(reply->errorString()));
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().body, QByteArray("data"));

    // On a raw socket: the request is recorded, nothing comes back, the socket stays open.
    server.enqueue(CannedResponse::neverAnswer());
    RawClient client(server);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QSignalSpy activity(&client.socket, &QTcpSocket::readyRead);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write("GET /hang2 HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(server.requestCount(), 2);
    QVERIFY(!activity.wait(300));
    QCOMPARE(disconnected.size(), 0);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestTestHttpServer::closeConnectionClosesWithoutReply()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &) { return CannedResponse::closeConnection(); });
    QNetworkAccessManager nam;
    ReplyPtr reply(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/drop")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY(server.requestCount() >= 1); // QNAM may retry a request on a closed connection
    QCOMPARE(server.requests("GET", "/drop").size(), server.requestCount());

    // A delayed close, then the server is still usable for new connections.
    server.enqueue(CannedResponse::closeConnection().withDelay(50));
    RawClient client(server);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(client.received + client.socket.readAll(), QByteArray());

    server.setHandler({});
    server.enqueue(CannedResponse::text(200, "back"));
    ReplyPtr again(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/again")))));
    QVERIFY(waitFinished(again.get()));
    QCOMPARE(again->readAll(), QByteArray("back"));
}

void TestTestHttpServer::multiMebibyteBodiesBothWays()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray upload = pattern(8 * 1024 * 1024 + 13);
    const QByteArray download = pattern(6 * 1024 * 1024 + 7);
    server.setHandler([&](const RecordedRequest &r) {
        if (r.method == "POST")
            return CannedResponse::text(200, QByteArray::number(r.body.size()));
        return CannedResponse::text(200, download, "application/octet-stream");
    });
    QNetworkAccessManager nam;
    QNetworkRequest request(urlFor(server, QStringLiteral("/upload")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/octet-stream"));
    ReplyPtr up(nam.post(request, upload));
    QVERIFY(waitFinished(up.get(), 60000));
    QCOMPARE(up->error(), QNetworkReply::NoError);
    QCOMPARE(up->readAll(), QByteArray::number(upload.size()));
    QVERIFY(server.requests().first().body == upload);

    ReplyPtr down(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/download")))));
    QVERIFY(waitFinished(down.get(), 60000));
    QCOMPARE(down->error(), QNetworkReply::NoError);
    QCOMPARE(down->header(QNetworkRequest::ContentLengthHeader).toLongLong(), download.size());
    QVERIFY(down->readAll() == download);
    QCOMPARE(server.connectionCount(), 1);
}

void TestTestHttpServer::noContentAndHeadHaveNoBody()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(CannedResponse::noContent().withHeader("X-Done", "yes"));
    server.enqueue(CannedResponse::text(200, "hello"));
    server.enqueue(CannedResponse::text(200, "after"));
    QNetworkAccessManager nam;

    ReplyPtr none(nam.deleteResource(QNetworkRequest(urlFor(server, QStringLiteral("/item/1")))));
    QVERIFY(waitFinished(none.get()));
    QCOMPARE(none->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(none.get()), 204);
    QCOMPARE(none->rawHeader("X-Done"), QByteArray("yes"));
    QVERIFY(!none->hasRawHeader("Content-Length"));
    QCOMPARE(none->readAll(), QByteArray());

    ReplyPtr head(nam.head(QNetworkRequest(urlFor(server, QStringLiteral("/item/2")))));
    QVERIFY(waitFinished(head.get()));
    QCOMPARE(statusOf(head.get()), 200);
    QCOMPARE(head->rawHeader("Content-Length"), QByteArray("5"));
    QCOMPARE(head->readAll(), QByteArray());

    // The connection is still correctly framed after the bodiless replies.
    ReplyPtr after(nam.get(QNetworkRequest(urlFor(server, QStringLiteral("/item/3")))));
    QVERIFY(waitFinished(after.get()));
    QCOMPARE(after->readAll(), QByteArray("after"));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(1).method, QByteArray("HEAD"));
}

void TestTestHttpServer::destroyingServerWithPendingRepliesIsSafe()
{
    auto server = std::make_unique<TestHttpServer>();
    QVERIFY(server->listen());
    server->setHandler([](const RecordedRequest &r) {
        return r.path == "/never" ? CannedResponse::neverAnswer()
                                  : CannedResponse::text(200, "late").withDelay(200);
    });
    QNetworkAccessManager nam;
    ReplyPtr delayed(nam.get(QNetworkRequest(urlFor(*server, QStringLiteral("/delayed")))));
    ReplyPtr never(nam.get(QNetworkRequest(urlFor(*server, QStringLiteral("/never")))));
    QTRY_COMPARE(server->requestCount(), 2);
    server.reset();

    QVERIFY(waitFinished(delayed.get()));
    QVERIFY(waitFinished(never.get()));
    QVERIFY(delayed->error() != QNetworkReply::NoError);
    QVERIFY(never->error() != QNetworkReply::NoError);
    // Run the event loop past the cancelled delay: its timer must not fire on a dead socket.
    QTimer pastDelay;
    pastDelay.setSingleShot(true);
    QSignalSpy elapsed(&pastDelay, &QTimer::timeout);
    pastDelay.start(400);
    QVERIFY(elapsed.wait(5000));
}

void TestTestHttpServer::parserHandlesEverySplitPoint()
{
    const QByteArray wire = "\r\nGET /a?q=1 HTTP/1.1\r\nHost: x\r\nX-Empty:\r\n\r\n"
                            "POST /b HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody"
                            "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "2\r\nab\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n"
                            "DELETE /d HTTP/1.0\r\n\r\n";
    for (qsizetype step = 1; step <= wire.size(); ++step) {
        HttpRequestParser parser;
        QList<RecordedRequest> out;
        QList<bool> keepAlive;
        for (qsizetype pos = 0; pos < wire.size(); pos += step) {
            parser.feed(wire.mid(pos, step));
            HttpRequestParser::Result result;
            while ((result = parser.next()) == HttpRequestParser::Result::Request) {
                out.append(parser.takeRequest());
                keepAlive.append(parser.keepAlive());
            }
            QCOMPARE(result, HttpRequestParser::Result::NeedMore);
        }
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).path, QByteArray("/a?q=1"));
        QCOMPARE(out.at(0).headers.size(), 2);
        QVERIFY(out.at(0).hasHeader("x-empty"));
        QCOMPARE(out.at(1).body, QByteArray("body"));
        QCOMPARE(out.at(2).method, QByteArray("PUT"));
        QCOMPARE(out.at(2).body, QByteArray("ab0123456789"));
        QCOMPARE(out.at(3).method, QByteArray("DELETE"));
        QCOMPARE(keepAlive, QList<bool>({true, true, true, false})); // HTTP/1.0 defaults to close
    }

    for (const QByteArray &bad :
         {QByteArray("GET /\r\n\r\n"), QByteArray("GET / HTTP/2\r\n\r\n"),
          QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n"),
          QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"),
          QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"),
          QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")}) {
        HttpRequestParser parser;
        parser.feed(bad);
        QCOMPARE(parser.next(), HttpRequestParser::Result::Error);
        QVERIFY(!parser.errorString().isEmpty());
    }
}

QTEST_MAIN(TestTestHttpServer)
#include "tst_testhttpserver.moc"
