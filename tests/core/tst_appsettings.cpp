// The typed app preferences: defaults, garbled values falling back, the round
// trip, the proxy each mode builds, what applyTo() does to an ApiClient (timeout, proxy,
// requests really sent through the proxy with its credentials), and that the proxy
// password never reaches the settings file.
#include "core/api/ApiClient.h"
#include "core/settings/AppSettings.h"
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/TestHttpServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(vzaps::Preferences)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using vzaps::test::CannedResponse;
using vzaps::test::FakeSecretStore;
using vzaps::test::RecordedRequest;
using vzaps::test::TestHttpServer;

namespace vzaps {

namespace {

const QString kPassword = u"pw-Zq81-not-in-files"_s;

QNetworkProxy clientProxy(ApiClient &client, const QString &url)
{
    QNetworkProxyFactory *factory = client.network()->proxyFactory();
    if (!factory)
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(QUrl(url)));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::DefaultProxy) : proxies.first();
}

Preferences manualProxy(ProxyMode mode, const QString &host, int port, const QString &user)
{
    Preferences preferences;
    preferences.proxy.mode = mode;
    preferences.proxy.host = host;
    preferences.proxy.port = port;
    preferences.proxy.user = user;
    return preferences;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vzaps::testing::isolateSettings(u"tst_appsettings"_s); }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void defaults()
    {
        AppSettings settings;
        const Preferences preferences = settings.preferences();
        QCOMPARE(preferences.autoRefreshSeconds, 30);
        QCOMPARE(preferences.defaultPageSize, 50);
        QCOMPARE(preferences.requestTimeoutSeconds, 30);
        QVERIFY(preferences.typeToConfirm);
        QVERIFY(preferences.notifyDisconnects);
        QVERIFY(preferences.notifyConnects);
        QCOMPARE(preferences.proxy.mode, ProxyMode::System);
        QVERIFY(preferences == Preferences{});
        QCOMPARE(preferences.requestTimeout(), ApiClient::kDefaultTimeout);
        QCOMPARE(settings.proxyFor(QString()).type(), QNetworkProxy::DefaultProxy);
        QCOMPARE(AppSettings::proxyPasswordKey(), u"proxy/password"_s);
    }

    void invalidValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected"); // the int field the key feeds
        const QString refresh = u"Preferences/autoRefreshSeconds"_s;
        const QString pageSize = u"Preferences/defaultPageSize"_s;
        const QString timeout = u"Preferences/requestTimeoutSeconds"_s;
        const QString port = u"Proxy/port"_s;
        QTest::newRow("refresh not offered") << refresh << QVariant(45) << 30;
        QTest::newRow("refresh text, not off") << refresh << QVariant(u"soon"_s) << 30;
        QTest::newRow("refresh off is valid") << refresh << QVariant(u"0"_s) << 0;
        QTest::newRow("refresh 5 min") << refresh << QVariant(300) << 300;
        QTest::newRow("page size 25") << pageSize << QVariant(25) << 50;
        QTest::newRow("page size text") << pageSize << QVariant(u"many"_s) << 50;
        QTest::newRow("page size 100") << pageSize << QVariant(u"100"_s) << 100;
        QTest::newRow("timeout too short") << timeout << QVariant(4) << 30;
        QTest::newRow("timeout too long") << timeout << QVariant(301) << 30;
        QTest::newRow("timeout 5") << timeout << QVariant(5) << 5;
        QTest::newRow("port too big") << port << QVariant(70000) << 0;
        QTest::newRow("port negative") << port << QVariant(-1) << 0;
        QTest::newRow("port text") << port << QVariant(u"http"_s) << 0;
    }

    void invalidValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        QSettings().setValue(key, stored);
        const Preferences preferences = AppSettings().preferences();
        const QHash<QString, int> read = {
            {u"Preferences/autoRefreshSeconds"_s, preferences.autoRefreshSeconds},
            {u"Preferences/defaultPageSize"_s, preferences.defaultPageSize},
            {u"Preferences/requestTimeoutSeconds"_s, preferences.requestTimeoutSeconds},
            {u"Proxy/port"_s, preferences.proxy.port},
        };
        QCOMPARE(read.value(key), expected);
    }

    void unknownProxyModeIsSystem()
    {
        QSettings().setValue(u"Proxy/mode"_s, u"ftp"_s);
        QCOMPARE(AppSettings().proxy().mode, ProxyMode::System);
        QSettings().setValue(u"Proxy/mode"_s, u"socks5"_s);
        QCOMPARE(AppSettings().proxy().mode, ProxyMode::Socks5);
    }

    void roundTrip()
    {
        Preferences saved =
            manualProxy(ProxyMode::Socks5, u"proxy.example.test"_s, 1080, u"agent"_s);
        saved.autoRefreshSeconds = 0;
        saved.defaultPageSize = 100;
        saved.requestTimeoutSeconds = 120;
        saved.typeToConfirm = false;
        saved.notifyDisconnects = false;
        saved.notifyConnects = false;
        {
            AppSettings settings;
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.save(saved);
            QCOMPARE(changed.count(), 1);
            settings.save(saved); // nothing differs: no signal
            QCOMPARE(changed.count(), 1);
        }
        QVERIFY(AppSettings().preferences() == saved);
        QCOMPARE(AppSettings().preferences().autoRefreshInterval(), 0s);
    }

    void saveChecksValues()
    {
        Preferences wrong;
        wrong.autoRefreshSeconds = 7;
        wrong.defaultPageSize = 33;
        wrong.requestTimeoutSeconds = 9999;
        AppSettings settings;
        settings.save(wrong);
        QVERIFY(settings.preferences() == Preferences{});
    }

    void proxyFor_data()
    {
        QTest::addColumn<Preferences>("preferences");
        QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType
        QTest::addColumn<bool>("withPassword");
        QTest::newRow("system") << Preferences{} << int(QNetworkProxy::DefaultProxy) << false;
        QTest::newRow("none") << manualProxy(ProxyMode::None, u"ignored.test"_s, 8080, {})
                              << int(QNetworkProxy::NoProxy) << false;
        QTest::newRow("http") << manualProxy(ProxyMode::Http, u"proxy.example.test"_s, 3128,
                                             u"agent"_s)
                              << int(QNetworkProxy::HttpProxy) << true;
        QTest::newRow("socks5") << manualProxy(ProxyMode::Socks5, u"proxy.example.test"_s, 1080,
                                               u"agent"_s)
                                << int(QNetworkProxy::Socks5Proxy) << true;
        QTest::newRow("no user, no password")
            << manualProxy(ProxyMode::Http, u"proxy.example.test"_s, 3128, {})
            << int(QNetworkProxy::HttpProxy) << false;
        QTest::newRow("manual without host: system")
            << manualProxy(ProxyMode::Http, {}, 3128, u"agent"_s)
            << int(QNetworkProxy::DefaultProxy) << false;
    }

    void proxyFor()
    {
        QFETCH(Preferences, preferences);
        QFETCH(int, type);
        QFETCH(bool, withPassword);
        AppSettings settings;
        settings.save(preferences);
        const QNetworkProxy proxy = settings.proxyFor(kPassword);
        QCOMPARE(int(proxy.type()), type);
        if (type == QNetworkProxy::HttpProxy || type == QNetworkProxy::Socks5Proxy) {
            QCOMPARE(proxy.hostName(), preferences.proxy.host);
            QCOMPARE(int(proxy.port()), preferences.proxy.port);
            QCOMPARE(proxy.user(), preferences.proxy.user);
        }
        QVERIFY((proxy.password() == kPassword) == withPassword); // never printed
    }

    void manualProxyProblems()
    {
        ProxySettings proxy;
        QVERIFY(proxy.problem().isEmpty()); // System needs nothing
        proxy.mode = ProxyMode::Http;
        QVERIFY(proxy.problem().contains(u"host"_s));
        proxy.host = u"http://proxy.example.test"_s;
        QVERIFY(proxy.problem().contains(u"http://"_s));
        proxy.host = u"proxy.example.test"_s;
        QVERIFY(proxy.problem().contains(u"port"_s));
        proxy.port = 65536;
        QVERIFY(proxy.problem().contains(u"port"_s));
        proxy.port = 3128;
        QVERIFY(proxy.problem().isEmpty());
    }

    void applyToSetsTimeoutAndProxy()
    {
        Preferences preferences =
            manualProxy(ProxyMode::Http, u"proxy.example.test"_s, 3128, u"agent"_s);
        preferences.requestTimeoutSeconds = 45;
        AppSettings settings;
        settings.save(preferences);
        ApiClient client;
        settings.applyTo(client, kPassword);
        QCOMPARE(client.timeout(), 45s);

        const QNetworkProxy remote = clientProxy(client, u"https://api.vzaps.com/v1/instances"_s);
        QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.hostName(), u"proxy.example.test"_s);
        QCOMPARE(remote.port(), quint16(3128));
        QCOMPARE(remote.user(), u"agent"_s);
        QVERIFY(remote.password() == kPassword);
        // This computer (the sandbox) is never reached through a proxy.
        for (const QString &local :
             {u"http://127.0.0.1:8080/"_s, u"http://localhost:9/"_s, u"http://[::1]:80/"_s})
            QCOMPARE(clientProxy(client, local).type(), QNetworkProxy::NoProxy);

        preferences.proxy.mode = ProxyMode::None;
        settings.save(preferences);
        settings.applyTo(client, kPassword);
        QCOMPARE(clientProxy(client, u"https://api.vzaps.com/"_s).type(), QNetworkProxy::NoProxy);

        // System: the operating system's answer, whatever the application-wide proxy is.
        settings.save(Preferences{});
        settings.applyTo(client, QString());
        QCOMPARE(client.timeout(), ApiClient::kDefaultTimeout);
        const QUrl url(u"https://api.vzaps.com/"_s);
        const QNetworkProxy system =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url)).value(0);
        QCOMPARE(clientProxy(client, url.toString()).type(), system.type());
        QCOMPARE(clientProxy(client, url.toString()).hostName(), system.hostName());
        QCOMPARE(clientProxy(client, u"http://127.0.0.1/"_s).type(), QNetworkProxy::NoProxy);
    }

    // A real request goes to the proxy, which asks for credentials and gets the password.
    void requestsGoThroughTheProxy()
    {
        TestHttpServer proxyServer;
        QVERIFY(proxyServer.listen());
        proxyServer.setHandler([](const RecordedRequest &request) {
            if (!request.hasHeader("Proxy-Authorization"))
                return CannedResponse::text(407, "auth")
                    .withHeader("Proxy-Authenticate", R"(Basic realm="office")");
            return CannedResponse::text(200, "through the proxy");
        });
        AppSettings settings;
        settings.save(
            manualProxy(ProxyMode::Http, u"127.0.0.1"_s, proxyServer.baseUrl().port(), u"agent"_s));
        ApiClient client;
        settings.applyTo(client, kPassword);

        QNetworkReply *reply =
            client.network()->get(QNetworkRequest(QUrl(u"http://api.example.test/ping"_s)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("through the proxy"));
        reply->deleteLater();

        const QList<RecordedRequest> requests = proxyServer.requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.first().path, QByteArray("http://api.example.test/ping"));
        const QByteArray expected = "Basic " + QByteArray("agent:" + kPassword.toUtf8()).toBase64();
        QVERIFY(requests.last().header("Proxy-Authorization") == expected); // never printed
    }

    void applyWithStoredPassword()
    {
        FakeSecretStore store;
        store.secrets.insert(AppSettings::proxyPasswordKey(), kPassword);
        AppSettings settings;
        settings.save(manualProxy(ProxyMode::Socks5, u"proxy.example.test"_s, 1080, u"agent"_s));
        ApiClient client;
        std::optional<SecretResult> told;
        settings.applyTo(client, store, [&told](const SecretResult &result) { told = result; });
        QTRY_VERIFY(told.has_value());
        QVERIFY(told->ok());
        QVERIFY(told->secret.isEmpty()); // the caller is told what happened, not the secret
        const QNetworkProxy proxy = clientProxy(client, u"https://api.vzaps.com/"_s);
        QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
        QVERIFY(proxy.password() == kPassword);

        // A keychain that cannot be read: the proxy without a password, and the reason.
        store.readStatus = SecretResult::Status::Unavailable;
        told.reset();
        settings.applyTo(client, store, [&told](const SecretResult &result) { told = result; });
        QTRY_VERIFY(told.has_value());
        QCOMPARE(told->status, SecretResult::Status::Unavailable);
        QVERIFY(!told->message.isEmpty());
        QVERIFY(clientProxy(client, u"https://api.vzaps.com/"_s).password().isEmpty());
        QCOMPARE(store.reads, 2);
    }

    void noPasswordNeededNoRead()
    {
        FakeSecretStore store;
        AppSettings settings;
        settings.save(manualProxy(ProxyMode::Http, u"proxy.example.test"_s, 3128, {}));
        ApiClient client;
        std::optional<SecretResult> told;
        settings.applyTo(client, store, [&told](const SecretResult &result) { told = result; });
        QVERIFY(!told); // always later, never from inside applyTo()
        QTRY_VERIFY(told.has_value());
        QVERIFY(told->ok());
        QCOMPARE(store.reads, 0); // no user: the keychain is not touched
        QCOMPARE(clientProxy(client, u"https://api.vzaps.com/"_s).type(), QNetworkProxy::HttpProxy);
    }

    void passwordNeverInSettingsFile()
    {
        FakeSecretStore store;
        store.secrets.insert(AppSettings::proxyPasswordKey(), kPassword);
        AppSettings settings;
        settings.save(manualProxy(ProxyMode::Http, u"proxy.example.test"_s, 3128, u"agent"_s));
        ApiClient client;
        settings.applyTo(client, kPassword);
        bool applied = false;
        settings.applyTo(client, store, [&applied](const SecretResult &) { applied = true; });
        QTRY_VERIFY(applied);
        settings.sync();

        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("proxy.example.test")); // the right file
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
        QVERIFY(!bytes.toLower().contains("password"));
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestAppSettings)
#include "tst_appsettings.moc"
