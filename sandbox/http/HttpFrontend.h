#pragma once

#include "sandbox/http/HttpRequestReader.h"
#include "sandbox/http/HttpTypes.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QWebSocketServer>
#include <functional>
#include <memory>

class QTcpSocket;
class QWebSocket;

namespace vzsandbox {

class HttpConnection;

// What the sandbox's HTTP front end accepts before it refuses.
// After the last response of a closing connection: how long what the client still sends is
// read and dropped (a 413 sent while the client is still uploading, say).
constexpr int kLingerMs = 2000;

struct FrontendLimits {
    HttpLimits request;
    int idleTimeoutMs = 30'000; // without a complete request: the connection is closed
    int maxConnections = 256;   // open at once; more are answered 503 and closed
    int maxPipelined = 16;      // requests read ahead of their responses on one connection
};

// The reply side of one request. Its response may be written later (after injected latency)
// without blocking anything; it goes out on its connection in request order. A connection
// that is gone is noticed, never written to.
class PendingReply
{
public:
    PendingReply(HttpConnection *connection, quint64 sequence, bool closeAfter, bool headOnly);
    ~PendingReply(); // unanswered: a 500, so the connection's later replies are not held back

    // Writes status, headers (with X-Request-Id) and body once; later calls are ignored.
    // Returns false when the client was already gone.
    bool send(const Response &response, const QString &requestId);
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    double elapsedMsPrecise() const { return double(m_timer.nsecsElapsed()) / 1e6; }

    // A whole HTTP/1.1 response as bytes.
    static QByteArray serialize(const Response &response, const QString &requestId, bool closeAfter,
                                bool headOnly);

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence;
    bool m_closeAfter;
    bool m_headOnly;
    QElapsedTimer m_timer;
    bool m_sent = false;
};

// The sandbox's own HTTP/1.1 server on a QTcpServer: every request becomes a Request plus a
// PendingReply handed to `onRequest`; WebSocket upgrades are handed to `onWebSocket`.
// It reads only as much as FrontendLimits allow (Qt HttpServer 6.4 buffers whole requests
// before anyone can refuse them), keeps connections alive, answers pipelined requests in
// order, closes idle connections, and caps how many are open.
class HttpFrontend : public QObject
{
public:
    using RequestCallback = std::function<void(Request, std::shared_ptr<PendingReply>)>;
    using WebSocketCallback = std::function<void(std::unique_ptr<QWebSocket>)>;
    using LogCallback = std::function<void(const QString &)>;

    HttpFrontend(FrontendLimits limits, RequestCallback onRequest, WebSocketCallback onWebSocket,
                 LogCallback log, QObject *parent = nullptr);
    ~HttpFrontend() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 serverPort() const { return m_server.serverPort(); }
    int openConnections() const { return m_open; }

private:
    friend class HttpConnection;

    void acceptConnections();
    void refuseConnection(QTcpSocket *socket);
    // Called by a connection: the request it read, a socket to upgrade, its end.
    void request(Request request, std::shared_ptr<PendingReply> reply);
    void upgrade(QTcpSocket *socket);
    void closed();
    void log(const QString &line) const;

    FrontendLimits m_limits;
    RequestCallback m_onRequest;
    WebSocketCallback m_onWebSocket;
    LogCallback m_log;
    QTcpServer m_server;
    QWebSocketServer m_webSockets;
    int m_open = 0;
    int m_refusedSinceLog = 0;
    QElapsedTimer m_sinceRefusalLog;
};

// Control characters (and backslashes) as \xNN, so a request cannot forge log lines.
QString printable(const QString &text);

// Ends the sending side of `socket` (FIN) but goes on receiving: what the client still sends
// is read and dropped, so the kernel does not reset the connection (and with it the last
// response) before the client has read it.
void shutDownSending(QTcpSocket *socket);

} // namespace vzsandbox
