#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace vzsandbox {

// How much of a request the sandbox reads before it refuses it.
struct HttpLimits {
    qsizetype maxHeadBytes = 64 * 1024;   // request line and headers: beyond, 431
    qsizetype maxBodyBytes = 1024 * 1024; // by Content-Length or de-chunked: beyond, 413
};

// One HTTP/1.1 request read from a byte stream, without a socket: feed() what arrives, then
// take() each complete request. It never holds more than one request's head and body within
// the limits: an over-long head is refused as soon as it passes maxHeadBytes (431), a body
// announced or de-chunked past maxBodyBytes as soon as that is known (413), so nothing a
// client sends can make it grow beyond them. After a failure it reads nothing more: the
// connection is closed once the error is answered.
class HttpRequestReader
{
public:
    struct Failure {
        int status = 400;  // 400, 413, 431, 501, 505
        QString message;   // for the error body and the log
        QByteArray method; // of the refused request, when its request line was read
        QString path;
    };

    explicit HttpRequestReader(HttpLimits limits = {});

    // Appends bytes from the peer; parses as far as they go.
    void feed(QByteArrayView bytes);

    // A complete request, oldest first, or nothing yet.
    std::optional<Request> take();

    // The head of the request being read is complete and said "Expect: 100-continue": the
    // peer waits for a 100 before it sends the body.
    bool wantsContinue() const { return m_continueWanted && !m_failure; }

    // Set once the stream cannot be read any further; the request that caused it is lost.
    const std::optional<Failure> &failure() const { return m_failure; }

    // No byte of a next request has arrived.
    bool isIdle() const { return m_buffer.isEmpty() && m_state == State::Head; }

    // Whether a request asks for the connection to end after its response, and whether it asks
    // to become a WebSocket.
    static bool wantsClose(const Request &request);
    static bool isWebSocketUpgrade(const Request &request);

private:
    enum class State { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    void parse();
    bool parseHead(QByteArrayView head);
    bool readBody(State next);
    bool readChunkSize();
    bool readChunkDataEnd();
    bool readTrailers();
    void complete();
    void fail(int status, const QString &message);
    void failHeadTooLarge();
    void failBodyTooLarge();
    void consume(qsizetype bytes);

    HttpLimits m_limits;
    QByteArray m_buffer; // unparsed bytes
    State m_state = State::Head;
    Request m_current;
    qint64 m_bodyRemaining = 0; // of a fixed body or of the current chunk
    qsizetype m_trailerBytes = 0;
    bool m_continueWanted = false;
    std::optional<Request> m_ready;
    std::optional<Failure> m_failure;
};

// "Bad Request" for 400, and so on; empty for a status it does not know.
QByteArray reasonPhrase(int status);

} // namespace vzsandbox
