#pragma once

// An in-process vzaps-sandbox (fresh demo data, state in memory) and an ApiClient
// signed in to it, for tests of what the app shows. `control()` drives the
// sandbox's /_sandbox/ surface through the client's generic request.
#include "api/ApiClient.h"
#include "api/InstancesApi.h"
#include "vzsandbox/SandboxServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace vzaps::test {

class SandboxFixture
{
public:
    SandboxFixture()
    {
        vzsandbox::SandboxOptions options;
        options.statePath = QStringLiteral(":memory:");
        options.reset = true;
        server = std::make_unique<vzsandbox::SandboxServer>(options);
        started = server->start();
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(server->baseUrl());
        client->setCredentials(server->clientToken(), server->clientSecret());
        client->setTimeout(std::chrono::seconds(10));
    }

    // Sends a control request and waits for its answer; the reply, or the error.
    Result<RawReply> control(const QByteArray &method, const QString &path,
                             const QJsonObject &body = {})
    {
        std::optional<Result<RawReply>> result;
        QObject context;
        client->request(method, path, QJsonDocument(body), {}, &context,
                        [&result](const Result<RawReply> &reply) { result = reply; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::invalidInput(QStringLiteral("control the sandbox"),
                                          QStringLiteral("no answer within 10 s"));
        return *result;
    }

    // Every instance of the demo data (one page of 100), or none if the list failed.
    QList<Instance> instances()
    {
        std::optional<Result<InstancePage>> page;
        QObject context;
        InstancesApi(*client).list({1, 100, {}, {}, false}, &context,
                                   [&page](const Result<InstancePage> &result) { page = result; });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, 10000) || !page->ok())
            return {};
        return page->value().content;
    }

    std::unique_ptr<vzsandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    bool started = false;
};

} // namespace vzaps::test
