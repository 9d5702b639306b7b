// ApiClient reads at most ApiClient::kMaxReplyBytes of any reply: a larger Content-Length is
// refused before the body is read, and a body without one is cut off as soon as it passes the
// cap, so a hostile server cannot make the client's memory grow without bound.
#include "tests/support/ApiTestFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Answers every request with a chunked JSON body that never ends (or ends after `limit`
// bytes, so a client without a cap cannot take the test machine down). It writes only while
// the socket's send buffer is nearly empty: what it has sent is what the client took.
class EndlessReplyServer : public QObject
{
public:
    explicit EndlessReplyServer(qint64 limit)
        : m_limit(limit)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    qint64 bodyBytesSent() const { return m_sent; }
    qint64 limit() const { return m_limit; }
    // Whether the client still holds a connection open.
    bool hasConnection() const { return m_open > 0; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_head += socket->readAll();
            if (m_started || !m_head.contains("\r\n\r\n"))
                return;
            m_started = true;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            writeMore(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { writeMore(socket); });
    }

    void writeMore(QTcpSocket *socket)
    {
        static const QByteArray chunk = [] {
            QByteArray payload(64 * 1024, ' ');
            payload[0] = '[';
            return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
        }();
        while (socket->bytesToWrite() < 256 * 1024 && m_sent < m_limit &&
               socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(chunk);
            m_sent += 64 * 1024;
        }
    }

    QTcpServer m_server;
    QByteArray m_head;
    bool m_started = false;
    qint64 m_sent = 0;
    qint64 m_limit;
    int m_open = 0;
};

// Linux: the process's peak resident set since the last resetPeakMemory(), in bytes.
qint64 statusField(const char *name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

bool underAddressSanitizer()
{
#ifdef __SANITIZE_ADDRESS__ // GCC's; the sanitizer builds use GCC
    return true;
#else
    return false;
#endif
}

} // namespace

class TestApiClientLimits : public QObject, protected ClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

    void announcedHugeReplyIsRefusedBeforeItsBody()
    {
        // The headers promise 500 MB and the body never comes: refused on the header, not
        // after the 10 s deadline.
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(200, QByteArray("["))
                .withHeader("Content-Length", QByteArray::number(500 * kMiB));
        };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 3000);
        QCOMPARE(page.error().kind, ErrorKind::TooLarge);
        const QString text = page.error().describe();
        QVERIFY2(text.contains("too large"_L1) && text.contains("16 MiB"_L1), qPrintable(text));
    }

    void replyOneByteOverTheCapIsRefused()
    {
        QByteArray body = "{\"content\": [], \"padding\": \"" +
                          QByteArray(ApiClient::kMaxReplyBytes, 'x') + "\"}";
        body = body.left(ApiClient::kMaxReplyBytes + 1);
        m_fake->routes = [&](const RecordedRequest &) { return CannedResponse::json(200, body); };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 8000);
        QCOMPARE(page.error().kind, ErrorKind::TooLarge);
    }

    void replyAtTheCapIsStillRead()
    {
        const QByteArray start = "{\"content\": [], \"page\": 1, \"total\": 0, \"padding\": \"";
        const QByteArray end = "\"}";
        const QByteArray body =
            start + QByteArray(ApiClient::kMaxReplyBytes - start.size() - end.size(), 'x') + end;
        QCOMPARE(body.size(), ApiClient::kMaxReplyBytes);
        m_fake->routes = [&](const RecordedRequest &) { return CannedResponse::json(200, body); };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.result, 8000);
        QVERIFY2(page.result->ok(), page.why().constData());
    }

    void endlessReplyStopsAtTheCapAndMemoryStaysBounded()
    {
        EndlessReplyServer endless(1024 * kMiB);
        QVERIFY(endless.listen());
        m_client->setBaseUrl(endless.baseUrl());
        m_client->setTimeout(std::chrono::seconds(30));

        QVERIFY(resetPeakMemory());
        const qint64 before = statusField("VmRSS:");
        QVERIFY(before > 0);
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY_WITH_TIMEOUT(token.result, 20000);
        const qint64 peak = statusField("VmHWM:");

        QCOMPARE(token.error().kind, ErrorKind::TooLarge);
        // The client hung up instead of reading on: the server stopped soon after the cap, far
        // from the 1 GiB it would send (how soon depends on when the network thread handles the
        // abort: a few MiB past the cap on an idle machine, up to ~170 MiB under ctest -j2).
        QTRY_VERIFY_WITH_TIMEOUT(!endless.hasConnection(), 10000);
        QVERIFY2(endless.bodyBytesSent() < ApiClient::kMaxReplyBytes + 240 * kMiB,
                 qPrintable(QString::number(endless.bodyBytesSent())));
        // Allocator quarantine makes resident memory meaningless under AddressSanitizer.
        if (!underAddressSanitizer()) {
            // Bounded, far below the 1 GiB on offer. On an idle machine the peak is the cap plus
            // a few MiB; with every core busy (ctest -j2 beside other work) Qt 6.4's network
            // thread reads a chunked body ahead of setReadBufferSize() until it handles the
            // abort, and peaks of 100 to 150 MiB were seen. None of it is kept.
            const qint64 growth = peak - before;
            QVERIFY2(growth < 256 * kMiB, qPrintable(u"peak grew by %1 MiB"_s.arg(growth / kMiB)));
            qInfo("peak resident memory grew by %lld MiB", growth / kMiB);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClientLimits)
#include "tst_apiclient_limits.moc"
