// Scripted HTTP/1.1 server for integration tests. Every parsed request is recorded and handed
// to the test (queued canned responses first, then the handler), which decides the reply.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace vzaps::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RecordedRequest {
    QByteArray method;  // "POST"
    QByteArray path;    // request target as sent, with query if any
    HeaderList headers; // in arrival order, names as sent
    QByteArray body;    // de-chunked if it arrived with Transfer-Encoding: chunked

    bool hasHeader(QByteArrayView name) const; // case-insensitive
    // Case-insensitive; repeated fields are joined with ", "; empty if absent.
    QByteArray header(QByteArrayView name) const;
    QJsonDocument json() const; // null document if the body is empty or not JSON
};

struct CannedResponse {
    enum class Behaviour { Reply, NeverAnswer, CloseConnection };
    Behaviour behaviour = Behaviour::Reply;
    int status = 200;
    QByteArray reason; // default: standard phrase for status
    // Extra headers, sent as given. Content-Length and Connection are generated unless set
    // here; "Connection: close" here makes the server close the connection after the reply.
    HeaderList headers;
    QByteArray body;
    int delayMs = 0; // wait before replying (QTimer, never blocking)

    static CannedResponse json(int status,
                               const QJsonValue &body); // Content-Type: application/json
    static CannedResponse json(int status, const QByteArray &rawBody);
    static CannedResponse text(int status, const QByteArray &body,
                               const QByteArray &contentType = "text/plain");
    static CannedResponse noContent();       // 204, no body
    static CannedResponse neverAnswer();     // read the request, never reply, keep socket open
    static CannedResponse closeConnection(); // close the socket without replying
    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    CannedResponse &withDelay(int ms);
};

// Single-threaded, lives on the event loop of its thread. Requests on one connection are
// answered in arrival order (a delayed reply holds back the ones after it on that connection;
// a NeverAnswer reply holds them back for good).
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override; // closes all sockets; pending/delayed replies are dropped

    bool listen();                         // 127.0.0.1, any free port
    QUrl baseUrl() const;                  // "http://127.0.0.1:<port>"
    void setHandler(Handler handler);      // default: 404 JSON {"message":"no handler"}
    void enqueue(CannedResponse response); // FIFO: served before the handler is consulted

    QList<RecordedRequest> requests() const; // all received so far, in order
    // Requests whose method equals `method` (any if empty) and whose path starts with the prefix.
    QList<RecordedRequest> requests(QByteArrayView method, QByteArrayView pathPrefix) const;
    int requestCount() const;
    void clearRequests();
    int connectionCount() const; // TCP connections accepted so far

Q_SIGNALS:
    // Emitted after the request is recorded and before its response is chosen, so a slot may
    // still enqueue() the reply for it.
    void requestReceived(const vzaps::test::RecordedRequest &request);

private:
    friend class TestHttpConnection;
    void acceptConnections();
    CannedResponse respond(const RecordedRequest &request);

    QTcpServer m_server;
    Handler m_handler;
    QQueue<CannedResponse> m_queue;
    QList<RecordedRequest> m_requests;
    int m_connectionCount = 0;
};

} // namespace vzaps::test

Q_DECLARE_METATYPE(vzaps::test::RecordedRequest)
