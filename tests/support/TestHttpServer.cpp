#include "tests/support/TestHttpServer.h"

#include "tests/support/HttpRequestParser.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace vzaps::test {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray reasonPhrase(int status)
{
    // clang-format off
    static const char *const phrases[] = {
        "100 Continue", "200 OK", "201 Created", "202 Accepted", "204 No Content",
        "301 Moved Permanently", "302 Found", "303 See Other", "304 Not Modified",
        "307 Temporary Redirect", "308 Permanent Redirect", "400 Bad Request", "401 Unauthorized",
        "403 Forbidden", "404 Not Found", "405 Method Not Allowed", "408 Request Timeout",
        "409 Conflict", "410 Gone", "413 Content Too Large", "415 Unsupported Media Type",
        "422 Unprocessable Content", "429 Too Many Requests", "500 Internal Server Error",
        "501 Not Implemented", "502 Bad Gateway", "503 Service Unavailable", "504 Gateway Timeout"};
    // clang-format on
    const QByteArray code = QByteArray::number(status) + ' ';
    for (const char *phrase : phrases) {
        if (QByteArrayView(phrase).startsWith(code))
            return QByteArray(phrase + code.size());
    }
    return QByteArrayLiteral("Unknown");
}
} // namespace

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.begin(), headers.end(),
                       [name](const auto &h) { return sameName(h.first, name); });
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    QByteArray value;
    bool found = false;
    for (const auto &[n, v] : headers) {
        if (!sameName(n, name))
            continue;
        if (found)
            value += ", ";
        value += v;
        found = true;
    }
    return value;
}

QJsonDocument RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body);
}

CannedResponse CannedResponse::json(int status, const QJsonValue &body)
{
    QByteArray raw;
    if (body.isObject()) {
        raw = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        raw = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!body.isUndefined()) { // scalar: serialise as [x] and strip the brackets
        raw = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
        raw = raw.mid(1, raw.size() - 2);
    }
    return json(status, raw);
}

CannedResponse CannedResponse::json(int status, const QByteArray &rawBody)
{
    return text(status, rawBody, QByteArrayLiteral("application/json"));
}

CannedResponse CannedResponse::text(int status, const QByteArray &body,
                                    const QByteArray &contentType)
{
    CannedResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

CannedResponse CannedResponse::noContent()
{
    CannedResponse r;
    r.status = 204;
    return r;
}

CannedResponse CannedResponse::neverAnswer()
{
    CannedResponse r;
    r.behaviour = Behaviour::NeverAnswer;
    return r;
}

CannedResponse CannedResponse::closeConnection()
{
    CannedResponse r;
    r.behaviour = Behaviour::CloseConnection;
    return r;
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

CannedResponse &CannedResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

// One accepted socket (its child). Replies leave in request order; delayed ones wait on timers
// owned by this object, so they die with the connection.
class TestHttpConnection : public QObject
{
public:
    TestHttpConnection(TestHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &TestHttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }
    ~TestHttpConnection() override
    {
        m_socket->disconnect(this);
        m_socket->abort();
    }

private:
    struct Pending {
        quint64 id;
        CannedResponse response;
        bool head;      // HEAD request: no body in the reply
        bool keepAlive; // false: close after the reply
        bool ready;     // delay elapsed
    };

    void onReadyRead()
    {
        if (m_closing) {
            m_socket->readAll(); // input after a close decision is ignored
            return;
        }
        m_parser.feed(m_socket->readAll());
        const QPointer<TestHttpConnection> alive(this);
        for (HttpRequestParser::Result result;
             (result = m_parser.next()) != HttpRequestParser::Result::NeedMore;) {
            if (result == HttpRequestParser::Result::Error) {
                m_pending.push_back({m_nextId++,
                                     CannedResponse::text(400, m_parser.errorString() + '\n'),
                                     false, false, true});
                m_closing = true;
                break;
            }
            const RecordedRequest request = m_parser.takeRequest();
            const bool keepAlive = m_parser.keepAlive();
            CannedResponse response = m_server->respond(request);
            if (!alive)
                return; // the server was destroyed from the test's callback
            const quint64 id = m_nextId++;
            const int delay = response.delayMs;
            if (response.behaviour == CannedResponse::Behaviour::CloseConnection || !keepAlive)
                m_closing = true;
            m_pending.push_back(
                {id, std::move(response), request.method == "HEAD", keepAlive, delay <= 0});
            if (delay > 0)
                QTimer::singleShot(delay, this, [this, id] { markReady(id); });
            if (m_closing)
                break;
        }
        flush();
    }

    void markReady(quint64 id)
    {
        for (Pending &p : m_pending) {
            if (p.id == id)
                p.ready = true;
        }
        flush();
    }

    void flush()
    {
        while (!m_pending.empty() && m_pending.front().ready) {
            const Pending &p = m_pending.front();
            if (p.response.behaviour == CannedResponse::Behaviour::NeverAnswer)
                return; // holds back everything after it on this connection
            if (p.response.behaviour == CannedResponse::Behaviour::CloseConnection ||
                writeReply(p)) {
                m_closing = true;
                m_pending.clear();
                m_socket->disconnectFromHost(); // flushes replies already written
                return;
            }
            m_pending.pop_front();
        }
    }

    // Returns true when the connection must be closed after this reply.
    bool writeReply(const Pending &p)
    {
        const CannedResponse &r = p.response;
        const bool bodyless =
            (r.status >= 100 && r.status < 200) || r.status == 204 || r.status == 304;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                          (r.reason.isEmpty() ? reasonPhrase(r.status) : r.reason) + "\r\n";
        bool close = !p.keepAlive;
        bool hasLength = false;
        bool hasConnection = false;
        for (const auto &[name, value] : r.headers) {
            head += name + ": " + value + "\r\n";
            hasLength = hasLength || sameName(name, "Content-Length");
            if (sameName(name, "Connection")) {
                hasConnection = true;
                close = close || value.toLower().contains("close");
            }
        }
        if (!hasLength && !bodyless)
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        if (!hasConnection)
            head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";
        m_socket->write(head);
        if (!bodyless && !p.head && !r.body.isEmpty())
            m_socket->write(r.body);
        return close;
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    std::deque<Pending> m_pending;
    quint64 m_nextId = 0;
    bool m_closing = false; // no further requests are read
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::acceptConnections);
}

TestHttpServer::~TestHttpServer()
{
    m_server.close();
    const QObjectList kids = children();
    for (QObject *child : kids)
        delete dynamic_cast<TestHttpConnection *>(child);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::enqueue(CannedResponse response)
{
    m_queue.enqueue(std::move(response));
}

QList<RecordedRequest> TestHttpServer::requests() const
{
    return m_requests;
}

QList<RecordedRequest> TestHttpServer::requests(QByteArrayView method,
                                                QByteArrayView pathPrefix) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &r : m_requests) {
        if ((method.isEmpty() || QByteArrayView(r.method) == method) &&
            r.path.startsWith(pathPrefix))
            result.append(r);
    }
    return result;
}

int TestHttpServer::requestCount() const
{
    return int(m_requests.size());
}

void TestHttpServer::clearRequests()
{
    m_requests.clear();
}

int TestHttpServer::connectionCount() const
{
    return m_connectionCount;
}

void TestHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        new TestHttpConnection(this, socket);
    }
}

CannedResponse TestHttpServer::respond(const RecordedRequest &request)
{
    m_requests.append(request);
    const QPointer<TestHttpServer> alive(this);
    Q_EMIT requestReceived(request);
    if (!alive)
        return {};
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    if (m_handler)
        return m_handler(request);
    return CannedResponse::json(
        404, QJsonObject{{QStringLiteral("message"), QStringLiteral("no handler")}});
}

} // namespace vzaps::test
