// ApiClient and redirects (docs/api-contract.md §1.6): the VZaps API never redirects, so a 3xx is
// refused as an error of its own and never followed. Following one would re-post the client
// secret (a 307/308 on /token) or send the Authorization and token headers to another origin.
#include "core/api/AuthApi.h"
#include "core/api/ErrorReply.h"
#include "core/api/InstancesApi.h"
#include "tests/support/ApiTestFixture.h"

#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

namespace {

const QString kInstanceToken = u"inst_redirect_test_token_7f6e5d"_s;

CannedResponse redirectTo(int status, const QByteArray &location)
{
    return CannedResponse::json(status, QJsonObject{{u"message"_s, u"moved"_s}})
        .withHeader("Location", location);
}

} // namespace

class TestApiClientRedirects : public QObject, protected ClientFixture
{
    Q_OBJECT

    // The other origin a hostile or misconfigured server points at; it must hear nothing.
    TestHttpServer *m_elsewhere = nullptr;

    // Everything an error may show, in one string, for checking that no secret is in it.
    static QString everything(const ApiError &error)
    {
        return QStringList{error.describe(), error.message,   error.details,       error.reason,
                           error.code,       error.requestId, error.redirectOrigin}
            .join(u'\n');
    }

    void verifyNothingLeaked(const ApiError &error)
    {
        QCOMPARE(m_elsewhere->connectionCount(), 0);
        QCOMPARE(m_elsewhere->requestCount(), 0);
        const QString text = everything(error);
        for (const QString &secret : {kClientSecret, m_fake->lastToken, kInstanceToken}) {
            if (!secret.isEmpty())
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(setUpClient());
        m_elsewhere = new TestHttpServer;
        QVERIFY(m_elsewhere->listen());
        m_elsewhere->setHandler(
            [](const RecordedRequest &) { return CannedResponse::json(200, QJsonObject{}); });
    }

    void cleanup()
    {
        delete m_elsewhere;
        m_elsewhere = nullptr;
        tearDownClient();
    }

    void tokenRedirectIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

    void tokenRedirectIsNotFollowed()
    {
        QFETCH(int, status);
        const QByteArray target = m_elsewhere->baseUrl().toEncoded() + "/token";
        m_fake->routes = nullptr;
        m_server->enqueue(redirectTo(status, target));

        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        QVERIFY(!token.result->ok());
        QCOMPARE(token.error().kind, ErrorKind::Redirect);
        QCOMPARE(token.error().httpStatus, status);
        QCOMPARE(token.error().redirectOrigin, errors::originOf(m_elsewhere->baseUrl()));
        const QString text = token.error().describe();
        QVERIFY2(text.contains(token.error().redirectOrigin), qPrintable(text));
        QVERIFY2(text.contains("not followed"_L1), qPrintable(text));
        QCOMPARE(m_server->requests("POST", "/token").size(), 1);
        verifyNothingLeaked(token.error());
    }

    void apiCallRedirectIsNotFollowed_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        for (const char *operation : {"list", "get", "update", "restart"}) {
            for (int status : {301, 302, 303, 307, 308}) {
                QTest::addRow("%s %d", operation, status)
                    << QString::fromLatin1(operation) << status;
            }
        }
    }

    void apiCallRedirectIsNotFollowed()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        const QByteArray target = m_elsewhere->baseUrl().toEncoded() + "/stolen?from=vzaps";
        m_fake->routes = [&](const RecordedRequest &) { return redirectTo(status, target); };

        std::optional<ApiError> failure;
        const auto keep = [&](const auto &result) {
            failure = result.ok() ? ApiError() : result.error();
            if (result.ok())
                failure->kind = ErrorKind::InvalidInput; // a success here is a failure of the test
        };
        const QString id = u"VZ3K9Q2M7X4B8N1P5R6T0W2Y4Z"_s;
        if (operation == "list"_L1)
            m_instances->list({}, this, keep);
        else if (operation == "get"_L1)
            m_instances->get(id, this, keep);
        else if (operation == "update"_L1) {
            InstanceChanges changes;
            changes.name = u"Renamed"_s;
            m_instances->update(id, changes, kInstanceToken, this, keep);
        } else
            m_instances->restart(id, kInstanceToken, this, keep);

        QTRY_VERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Redirect);
        QCOMPARE(failure->httpStatus, status);
        QCOMPARE(failure->redirectOrigin, errors::originOf(m_elsewhere->baseUrl()));
        QVERIFY2(failure->describe().contains("not followed"_L1), qPrintable(failure->describe()));
        // Sent once, to the configured server only: a redirect is not a reason to retry either.
        QCOMPARE(m_server->requestCount(), 2);
        verifyNothingLeaked(*failure);
    }

    void httpToHttpsOfTheSameHostSaysToUseHttps()
    {
        const QUrl secure = [this] {
            QUrl url = m_server->baseUrl();
            url.setScheme(u"https"_s);
            return url;
        }();
        m_server->enqueue(redirectTo(301, secure.toEncoded() + "/token"));
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        QCOMPARE(token.error().kind, ErrorKind::Redirect);
        QCOMPARE(token.error().redirectOrigin, errors::originOf(secure));
        QCOMPARE(token.error().httpsAddress, secure.toString());
        const QString text = token.error().describe();
        QVERIFY2(text.contains("Use the https:// address: "_L1 + secure.toString()),
                 qPrintable(text));
        // A base URL with a path keeps it in the address to use.
        const ApiError withPath = errors::fromRedirect(
            u"get an access token"_s, 308, {}, QUrl(u"http://vzaps.example:8080/api/token"_s),
            "https://vzaps.example:8443/api/token", QUrl(u"http://vzaps.example:8080/api/"_s));
        QCOMPARE(withPath.httpsAddress, u"https://vzaps.example:8443/api"_s);
    }

    void aSecretAcrossTheCutIsStillRedacted()
    {
        // A server echoes the secret just where the message is cut: redaction comes first.
        const QString message = QString(990, u'a') + kClientSecret + QString(50, u'b');
        m_server->enqueue(CannedResponse::json(400, QJsonObject{{u"message"_s, message}}));
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        const QString shown = token.error().message;
        QVERIFY(shown.size() <= 1001);
        QVERIFY2(!shown.contains(kClientSecret.left(6)), qPrintable(shown.right(40)));
        QVERIFY(shown.contains("[redacted]"_L1));
    }

    void relativeRedirectNamesTheSameOrigin()
    {
        m_server->enqueue(redirectTo(302, "/elsewhere/token"));
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        QCOMPARE(token.error().kind, ErrorKind::Redirect);
        QCOMPARE(token.error().redirectOrigin, errors::originOf(m_server->baseUrl()));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void redirectWithoutLocationIsStillARedirect()
    {
        m_server->enqueue(CannedResponse::json(302, QJsonObject{}));
        Captured<AccessToken> token;
        m_client->accessToken(this, token.callback());
        QTRY_VERIFY(token.result);
        QCOMPARE(token.error().kind, ErrorKind::Redirect);
        QVERIFY(token.error().redirectOrigin.isEmpty());
        QVERIFY2(token.error().describe().contains("without a usable target"_L1),
                 qPrintable(token.error().describe()));
    }

    void originNamesSchemeHostAndOnlyAnUnusualPort_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("https default port")
            << u"https://Evil.Example:443/a?b#c"_s << u"https://evil.example"_s;
        QTest::newRow("http other port")
            << u"http://127.0.0.1:8731/token"_s << u"http://127.0.0.1:8731"_s;
        QTest::newRow("user info dropped")
            << u"https://user:pw@evil.example/x"_s << u"https://evil.example"_s;
        QTest::newRow("no host") << u"mailto:someone"_s << QString();
    }

    void originNamesSchemeHostAndOnlyAnUnusualPort()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(errors::originOf(QUrl(url)), origin);
    }
};

QTEST_GUILESS_MAIN(TestApiClientRedirects)
#include "tst_apiclient_redirects.moc"
