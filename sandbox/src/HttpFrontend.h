#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

class QHttpServerResponder;
class QWebSocket;

namespace vzsandbox {

// The reply side of one request. It owns the moved QHttpServerResponder so the answer can be
// written later (after injected latency) without blocking other connections, and it checks
// the socket still exists first: a client that gave up must never crash the server.
class PendingReply
{
public:
    PendingReply(QHttpServerResponder &&responder, QTcpSocket *socket);
    ~PendingReply();

    // Writes status, headers (with X-Request-Id) and body once; later calls are ignored.
    // Returns false when the client was already gone.
    bool send(const Response &response, const QString &requestId);
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    double elapsedMsPrecise() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    QElapsedTimer m_timer;
    bool m_sent = false;
};

// Qt HttpServer's low-level server: every parsed request becomes a Request plus a
// PendingReply handed to `onRequest`. Routing, 404/405 and errors are ours, not Qt's.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using RequestCallback = std::function<void(Request, std::shared_ptr<PendingReply>)>;
    using WebSocketCallback = std::function<void(std::unique_ptr<QWebSocket>)>;
    HttpFrontend(RequestCallback onRequest, WebSocketCallback onWebSocket,
                 QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RequestCallback m_onRequest;
    WebSocketCallback m_onWebSocket;
};

} // namespace vzsandbox
