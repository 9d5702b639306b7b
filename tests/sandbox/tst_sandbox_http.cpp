// The sandbox's HTTP front end against raw sockets: it refuses early what is too big (a body
// by its Content-Length or as soon as de-chunking passes 1 MiB, a head over 64 KiB), closes
// idle connections, caps open connections, answers pipelined requests in order, and keeps
// keep-alive, chunked uploads, 100-continue and log lines that cannot be forged.
#include "tests/sandbox/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct RawResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// Runs the event loop (the sandbox lives on this thread too) until `signal` or `ms` pass.
template<typename Signal>
void waitFor(QTcpSocket &socket, Signal signal, int ms)
{
    QSignalSpy spy(&socket, signal);
    spy.wait(ms);
}

// A client socket that reads whole responses (status line, headers, Content-Length body).
// Its waits run the event loop, so the in-process sandbox answers meanwhile.
class RawClient
{
public:
    explicit RawClient(vzsandbox::SandboxServer &server)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, server.port());
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            waitFor(m_socket, &QTcpSocket::connected, 5000);
    }

    QTcpSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }

    // The next response, or status 0 if none came whole within `timeoutMs`.
    RawResponse next(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            m_buffer += m_socket.readAll();
            if (std::optional<RawResponse> response = parse())
                return *response;
            if (timer.elapsed() > timeoutMs || m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            waitFor(m_socket, &QTcpSocket::readyRead, 50);
        }
        m_buffer += m_socket.readAll();
        return parse().value_or(RawResponse());
    }

    // Waits until the server has closed the connection.
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            waitFor(m_socket, &QTcpSocket::readyRead, 50);
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    std::optional<RawResponse> parse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        RawResponse response;
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray requestWith(const QByteArray &head, const Headers &auth, const QByteArray &body = {})
{
    QByteArray request = head + "\r\nHost: sandbox\r\n";
    for (const auto &header : auth)
        request += header.first + ": " + header.second + "\r\n";
    if (!body.isNull())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return request + "\r\n" + body;
}

const QByteArray kTokenBody =
    "{\"client_token\":\"test-client-token\",\"client_secret\":\"test-client-secret\"}";

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;

    void startWith(const vzsandbox::SandboxOptions &options)
    {
        client = std::make_unique<SandboxTestClient>(options);
        QVERIFY2(client->started(), qPrintable(client->startError()));
        QVERIFY(!client->token().isEmpty());
    }

private Q_SLOTS:
    void init() { startWith({}); }

    void bodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent()
    {
        RawClient raw(client->server());
        // 300 MB announced, none of it sent: the 413 comes on the headers alone.
        QByteArray head = "PUT /instances/create HTTP/1.1\r\nHost: sandbox\r\n";
        for (const auto &header : client->authHeaders())
            head += header.first + ": " + header.second + "\r\n";
        raw.write(head + "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n");
        const RawResponse response = raw.next();
        QCOMPARE(response.status, 413);
        QCOMPARE(response.header("Connection"), "close"_ba);
        QVERIFY(response.body.contains("payload_too_large"));
        QVERIFY(raw.waitForClose(5000));
    }

    void chunkedBodyIsRefusedAsSoonAsItPassesTheLimit()
    {
        RawClient raw(client->server());
        QByteArray head = "PUT /instances/create HTTP/1.1\r\nHost: sandbox\r\n";
        for (const auto &header : client->authHeaders())
            head += header.first + ": " + header.second + "\r\n";
        raw.write(head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
        qint64 sent = 0;
        RawResponse response;
        // Up to 64 MiB would be sent; the answer must come long before.
        while (sent < 64 * 1024 * 1024 && raw.isConnected()) {
            raw.write(chunk);
            sent += 0x10000;
            while (raw.socket().bytesToWrite() > 256 * 1024 && raw.isConnected())
                waitFor(raw.socket(), &QTcpSocket::bytesWritten, 1000);
            if (raw.socket().bytesAvailable() > 0 || sent % (1024 * 1024) == 0) {
                response = raw.next(10);
                if (response.status != 0)
                    break;
            }
        }
        if (response.status == 0)
            response = raw.next();
        QCOMPARE(response.status, 413);
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
    }

    void chunkedUploadWithinTheLimitWorks()
    {
        RawClient raw(client->server());
        const QByteArray body = kTokenBody;
        raw.write("POST /token HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n" +
                  QByteArray::number(20, 16) + "\r\n" + body.left(20) + "\r\n" +
                  QByteArray::number(body.size() - 20, 16) + ";ext=1\r\n" + body.mid(20) +
                  "\r\n0\r\nX-Trailer: t\r\n\r\n");
        const RawResponse response = raw.next();
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("access_token"));
        // Kept alive: the same connection answers again.
        raw.write("GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n");
        QCOMPARE(raw.next().status, 404);
    }

    void expectContinueGetsA100First()
    {
        RawClient raw(client->server());
        const QByteArray body = kTokenBody;
        raw.write("POST /token HTTP/1.1\r\nHost: sandbox\r\nExpect: 100-continue\r\n"
                  "Content-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n");
        QCOMPARE(raw.next().status, 100);
        raw.write(body);
        QCOMPARE(raw.next().status, 200);
    }

    void headOverTheLimitIs431_data()
    {
        QTest::addColumn<bool>("complete");
        QTest::newRow("one long header") << true;
        QTest::newRow("a head that never ends") << false;
    }

    void headOverTheLimitIs431()
    {
        QFETCH(bool, complete);
        RawClient raw(client->server());
        raw.write("GET /instances HTTP/1.1\r\nX-Filler: ");
        for (int i = 0; i < (complete ? 70 : 4096) && raw.isConnected(); ++i) {
            raw.write(QByteArray(1024, 'x'));
            if (!complete && raw.socket().bytesAvailable() > 0)
                break;
            if (!complete)
                waitFor(raw.socket(), &QTcpSocket::readyRead, 1);
        }
        if (complete)
            raw.write("\r\n\r\n");
        const RawResponse response = raw.next();
        QCOMPARE(response.status, 431);
        QVERIFY(response.body.contains("64 KiB"));
        QVERIFY(raw.waitForClose(5000));
    }

    void idleConnectionsAreClosed()
    {
        vzsandbox::SandboxOptions options;
        options.idleTimeoutMs = 400;
        startWith(options);

        RawClient silent(client->server());
        QVERIFY(silent.isConnected());
        QVERIFY(silent.waitForClose(3000));

        // Half a request, then nothing: told so, then closed.
        RawClient partial(client->server());
        partial.write("POST /instances/list HTTP/1.1\r\nHost: sa");
        QCOMPARE(partial.next(3000).status, 408);
        QVERIFY(partial.waitForClose(3000));

        // A connection in use is not idle: three requests answered 300 ms late each keep it
        // open for well past the 400 ms timeout.
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 300}}).status, 200);
        RawClient busy(client->server());
        QElapsedTimer inUse;
        inUse.start();
        for (int i = 0; i < 3; ++i) {
            busy.write(requestWith("POST /instances/list HTTP/1.1", client->authHeaders(), "{}"));
            QCOMPARE(busy.next().status, 200);
        }
        QVERIFY(inUse.elapsed() >= 900);
        QVERIFY(busy.isConnected());
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}}).status, 200);
    }

    void connectionsBeyondTheCapGet503AndALogLine()
    {
        vzsandbox::SandboxOptions options;
        options.maxConnections = 3;
        startWith(options);
        QSignalSpy logged(&client->server(), &vzsandbox::SandboxServer::requestLogged);
        client->network().clearConnectionCache(); // the token's connection
        QTRY_COMPARE(client->server().openConnections(), 0);

        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>(client->server()));
            open.back()->write("GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n");
            QCOMPARE(open.back()->next().status, 404); // accepted and served
        }
        // A client that sent its request at once still reads the 503, not a reset.
        RawClient refused(client->server());
        refused.write(requestWith("POST /instances/list HTTP/1.1", client->authHeaders(),
                                  QByteArray(200 * 1024, ' ')));
        const RawResponse busy = refused.next();
        QCOMPARE(busy.status, 503);
        QVERIFY(busy.body.contains("too_many_connections"));
        QVERIFY(refused.waitForClose(3000));
        QTRY_VERIFY(std::any_of(logged.cbegin(), logged.cend(), [](const QList<QVariant> &args) {
            return args.first().toString().startsWith("connection limit: 3 connections"_L1);
        }));

        // One closes: there is room again.
        open.front()->socket().disconnectFromHost();
        open.erase(open.begin());
        QTRY_COMPARE(client->server().openConnections(), 2);
        RawClient again(client->server());
        again.write("GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n");
        QCOMPARE(again.next().status, 404);
    }

    void pipelinedRepliesLeaveInRequestOrder()
    {
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 300}}).status, 200);
        RawClient raw(client->server());
        // A delayed API call, then a 404 that is answered at once: the 404 must wait its turn.
        raw.write(requestWith("POST /instances/list HTTP/1.1", client->authHeaders(), "{}") +
                  "GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n" +
                  requestWith("POST /instances/get HTTP/1.1", client->authHeaders(),
                              "{\"id\":\"VZNOPE\"}"));
        QCOMPARE(raw.next().status, 200);
        QCOMPARE(raw.next().status, 404);
        const RawResponse third = raw.next();
        QCOMPARE(third.status, 404);
        QVERIFY(third.body.contains("instance_not_found"));
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}}).status, 200);
    }

    void theLastRequestIsAnsweredBeforeTheConnectionCloses()
    {
        // A quick answer, then a delayed one that ends the connection: the connection must not
        // close when the first has gone out.
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 300}}).status, 200);
        RawClient raw(client->server());
        QByteArray closing =
            requestWith("POST /instances/list HTTP/1.1", client->authHeaders(), "{}");
        closing.replace("Host: sandbox\r\n", "Host: sandbox\r\nConnection: close\r\n");
        raw.write("GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n" + closing);
        QCOMPARE(raw.next().status, 404);
        const RawResponse last = raw.next();
        QCOMPARE(last.status, 200);
        QCOMPARE(last.header("Connection"), "close"_ba);
        QVERIFY(raw.waitForClose(5000));
        QCOMPARE(client->call("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}}).status, 200);
    }

    void aWebSocketUpgradeAfterAnotherRequestIsRefused()
    {
        RawClient raw(client->server());
        raw.write("GET /nowhere HTTP/1.1\r\nHost: sandbox\r\n\r\n"
                  "GET /events/ws HTTP/1.1\r\nHost: sandbox\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QCOMPARE(raw.next().status, 404);
        QCOMPARE(raw.next().status, 400);
    }

    void logLinesCannotBeForged()
    {
        QSignalSpy logged(&client->server(), &vzsandbox::SandboxServer::requestLogged);
        RawClient raw(client->server());
        raw.write("GET /a%0d%0aPOST%20/token%20200%200.1%20ms HTTP/1.1\r\nHost: sandbox\r\n\r\n");
        QCOMPARE(raw.next().status, 404);
        QTRY_COMPARE(logged.size(), 1);
        const QString line = logged.first().first().toString();
        QVERIFY2(!line.contains(u'\r') && !line.contains(u'\n'), qPrintable(line));
        QVERIFY2(line.startsWith("GET /a\\x0d\\x0aPOST /token 200 0.1 ms 404 "_L1),
                 qPrintable(line));
    }

    void malformedFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("length and chunked") << "POST /token HTTP/1.1\r\nContent-Length: 2\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba
                                            << 400;
        QTest::newRow("two lengths") << "POST /token HTTP/1.1\r\nContent-Length: 2\r\n"
                                        "Content-Length: 3\r\n\r\n{}"_ba
                                     << 400;
        QTest::newRow("negative length")
            << "POST /token HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400;
        QTest::newRow("bad chunk size") << "POST /token HTTP/1.1\r\nTransfer-Encoding: chunked"
                                           "\r\n\r\nzz\r\n"_ba
                                        << 400;
        QTest::newRow("gzip coding")
            << "POST /token HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501;
        QTest::newRow("HTTP/2 line") << "GET / HTTP/2.0\r\n\r\n"_ba << 505;
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
    }

    void malformedFramingIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawClient raw(client->server());
        raw.write(bytes);
        QCOMPARE(raw.next().status, status);
        QVERIFY(raw.waitForClose(5000));
        QCOMPARE(client->call("POST", u"/instances/list"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
