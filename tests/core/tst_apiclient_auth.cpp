// ApiClient against a local server: headers exactly as docs/api-contract.md §1.3 and the
// token lifecycle of §1.4 (cache, one shared refresh, 401 → refresh and retry once).
#include "core/api/InstancesApi.h"
#include "tests/support/ApiTestFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

class TestApiClientAuth : public QObject, protected ClientFixture
{
    Q_OBJECT

private:
    QList<RecordedRequest> apiRequests() const
    {
        QList<RecordedRequest> result;
        const auto all = m_server->requests();
        for (const RecordedRequest &request : all) {
            if (request.path != "/token")
                result.append(request);
        }
        return result;
    }

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }

    void cleanup() { tearDownClient(); }

    void tokenRequestCarriesCredentialsAndNoAuthHeaders()
    {
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        QVERIFY(token.result->ok());
        QCOMPARE(token.value().token, m_fake->lastToken);
        QCOMPARE(token.value().expiresInSeconds, 3600);

        const RecordedRequest request = m_server->requests().first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/token");
        QCOMPARE(request.json().object(), (QJsonObject{{u"client_token"_s, kClientToken},
                                                       {u"client_secret"_s, kClientSecret}}));
        QCOMPARE(request.header("Content-Type"), "application/json");
        QCOMPARE(request.header("Accept"), "application/json");
        QVERIFY(!request.hasHeader("Authorization"));
        QVERIFY(!request.hasHeader("X-Client-Token"));
        QVERIFY(!request.hasHeader("X-Instance-Token"));
    }

    void authenticatedCallWithBodyHasEveryHeader()
    {
        Captured<Instance> created;
        m_instances->create({u"Support"_s, {}, {}, false, false, {}}, this, created.callback());
        QTRY_VERIFY(created.result);
        QVERIFY(created.result->ok());

        const RecordedRequest request = apiRequests().first();
        QCOMPARE(request.method, "PUT");
        QCOMPARE(request.path, "/instances/create");
        QCOMPARE(request.header("Accept"), "application/json");
        QCOMPARE(request.header("Content-Type"), "application/json");
        QCOMPARE(request.header("Authorization"), "Bearer " + m_fake->lastToken.toUtf8());
        QCOMPARE(request.header("X-Client-Token"), kClientToken.toUtf8());
        QVERIFY(!request.hasHeader("X-Instance-Token"));
        const QRegularExpression agent(uR"(^VZapsDesk/\d+\.\d+\.\d+ \(Qt 6\.\d+\.\d+; .+\)$)"_s);
        QVERIFY2(agent.match(QString::fromUtf8(request.header("User-Agent"))).hasMatch(),
                 request.header("User-Agent").constData());
        QCOMPARE(request.json().object(), (QJsonObject{{u"name"_s, u"Support"_s}}));
    }

    void bodilessCallSendsNoBodyAndNoContentType()
    {
        Captured<ActionResult> restarted;
        m_instances->restart(u"VZ1"_s, u"inst_secret_tok"_s, this, restarted.callback());
        QTRY_VERIFY(restarted.result);
        QVERIFY(restarted.result->ok());

        const RecordedRequest request = apiRequests().first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/instances/VZ1/restart");
        QVERIFY(request.body.isEmpty());
        QVERIFY(!request.hasHeader("Content-Type"));
        QVERIFY(request.header("Content-Length").isEmpty() ||
                request.header("Content-Length") == "0");
        QCOMPARE(request.header("X-Instance-Token"), "inst_secret_tok");
        QCOMPARE(request.header("X-Client-Token"), kClientToken.toUtf8());
        QVERIFY(request.header("Authorization").startsWith("Bearer "));
    }

    void tokenIsReusedAcrossCalls()
    {
        for (int i = 0; i < 3; ++i) {
            Captured<InstancePage> page;
            m_instances->list({}, this, page.callback());
            QTRY_VERIFY(page.result);
            QVERIFY(page.result->ok());
        }
        QCOMPARE(m_fake->tokensIssued, 1);
        QCOMPARE(apiRequests().size(), 3);
    }

    void concurrentCallsShareOneTokenRequest()
    {
        m_fake->tokenDelayMs = 200;
        QList<Captured<InstancePage>> pages(6);
        for (auto &page : pages)
            m_instances->list({}, this, page.callback());
        for (auto &page : pages) {
            QTRY_VERIFY(page.result);
            QVERIFY(page.result->ok());
        }
        QCOMPARE(m_fake->tokensIssued, 1);
        QCOMPARE(apiRequests().size(), 6);
        for (const RecordedRequest &request : apiRequests())
            QCOMPARE(request.header("Authorization"), "Bearer " + m_fake->lastToken.toUtf8());
    }

    // vzaps-desk's start fetches its first page with a client of its own, on a worker
    // thread, and hands the token over to the app's client.
    void aTokenFetchedByAnotherClientIsAdopted()
    {
        QCOMPARE(m_client->cachedToken().token, QString()); // none fetched yet
        ApiClient other;
        connectToServer(other, *m_server);
        Captured<InstancePage> first;
        InstancesApi(other).list({}, this, first.callback());
        QTRY_VERIFY(first.result);
        QVERIFY(first.result->ok());
        const AccessToken handed = other.cachedToken();
        QCOMPARE(handed.token, m_fake->lastToken);
        QVERIFY(handed.expiresInSeconds > 3000);

        m_client->adoptToken(handed, m_client->baseUrl(), m_client->clientToken());
        Captured<InstancePage> second;
        m_instances->list({}, this, second.callback());
        QTRY_VERIFY(second.result);
        QVERIFY(second.result->ok());
        QCOMPARE(m_fake->tokensIssued, 1);
        QCOMPARE(apiRequests().last().header("Authorization"), "Bearer " + handed.token.toUtf8());
    }

    void aTokenOfferedDuringAFetchIsNotAdopted()
    {
        m_fake->tokenDelayMs = 200;
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback()); // fetches a token first
        m_client->adoptToken({u"tok_offered"_s, 3600}, m_client->baseUrl(),
                             m_client->clientToken());
        QTRY_VERIFY(page.result);
        QVERIFY(page.result->ok());
        QCOMPARE(m_fake->tokensIssued, 1);
        QVERIFY(m_fake->lastToken != u"tok_offered"_s);
        QCOMPARE(apiRequests().last().header("Authorization"),
                 "Bearer " + m_fake->lastToken.toUtf8());
    }

    void anUnusableOrForeignTokenIsNotAdopted()
    {
        const QUrl url = m_client->baseUrl();
        const QString account = m_client->clientToken();
        m_client->adoptToken({}, url, account);
        m_client->adoptToken({u"tok_other_account"_s, 3600}, url, u"ct_other"_s);
        m_client->adoptToken({u"tok_other_server"_s, 3600}, QUrl(u"https://elsewhere.test"_s),
                             account);
        QCOMPARE(m_client->cachedToken().token, QString());
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QVERIFY(page.result->ok());
        QCOMPARE(m_fake->tokensIssued, 1); // fetched its own
        QCOMPARE(apiRequests().last().header("Authorization"),
                 "Bearer " + m_fake->lastToken.toUtf8());

        // A usable token of its own is kept.
        m_client->adoptToken({u"tok_newer"_s, 3600}, url, account);
        QCOMPARE(m_client->cachedToken().token, m_fake->lastToken);
    }

    void tokenNearExpiryIsNotReused()
    {
        m_fake->expiresIn = 45; // less than the 60 s safety margin: use once, then refresh
        for (int i = 0; i < 2; ++i) {
            Captured<InstancePage> page;
            m_instances->list({}, this, page.callback());
            QTRY_VERIFY(page.result);
            QVERIFY(page.result->ok());
        }
        QCOMPARE(m_fake->tokensIssued, 2);
    }

    void unauthorizedCallRefreshesAndRetriesOnce()
    {
        // The first token is "revoked": the server accepts only tokens issued later.
        m_fake->routes = [this](const RecordedRequest &request) {
            if (request.header("Authorization").endsWith("test1.sig"))
                return CannedResponse::json(401, QJsonObject{{u"message"_s, u"token revoked"_s}});
            return CannedResponse::json(200,
                                        QJsonObject{{u"page"_s, 1}, {u"content"_s, QJsonArray()}});
        };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QVERIFY2(page.result->ok(), page.why().constData());
        QCOMPARE(m_fake->tokensIssued, 2);
        QCOMPARE(apiRequests().size(), 2);
        QVERIFY(apiRequests().last().header("Authorization").endsWith("test2.sig"));
    }

    void secondUnauthorizedIsAnAuthError()
    {
        m_fake->routes = [](const RecordedRequest &) {
            return CannedResponse::json(401, QJsonObject{{u"message"_s, u"account suspended"_s}});
        };
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QVERIFY(!page.result->ok());
        QCOMPARE(page.error().kind, ErrorKind::Auth);
        QCOMPARE(page.error().httpStatus, 401);
        QVERIFY(page.error().describe().contains("account suspended"_L1));
        QCOMPARE(m_fake->tokensIssued, 2);
        QCOMPARE(apiRequests().size(), 2);
    }

    void rejectedCredentialsAreAnAuthErrorAndNothingElseIsSent()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return CannedResponse::json(401, QJsonObject{{u"message"_s, u"bad credentials"_s}});
        });
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY(instance.result);
        QCOMPARE(instance.error().kind, ErrorKind::Auth);
        QVERIFY(instance.error().describe().contains("bad credentials"_L1));
        QVERIFY(instance.error().describe().contains("VZ1"_L1)); // says what failed
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().path, "/token");
    }

    void camelCaseTokenReplyIsAccepted()
    {
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.path == "/token")
                return CannedResponse::json(200, QJsonObject{{u"accessToken"_s, u"eyJ.camel.sig"_s},
                                                             {u"expiresIn"_s, 600}});
            return CannedResponse::json(200, QJsonObject{{u"id"_s, u"VZ1"_s}});
        });
        Captured<Instance> instance;
        m_instances->get(u"VZ1"_s, this, instance.callback());
        QTRY_VERIFY(instance.result);
        QVERIFY(instance.result->ok());
        QCOMPARE(m_server->requests().last().header("Authorization"), "Bearer eyJ.camel.sig");
    }

    void tokenWithoutLifetimeIsAnAuthError()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return CannedResponse::json(200, QJsonObject{{u"access_token"_s, u"eyJ.x.y"_s}});
        });
        Captured<InstancePage> page;
        m_instances->list({}, this, page.callback());
        QTRY_VERIFY(page.result);
        QCOMPARE(page.error().kind, ErrorKind::Auth);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void changingCredentialsDropsTheToken()
    {
        Captured<InstancePage> first;
        m_instances->list({}, this, first.callback());
        QTRY_VERIFY(first.result);
        m_client->setCredentials(u"ct_other"_s, u"cs_other_secret"_s);
        Captured<InstancePage> second;
        m_instances->list({}, this, second.callback());
        QTRY_VERIFY(second.result);
        QVERIFY(second.result->ok());
        QCOMPARE(m_fake->tokensIssued, 2);
        QCOMPARE(
            m_server->requests("POST", "/token").last().json().object().value("client_token"_L1),
            QJsonValue(u"ct_other"_s));
        QCOMPARE(apiRequests().last().header("X-Client-Token"), "ct_other");
    }

    void secretsNeverAppearInErrors()
    {
        // A hostile server echoes everything it was sent into its error reply.
        m_fake->routes = [](const RecordedRequest &request) {
            const QString echoed = QString::fromUtf8(request.header("Authorization") + ' ' +
                                                     request.header("X-Instance-Token"));
            return CannedResponse::json(400, QJsonObject{{u"message"_s, u"rejected "_s + echoed},
                                                         {u"details"_s, echoed}})
                .withHeader("X-Request-Id", "req-echo");
        };
        Captured<ActionResult> restarted;
        m_instances->restart(u"VZ1"_s, u"inst_secret_tok"_s, this, restarted.callback());
        QTRY_VERIFY(restarted.result);
        const ApiError &error = restarted.error();
        const QString everything = error.describe() + error.details + error.message + error.reason;
        QVERIFY(!everything.contains(m_fake->lastToken));
        QVERIFY(!everything.contains("inst_secret_tok"_L1));
        QVERIFY(!everything.contains(kClientSecret));
        QVERIFY(everything.contains("rejected"_L1));
        QCOMPARE(error.requestId, u"req-echo"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiClientAuth)
#include "tst_apiclient_auth.moc"
