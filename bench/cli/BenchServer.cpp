#include "bench/cli/BenchServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QJsonObject row(int i)
{
    const QString id =
        u"VZ%1BENCH%2ROW"_s.arg(i, 4, 10, QChar(u'0')).arg(i * 7919, 12, 10, QChar(u'0'));
    return {
        {u"id"_s, id},
        {u"name"_s, u"Customer line %1"_s.arg(i)},
        {u"token"_s, u"inst_%1"_s.arg(i * 104729, 24, 16, QChar(u'0'))},
        {u"url"_s, u"https://app.vzaps.com/instances/"_s + id},
        {u"webhook"_s, u"https://hooks.example.com/vzaps/%1"_s.arg(i)},
        {u"events_subscribe"_s, u"Message,Connected,Disconnected"_s},
        {u"reject_calls"_s, i % 3 == 0},
        {u"auto_read_messages"_s, i % 2 == 0},
        {u"connected"_s, i % 4 != 0},
        {u"connected_at"_s, u"2026-11-20T08:%1:00Z"_s.arg(i % 60, 2, 10, QChar(u'0'))},
        {u"whatsapp_push_name"_s, u"Shop %1"_s.arg(i)},
        {u"whatsapp_jid"_s, u"55119%1@s.whatsapp.net"_s.arg(10000000 + i)},
        {u"status"_s, u"RUNNING"_s},
        {u"billing_status"_s, i % 5 == 0 ? u"TRIALING"_s : u"ACTIVE"_s},
        {u"created_at"_s, u"2026-10-%1T12:00:00Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))},
        {u"updated_at"_s, u"2026-11-25T09:30:00Z"_s},
        {u"cancel_at"_s, QJsonValue::Null},
        {u"expired_at"_s, QJsonValue::Null},
        {u"labels"_s, QJsonObject{{u"team"_s, u"support"_s}}},
    };
}

} // namespace

BenchServer::BenchServer(QObject *parent)
    : QObject(parent)
{
    m_tokenBody = QJsonDocument(QJsonObject{{u"access_token"_s, QString::fromLatin1(kJwt)},
                                            {u"expires_in"_s, 3600}})
                      .toJson(QJsonDocument::Compact);
    QJsonArray content;
    for (int i = 1; i <= 20; ++i)
        content.append(row(i));
    m_pageBody = QJsonDocument(QJsonObject{{u"page"_s, 1},
                                           {u"size"_s, 20},
                                           {u"total"_s, 45},
                                           {u"total_pages"_s, 3},
                                           {u"content"_s, content},
                                           {u"summary"_s,
                                            QJsonObject{{u"connected"_s, 34}, {u"trialing"_s, 9}}}})
                     .toJson(QJsonDocument::Compact);
    connect(&m_server, &QTcpServer::newConnection, this, &BenchServer::onConnection);
}

bool BenchServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void BenchServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void BenchServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QByteArray head = buffer.left(headEnd);
        qsizetype contentLength = 0;
        bool close = false;
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                contentLength = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("connection:") && lower.contains("close"))
                close = true;
        }
        if (buffer.size() < headEnd + 4 + contentLength)
            break;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        buffer.remove(0, headEnd + 4 + contentLength);
        ++m_requests;
        socket->write(respond(requestLine.value(0), requestLine.value(1)));
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
    socket->setProperty("buffer", buffer);
}

QByteArray BenchServer::respond(const QByteArray &method, const QByteArray &path) const
{
    QByteArray status = "200 OK";
    QByteArray body;
    if (method == "POST" && path == "/token")
        body = m_tokenBody;
    else if (method == "POST" && path == "/instances/list")
        body = m_pageBody;
    else {
        status = "404 Not Found";
        body = R"({"success":false,"code":"not_found","message":"no such route"})";
    }
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: application/json\r\nX-Request-Id: bench\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
