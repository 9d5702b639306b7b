#include "tests/sandbox/SandboxTestClient.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(vzsandbox::SandboxOptions options)
{
    if (options.statePath.isEmpty())
        options.statePath = m_dir.filePath(u"state.sqlite"_s);
    if (options.clientToken.isEmpty())
        options.clientToken = u"test-client-token"_s;
    if (options.clientSecret.isEmpty())
        options.clientSecret = u"test-client-secret"_s;
    m_server = std::make_unique<vzsandbox::SandboxServer>(options);
    m_started = m_server->start();
    // Never follow redirects: the tests assert the 303 of the checkout page themselves.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl SandboxTestClient::url(const QString &path) const
{
    return QUrl(m_server->baseUrl().toString() + path);
}

QNetworkReply *SandboxTestClient::start(const QByteArray &method, const QString &path,
                                        const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(20000);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (body.isNull())
        return m_network.sendCustomRequest(request, method);
    return m_network.sendCustomRequest(request, method, body);
}

HttpResult SandboxTestClient::collect(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::send(const QByteArray &method, const QString &path,
                                   const QByteArray &body, const Headers &headers)
{
    return collect(start(method, path, body, headers));
}

QString SandboxTestClient::token()
{
    if (m_token.isEmpty()) {
        const QJsonObject credentials{{u"client_token"_s, m_server->clientToken()},
                                      {u"client_secret"_s, m_server->clientSecret()}};
        const HttpResult result =
            send("POST", u"/token"_s, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
        m_token = result.json.value(u"access_token"_s).toString();
    }
    return m_token;
}

Headers SandboxTestClient::authHeaders()
{
    return {{"Authorization"_ba, "Bearer " + token().toLatin1()},
            {"X-Client-Token"_ba, m_server->clientToken().toLatin1()}};
}

HttpResult SandboxTestClient::call(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, bool withBody)
{
    const QByteArray payload =
        withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    return send(method, path, payload, authHeaders());
}

QJsonObject SandboxTestClient::createInstance(const QString &name, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"name"_s, name);
    return call("PUT", u"/instances/create"_s, body).json;
}
