#include "sandbox/http/HttpConnection.h"

#include "sandbox/Ids.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr qint64 kReadChunkBytes = 64 * 1024;
constexpr qint64 kSocketBufferBytes = 256 * 1024;

QString errorCodeFor(int status)
{
    switch (status) {
    case 408:
        return u"request_timeout"_s;
    case 413:
        return u"payload_too_large"_s;
    case 431:
        return u"headers_too_large"_s;
    case 501:
        return u"not_implemented"_s;
    case 505:
        return u"http_version_not_supported"_s;
    default:
        return u"bad_request"_s;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpFrontend &frontend)
    : QObject(&frontend)
    , m_socket(socket)
    , m_frontend(frontend)
    , m_reader(frontend.m_limits.request)
{
    socket->setParent(this);
    // Until the first request is known not to be a WebSocket upgrade, every byte read can be
    // given back, for the WebSocket server to read the handshake itself.
    socket->startTransaction();
    m_idle.setSingleShot(true);
    m_idle.setInterval(frontend.m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::onIdle);
    m_linger.setSingleShot(true);
    m_linger.setInterval(kLingerMs); // then what the client still sends is no longer read
    connect(&m_linger, &QTimer::timeout, this, &HttpConnection::finish);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_lastResponseWritten && m_socket->bytesToWrite() == 0)
            shutDownWriting();
    });
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    m_idle.start();
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readRequests()
{
    if (m_finished || !m_socket)
        return; // handed to the WebSocket server, or gone
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    do {
        m_readAgain = false;
        if (m_closing) {
            // Lingering: what the client still sends is read and dropped.
            while (!m_socket->read(kReadChunkBytes).isEmpty()) {
            }
            break;
        }
        while (!m_closing && m_pipeline.size() < size_t(m_frontend.m_limits.maxPipelined)) {
            if (std::optional<Request> request = m_reader.take()) {
                takeRequest(std::move(*request));
                continue;
            }
            if (const auto &failure = m_reader.failure()) {
                refuse(failure->status, failure->message, failure->method, failure->path);
                break;
            }
            const QByteArray bytes = m_socket->read(kReadChunkBytes);
            if (bytes.isEmpty())
                break;
            m_reader.feed(bytes);
            sendContinueIfWanted();
        }
        sendContinueIfWanted(); // the head may have been read with an earlier request
    } while (m_readAgain && !m_finished);
    m_reading = false;
}

void HttpConnection::takeRequest(Request request)
{
    m_idle.stop();
    const bool first = std::exchange(m_firstRequest, false);
    if (HttpRequestReader::isWebSocketUpgrade(request)) {
        if (first && m_pipeline.empty() && m_socket->isTransactionStarted()) {
            m_socket->rollbackTransaction(); // the handshake, unread again
            m_finished = true;
            m_closing = true;
            m_socket->disconnect(this);
            QTcpSocket *socket = std::exchange(m_socket, nullptr);
            m_frontend.closed();
            m_frontend.upgrade(socket);
            deleteLater();
            return;
        }
        refuse(400, u"A WebSocket upgrade must be the first request of its connection."_s,
               request.method, request.path);
        return;
    }
    commitFirstBytes();

    m_continueSent = false;
    const bool closeAfter = HttpRequestReader::wantsClose(request);
    const quint64 sequence = m_nextSequence++;
    m_pipeline.push_back(Slot{sequence, {}, false, closeAfter});
    if (closeAfter)
        m_closing = true; // nothing after this request is read
    auto reply =
        std::make_shared<PendingReply>(this, sequence, closeAfter, request.method == "HEAD");
    m_frontend.request(std::move(request), std::move(reply));
}

void HttpConnection::commitFirstBytes()
{
    if (!m_socket->isTransactionStarted())
        return;
    m_socket->commitTransaction();
    // From now on the socket holds only so much unread: a client that pipelines faster than
    // it is answered waits in its own send buffer, not in the sandbox's memory.
    m_socket->setReadBufferSize(kSocketBufferBytes);
}

void HttpConnection::refuse(int status, const QString &message, const QByteArray &method,
                            const QString &path)
{
    const QString requestId = ids::requestId();
    const Response response = Response::error(status, errorCodeFor(status), message);
    m_pipeline.push_back(Slot{
        m_nextSequence++, PendingReply::serialize(response, requestId, true, false), true, true});
    m_closing = true;
    m_frontend.log(u"%1 %2 %3 refused: %4"_s.arg(
        method.isEmpty() ? u"-"_s : printable(QString::fromLatin1(method.left(32))),
        path.isEmpty() ? u"-"_s : printable(path.left(200)), QString::number(status), message));
    flush();
}

bool HttpConnection::complete(quint64 sequence, QByteArray bytes, bool closeAfter)
{
    if (m_finished || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    for (Slot &slot : m_pipeline) {
        if (slot.sequence == sequence) {
            slot.bytes = std::move(bytes);
            slot.ready = true;
            slot.closeAfter = slot.closeAfter || closeAfter;
            flush();
            return true;
        }
    }
    return false;
}

void HttpConnection::flush()
{
    // Responses leave in request order: a late one holds back those after it.
    while (!m_pipeline.empty() && m_pipeline.front().ready) {
        Slot slot = std::move(m_pipeline.front());
        m_pipeline.pop_front();
        m_socket->write(slot.bytes);
        if (slot.closeAfter) {
            m_pipeline.clear();
            closeWhenWritten();
            return;
        }
    }
    if (m_pipeline.empty() && !m_closing)
        m_idle.start();
    readRequests(); // the pipeline has room again
}

void HttpConnection::onIdle()
{
    if (!m_pipeline.empty() || m_closing)
        return;
    if (m_reader.isIdle()) {
        closeWhenWritten();
        return;
    }
    refuse(408,
           u"No complete request within %1 s."_s.arg(m_frontend.m_limits.idleTimeoutMs / 1000.0),
           {}, {});
}

void HttpConnection::sendContinueIfWanted()
{
    // A client that waits for "100 Continue" before its body gets it once nothing is ahead
    // of it: an interim response must not overtake the final ones of earlier requests.
    if (m_continueSent || m_closing || !m_pipeline.empty() || !m_reader.wantsContinue())
        return;
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_continueSent = true;
}

void HttpConnection::closeWhenWritten()
{
    m_closing = true;
    m_lastResponseWritten = true;
    m_idle.stop();
    commitFirstBytes();
    if (m_socket->bytesToWrite() == 0)
        shutDownWriting();
}

void HttpConnection::shutDownWriting()
{
    if (m_linger.isActive() || m_finished)
        return;
    m_linger.start();
    shutDownSending(m_socket);
    readRequests(); // drop what is already here
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_idle.stop();
    m_linger.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_frontend.closed();
    deleteLater();
}

} // namespace vzsandbox
