#pragma once

// Shared pieces of the ApiClient integration tests: a minimal VZaps peer on the
// scripted TestHttpServer, and a way to capture one callback's Result.
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"
#include "tests/support/TestHttpServer.h"

#include <QJsonObject>

#include <optional>

namespace vzaps::test {

inline const QString kClientToken = QStringLiteral("ct_test_account");
inline const QString kClientSecret = QStringLiteral("cs_very_secret_value");

// Answers POST /token with numbered JWT-shaped tokens; everything else goes to `routes`.
class FakeVZaps
{
public:
    explicit FakeVZaps(TestHttpServer &server)
    {
        server.setHandler([this](const RecordedRequest &request) -> CannedResponse {
            if (request.path.endsWith("/token")) {
                ++tokensIssued;
                lastToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.test%1.sig").arg(tokensIssued);
                CannedResponse reply = CannedResponse::json(
                    200, QJsonObject{{QStringLiteral("access_token"), lastToken},
                                     {QStringLiteral("expires_in"), expiresIn}});
                reply.delayMs = tokenDelayMs;
                return reply;
            }
            if (routes)
                return routes(request);
            return CannedResponse::json(200, QJsonObject{});
        });
    }

    int tokensIssued = 0;
    QString lastToken;
    qint64 expiresIn = 3600;
    int tokenDelayMs = 0;
    std::function<CannedResponse(const RecordedRequest &)> routes;
};

// Holds the Result of one call; tests wait with QTRY_VERIFY(captured.result).
template<typename T>
struct Captured {
    std::optional<Result<T>> result;
    int calls = 0;

    Callback<T> callback()
    {
        return [this](const Result<T> &value) {
            ++calls;
            result = value;
        };
    }
    const T &value() const { return result->value(); }
    const ApiError &error() const { return result->error(); }
    // For QVERIFY2 messages, which are built whether or not the check fails.
    QByteArray why() const
    {
        return result && !result->ok() ? result->error().describe().toUtf8() : QByteArray();
    }
};

inline void connectToServer(ApiClient &client, const TestHttpServer &server)
{
    client.setBaseUrl(server.baseUrl());
    client.setCredentials(kClientToken, kClientSecret);
    client.setTimeout(std::chrono::seconds(10));
}

// A client signed in to a FakeVZaps on a fresh scripted server, for each test function.
// Raw pointers: a test may destroy the client itself to check what happens then.
class ClientFixture
{
protected:
    bool setUpClient()
    {
        m_server = new TestHttpServer;
        if (!m_server->listen())
            return false;
        m_fake = new FakeVZaps(*m_server);
        m_client = new ApiClient;
        connectToServer(*m_client, *m_server);
        m_instances = new InstancesApi(*m_client);
        return true;
    }

    void tearDownClient()
    {
        delete m_instances;
        m_instances = nullptr;
        delete m_client;
        m_client = nullptr;
        delete m_fake;
        m_fake = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    TestHttpServer *m_server = nullptr;
    FakeVZaps *m_fake = nullptr;
    ApiClient *m_client = nullptr;
    InstancesApi *m_instances = nullptr;
};

} // namespace vzaps::test
