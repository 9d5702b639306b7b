#pragma once

// A plain QNetworkAccessManager client for the sandbox tests (never core/): it starts an
// in-process SandboxServer on a temporary state file, fetches a token and sends requests.

#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QTemporaryDir>
#include <memory>

struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const;
    // §1.6 error code, §1.2 envelope data.
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class SandboxTestClient
{
public:
    // Starts a fresh sandbox (24 demo instances) unless `options.statePath` is set.
    explicit SandboxTestClient(vzsandbox::SandboxOptions options = {});

    bool started() const { return m_started; }
    QString startError() const { return m_server->errorString(); }
    vzsandbox::SandboxServer &server() { return *m_server; }
    QNetworkAccessManager &network() { return m_network; }
    QUrl url(const QString &path) const;

    QString token(); // fetched once, cached
    void dropToken() { m_token.clear(); }
    Headers authHeaders();

    // Raw request. `body` null: no body at all. Waits for the reply.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const Headers &headers = {});
    // Authenticated JSON request (JWT + client token).
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    bool withBody = true);
    // Starts a request without waiting (for concurrency tests).
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const Headers &headers);
    static HttpResult collect(QNetworkReply *reply);

    // Creates an instance and returns its JSON.
    QJsonObject createInstance(const QString &name, const QJsonObject &extra = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vzsandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    bool m_started = false;
};
