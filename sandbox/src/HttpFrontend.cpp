#include "HttpFrontend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

Request convert(const QHttpServerRequest &in)
{
    Request out;
    out.method = methodName(in.method());
    const QUrl url = in.url();
    out.path = url.path();
    for (const QString &segment : url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts))
        out.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    out.query = in.query();
    const auto headers = in.headers();
    for (const auto &header : headers)
        out.headers.insert(header.first.toLower(), header.second);
    out.body = in.body();
    return out;
}

} // namespace

PendingReply::PendingReply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    , m_socket(socket)
{
    m_timer.start();
}

PendingReply::~PendingReply() = default;

bool PendingReply::send(const Response &response, const QString &requestId)
{
    if (m_sent)
        return false;
    m_sent = true;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;

    using Status = QHttpServerResponder::StatusCode;
    m_responder->writeStatusLine(static_cast<Status>(response.status));
    if (!response.contentType.isEmpty())
        m_responder->writeHeader("Content-Type"_ba, response.contentType);
    if (response.status != 204)
        m_responder->writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    m_responder->writeHeader("X-Request-Id"_ba, requestId.toLatin1());
    m_responder->writeHeader("Cache-Control"_ba, "no-store"_ba);
    for (const auto &header : response.headers)
        m_responder->writeHeader(header.first, header.second);
    m_responder->writeBody(response.body);
    return true;
}

HttpFrontend::HttpFrontend(RequestCallback onRequest, WebSocketCallback onWebSocket,
                           QObject *parent)
    : QAbstractHttpServer(parent)
    , m_onRequest(std::move(onRequest))
    , m_onWebSocket(std::move(onWebSocket))
{
    // Qt upgrades every "Upgrade: websocket" request itself; paths and auth are checked on
    // the socket afterwards (EventHub).
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_onWebSocket(nextPendingWebSocketConnection());
    });
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 asks handleRequest() whether to accept a WebSocket upgrade: true hands the socket
    // to its WebSocket server, so nothing may be written here. EventHub checks path and auth.
    if (request.value("upgrade"_ba).compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    auto reply = std::make_shared<PendingReply>(makeResponder(request, socket), socket);
    m_onRequest(convert(request), std::move(reply));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Unreachable: handleRequest answers every request itself (404/405 included).
}

} // namespace vzsandbox
