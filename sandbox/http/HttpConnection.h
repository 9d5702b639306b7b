#pragma once

#include "sandbox/http/HttpFrontend.h"
#include "sandbox/http/HttpRequestReader.h"

#include <QObject>
#include <QTimer>
#include <deque>

class QTcpSocket;

namespace vzsandbox {

// One client connection of the HttpFrontend: reads requests within the limits, hands them
// on, writes their responses in request order, and closes the connection when asked to,
// after a refusal, or when it stays idle too long. It deletes itself when the socket is gone.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, HttpFrontend &frontend);
    ~HttpConnection() override;

    // The response for request `sequence`, from its PendingReply; false when the client is
    // gone and it cannot be delivered.
    bool complete(quint64 sequence, QByteArray bytes, bool closeAfter);

private:
    struct Slot {
        quint64 sequence = 0;
        QByteArray bytes;
        bool ready = false;
        bool closeAfter = false;
    };

    void readRequests();
    void takeRequest(Request request);
    void commitFirstBytes(); // the first request is no WebSocket handshake: stop keeping it
    void sendContinueIfWanted();
    void refuse(int status, const QString &message, const QByteArray &method, const QString &path);
    void flush();
    void onIdle();
    void closeWhenWritten();
    void shutDownWriting();
    void finish();

    QTcpSocket *m_socket;
    HttpFrontend &m_frontend;
    HttpRequestReader m_reader;
    QTimer m_idle;
    QTimer m_linger;
    std::deque<Slot> m_pipeline;
    quint64 m_nextSequence = 0;
    bool m_firstRequest = true;         // only a connection's first request may become a WebSocket
    bool m_closing = false;             // no further request is read: the connection is ending
    bool m_lastResponseWritten = false; // ... and its last response is on its way out
    bool m_continueSent = false;        // for the request being read
    bool m_reading = false;             // readRequests() is on the stack
    bool m_readAgain = false;           // ... and was asked to go round once more
    bool m_finished = false;
};

} // namespace vzsandbox
