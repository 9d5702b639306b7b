#pragma once

// What the connection check and sign-in dialog tests share: local servers that fail
// in each way a sign-in can fail, and a way to read a finished() outcome.
#include "core/api/ConnectionCheck.h"
#include "tests/support/TestHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace vzaps::test {

inline const QString kTestToken = QStringLiteral("ct_signin_account");
inline const QString kTestSecret = QStringLiteral("cs_signin_very_secret");

// http://127.0.0.1:<port> where nothing listens: a port bound, noted and closed again.
inline QUrl refusedUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

inline CannedResponse tokenGranted()
{
    return CannedResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("eyJ0eXAiOiJKV1QifQ.x.y")},
                         {QStringLiteral("expires_in"), 3600}});
}

inline CannedResponse onePage(qint64 total)
{
    return CannedResponse::json(200, QJsonObject{{QStringLiteral("content"), QJsonArray{}},
                                                 {QStringLiteral("page"), 1},
                                                 {QStringLiteral("size"), 1},
                                                 {QStringLiteral("total"), total}});
}

// A local server answering POST /token with `token` and everything else with `rest`.
inline std::unique_ptr<TestHttpServer> scriptedServer(CannedResponse token,
                                                      CannedResponse rest = onePage(0))
{
    auto server = std::make_unique<TestHttpServer>();
    if (!server->listen())
        return nullptr;
    server->setHandler([token, rest](const RecordedRequest &request) {
        return request.path.endsWith("/token") ? token : rest;
    });
    return server;
}

inline CannedResponse unauthorized()
{
    return CannedResponse::json(
               401, QJsonObject{{QStringLiteral("message"), QStringLiteral("bad credentials")}})
        .withHeader("X-Request-Id", "req-401");
}

inline CannedResponse serverFailure()
{
    return CannedResponse::json(
               500, QJsonObject{{QStringLiteral("message"), QStringLiteral("database is down")}})
        .withHeader("X-Request-Id", "req-500");
}

// Answers whatever arrives (a TLS hello, in these tests) with a plain-HTTP 400 and hangs
// up, as a web server does when https:// is sent to its http:// port.
inline std::unique_ptr<QTcpServer> plainHttpResponder()
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost))
        return nullptr;
    QTcpServer *raw = server.get();
    QObject::connect(raw, &QTcpServer::newConnection, raw, [raw] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return server;
}

// A TLS server whose certificate nobody trusts: self-signed, from tests/accounts/data.
inline std::unique_ptr<QSslServer> untrustedTlsServer()
{
    QFile certFile(QStringLiteral(VZAPS_TEST_DATA "/selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(VZAPS_TEST_DATA "/selfsigned-key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    if (!server->listen(QHostAddress::LocalHost))
        return nullptr;
    return server;
}

// The outcome of the only finished() a spy saw.
inline ConnectionCheck::Outcome outcomeOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ConnectionCheck::Outcome{}
                         : spy.first().first().value<ConnectionCheck::Outcome>();
}

} // namespace vzaps::test
