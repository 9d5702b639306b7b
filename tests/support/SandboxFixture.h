#pragma once

// An in-process vzaps-sandbox (fresh demo data, state in memory) and an ApiClient
// signed in to it, for tests of what the app shows. `control()` drives the
// sandbox's /_sandbox/ surface through the client's generic request; the helpers
// below it read, delete and break things the way the tests need.
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"
#include "sandbox/SandboxServer.h"

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
        InstancesApi(*client).list({1, 100, {}, {}, false, {}, {}}, &context,
                                   [&page](const Result<InstancePage> &result) { page = result; });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, 10000) || !page->ok())
            return {};
        return page->value().content;
    }

    // The first instance of the demo data (in list order) that `match` accepts, if any.
    template<typename Match>
    std::optional<Instance> firstWith(Match match)
    {
        const QList<Instance> all = instances();
        for (const Instance &instance : all) {
            if (match(instance))
                return instance;
        }
        return std::nullopt;
    }

    // How many instances the account has, or -1 if the list failed.
    qint64 instanceCount()
    {
        std::optional<Result<InstancePage>> page;
        QObject context;
        InstancesApi(*client).list({1, 1, {}, {}, false, {}, {}}, &context,
                                   [&page](const Result<InstancePage> &result) { page = result; });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, 10000) || !page->ok())
            return -1;
        return page->value().total;
    }

    // The instance as the sandbox has it now, or the error (404 once deleted).
    Result<Instance> fetch(const QString &id)
    {
        std::optional<Result<Instance>> result;
        QObject context;
        InstancesApi(*client).get(id, &context,
                                  [&result](const Result<Instance> &got) { result = got; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::invalidInput(QStringLiteral("get instance"),
                                          QStringLiteral("no answer"));
        return *result;
    }

    // Deletes the instance through the API, as someone else would; true once it is gone.
    bool deleteInstance(const QString &id)
    {
        std::optional<bool> deleted;
        QObject context;
        InstancesApi(*client).remove(id, {}, &context,
                                     [&deleted](const Result<Done> &r) { deleted = r.ok(); });
        return QTest::qWaitFor([&deleted] { return deleted.has_value(); }, 10000) && *deleted;
    }

    // The next API request under `pathPrefix` (and, when given, with `method`) fails with
    // `status` and `message`, and asks to wait `retryAfter` seconds unless that is negative.
    bool failNext(int status, const QString &message,
                  const QString &pathPrefix = QStringLiteral("/instances"), int retryAfter = -1,
                  const QString &method = {})
    {
        QJsonObject rule{{QStringLiteral("status"), status},
                         {QStringLiteral("path_prefix"), pathPrefix},
                         {QStringLiteral("message"), message}};
        if (retryAfter >= 0)
            rule.insert(QStringLiteral("retry_after"), retryAfter);
        if (!method.isEmpty())
            rule.insert(QStringLiteral("method"), method);
        return control("POST", QStringLiteral("/_sandbox/fail-next"), rule).ok();
    }

    // Every API answer from now on comes `ms` milliseconds late.
    bool setLatency(int ms)
    {
        return control("POST", QStringLiteral("/_sandbox/config"),
                       {{QStringLiteral("latency_ms"), ms}})
            .ok();
    }

    // With a card on file a subscribe activates at once; without, it goes to checkout.
    bool setCardOnFile(bool onFile)
    {
        return control("POST", QStringLiteral("/_sandbox/config"),
                       {{QStringLiteral("card_on_file"), onFile}})
            .ok();
    }

    std::unique_ptr<vzsandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    bool started = false;
};

} // namespace vzaps::test
