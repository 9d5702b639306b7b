#pragma once

#include <QByteArray>
#include <QTcpServer>

// A minimal keep-alive HTTP/1.1 server for the vzapsctl benchmark: `POST /token` and
// `POST /instances/list` (a realistic 20-row page), anything else 404. Just enough HTTP for
// vzapsctl and curl; not a general server.
class BenchServer : public QObject
{
    Q_OBJECT
public:
    static constexpr QByteArrayView kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl";

    explicit BenchServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int requestCount() const { return m_requests; }

private:
    void onConnection();
    void onReadyRead(class QTcpSocket *socket);
    QByteArray respond(const QByteArray &method, const QByteArray &path) const;

    QTcpServer m_server;
    QByteArray m_tokenBody;
    QByteArray m_pageBody;
    int m_requests = 0;
};
