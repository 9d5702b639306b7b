#include "sandbox/http/HttpFrontend.h"

#include "sandbox/Ids.h"
#include "sandbox/http/HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

// Header values written as given, minus anything that could end the header line.
QByteArray headerSafe(QByteArray value)
{
    for (char &c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return value;
}

} // namespace

void shutDownSending(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == u'\\')
            out += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

PendingReply::PendingReply(HttpConnection *connection, quint64 sequence, bool closeAfter,
                           bool headOnly)
    : m_connection(connection)
    , m_sequence(sequence)
    , m_closeAfter(closeAfter)
    , m_headOnly(headOnly)
{
    m_timer.start();
}

PendingReply::~PendingReply()
{
    if (!m_sent && m_connection) {
        send(Response::error(500, u"internal_error"_s, u"The request was not answered."_s),
             ids::requestId());
    }
}

QByteArray PendingReply::serialize(const Response &response, const QString &requestId,
                                   bool closeAfter, bool headOnly)
{
    QByteArray reason = reasonPhrase(response.status);
    if (reason.isEmpty())
        reason = "Unknown"_ba;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + headerSafe(response.contentType) + "\r\n";
    // A HEAD answer carries headers only, with the length of what is sent (none), as clients
    // that send HEAD as a custom verb would otherwise wait for a body.
    const QByteArray body = headOnly || response.status == 204 ? QByteArray() : response.body;
    if (response.status != 204 && response.status >= 200)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "X-Request-Id: " + headerSafe(requestId.toLatin1()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : response.headers)
        out += headerSafe(name) + ": " + headerSafe(value) + "\r\n";
    out += closeAfter ? "Connection: close\r\n"_ba : "Connection: keep-alive\r\n"_ba;
    out += "\r\n";
    out += body;
    return out;
}

bool PendingReply::send(const Response &response, const QString &requestId)
{
    if (m_sent)
        return false;
    m_sent = true;
    if (!m_connection)
        return false;
    return m_connection->complete(
        m_sequence, serialize(response, requestId, m_closeAfter, m_headOnly), m_closeAfter);
}

HttpFrontend::HttpFrontend(FrontendLimits limits, RequestCallback onRequest,
                           WebSocketCallback onWebSocket, LogCallback log, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_onRequest(std::move(onRequest))
    , m_onWebSocket(std::move(onWebSocket))
    , m_log(std::move(log))
    , m_webSockets(u"vzaps-sandbox"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpFrontend::acceptConnections);
    // Paths and auth are checked on the socket afterwards (EventHub).
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (m_webSockets.hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(m_webSockets.nextPendingConnection());
            // The TCP connection it was upgraded from goes with it: it is the WebSocket's
            // transport, which the control surface can cut (EventHub::freezeSockets).
            const auto transports =
                m_webSockets.findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
            for (QTcpSocket *transport : transports) {
                if (transport->peerPort() == socket->peerPort() &&
                    transport->localPort() == socket->localPort())
                    transport->setParent(socket.get());
            }
            m_onWebSocket(std::move(socket));
        }
    });
}

HttpFrontend::~HttpFrontend()
{
    m_server.close();
    // Before the members they use go: connections end at once, replies pending are dropped.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool HttpFrontend::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void HttpFrontend::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            refuseConnection(socket);
            continue;
        }
        ++m_open;
        new HttpConnection(socket, *this);
    }
}

void HttpFrontend::refuseConnection(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Its request is read and dropped until it is gone, so the 503 reaches it (see
    // shutDownSending); it gets kLingerMs in all.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        while (!socket->read(64 * 1024).isEmpty()) {
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            shutDownSending(socket);
    });
    QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    const Response busy = Response::error(
        503, u"too_many_connections"_s,
        u"The sandbox has %1 connections open, the most it allows; try again later."_s.arg(
            m_limits.maxConnections));
    socket->write(PendingReply::serialize(busy, ids::requestId(), true, false));

    ++m_refusedSinceLog;
    if (!m_sinceRefusalLog.isValid() || m_sinceRefusalLog.elapsed() >= 1000) {
        log(u"connection limit: %1 connections are open, the most allowed; refused %2 "
            u"connection(s) with 503"_s.arg(m_limits.maxConnections)
                .arg(m_refusedSinceLog));
        m_refusedSinceLog = 0;
        m_sinceRefusalLog.start();
    }
}

void HttpFrontend::request(Request request, std::shared_ptr<PendingReply> reply)
{
    m_onRequest(std::move(request), std::move(reply));
}

void HttpFrontend::upgrade(QTcpSocket *socket)
{
    socket->setParent(&m_webSockets);
    m_webSockets.handleConnection(socket);
    // The handshake was read once already and given back: say it is there to be read.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

void HttpFrontend::closed()
{
    --m_open;
}

void HttpFrontend::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

} // namespace vzsandbox
