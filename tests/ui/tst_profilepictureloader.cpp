// Profile pictures come from wherever the server says: they are fetched with no credentials
// at all, follow redirects only to https:// (or http:// on this computer), and are refused as
// soon as they are known to be larger than ProfilePictureLoader::kMaxBytes.
#include "core/api/ApiClient.h"
#include "tests/support/TestHttpServer.h"
#include "ui/detail/ProfilePictureLoader.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray smallPng()
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

CannedResponse picture()
{
    return CannedResponse::text(200, smallPng(), "image/png");
}

} // namespace

class TestProfilePictureLoader : public QObject
{
    Q_OBJECT

    TestHttpServer m_api;      // the VZaps API the app is signed in to
    TestHttpServer m_pictures; // another host, holding the pictures
    ApiClient m_client;

    // Loads `url` on the app's own network manager; the picture it ends with.
    QPixmap load(const QUrl &url)
    {
        ui::ProfilePictureLoader loader(m_client.network());
        QSignalSpy finished(&loader, &ui::ProfilePictureLoader::finished);
        loader.load(url);
        if (!finished.wait(5000))
            return {};
        return finished.first().at(1).value<QPixmap>();
    }

    static bool carriesCredentials(const RecordedRequest &request)
    {
        return request.hasHeader("Authorization") || request.hasHeader("X-Client-Token") ||
               request.hasHeader("X-Instance-Token") || request.hasHeader("Cookie");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.listen());
        QVERIFY(m_pictures.listen());
        // The API sets a cookie too: nothing of the session may reach the picture hosts.
        m_api.setHandler([](const RecordedRequest &request) {
            if (request.path.endsWith("/token")) {
                return CannedResponse::json(200, QJsonObject{{u"access_token"_s, u"eyJ.jwt.x"_s},
                                                             {u"expires_in"_s, 3600}})
                    .withHeader("Set-Cookie", "session=abc; Path=/");
            }
            return picture();
        });
        m_client.setBaseUrl(m_api.baseUrl());
        m_client.setCredentials(u"ct_picture_test"_s, u"cs_picture_secret"_s);
        bool signedIn = false;
        m_client.accessToken(this,
                             [&](const Result<AccessToken> &token) { signedIn = token.ok(); });
        QTRY_VERIFY(signedIn);
        // However a cookie got into the jar, it stays there: pictures carry none.
        QNetworkCookie cookie("tracker", "xyz");
        cookie.setDomain(m_api.baseUrl().host());
        cookie.setPath(u"/"_s);
        QVERIFY(m_client.network()->cookieJar()->insertCookie(cookie));
    }

    void init()
    {
        m_api.clearRequests();
        m_pictures.clearRequests();
    }

    void pictureIsFetchedWithoutCredentials_data()
    {
        QTest::addColumn<bool>("onTheApiHost");
        QTest::newRow("another host") << false;
        QTest::newRow("the API host itself") << true;
    }

    void pictureIsFetchedWithoutCredentials()
    {
        QFETCH(bool, onTheApiHost);
        TestHttpServer &host = onTheApiHost ? m_api : m_pictures;
        host.setHandler([](const RecordedRequest &) { return picture(); });
        const QPixmap pixmap = load(QUrl(host.baseUrl().toString() + u"/pic/a.png"_s));
        QVERIFY(!pixmap.isNull());
        QCOMPARE(host.requestCount(), 1);
        QVERIFY(!carriesCredentials(host.requests().first()));
    }

    void redirectToAnotherLoopbackHostIsFollowedWithoutCredentials()
    {
        m_pictures.setHandler([](const RecordedRequest &) { return picture(); });
        const QByteArray target = m_pictures.baseUrl().toEncoded() + "/moved.png";
        m_api.setHandler([target](const RecordedRequest &) {
            return CannedResponse::text(302, {}).withHeader("Location", target);
        });
        const QPixmap pixmap = load(QUrl(m_api.baseUrl().toString() + u"/pic/b.png"_s));
        QVERIFY(!pixmap.isNull());
        QCOMPARE(m_pictures.requestCount(), 1);
        QVERIFY(!carriesCredentials(m_pictures.requests().first()));
    }

    void redirectToPlainHttpElsewhereIsNotFollowed()
    {
        using ui::ProfilePictureLoader;
        const QUrl local(u"http://127.0.0.1:8731/p.png"_s);
        const QUrl remote(u"https://pps.example/p.png"_s);
        QVERIFY(ProfilePictureLoader::mayRedirectTo(remote, QUrl(u"https://cdn.example/p.png"_s)));
        QVERIFY(ProfilePictureLoader::mayRedirectTo(local, QUrl(u"http://127.0.0.1:9/p.png"_s)));
        // A picture elsewhere may not send the app to a service on this computer.
        QVERIFY(!ProfilePictureLoader::mayRedirectTo(remote, QUrl(u"http://127.0.0.1:9/p.png"_s)));
        QVERIFY(!ProfilePictureLoader::mayRedirectTo(local, QUrl(u"http://cdn.example/p.png"_s)));
        QVERIFY(!ProfilePictureLoader::mayRedirectTo(local, QUrl(u"file:///etc/passwd"_s)));

        m_pictures.setHandler([](const RecordedRequest &) {
            return CannedResponse::text(301, {}).withHeader("Location",
                                                            "http://pictures.invalid/p.png");
        });
        ui::ProfilePictureLoader loader(m_client.network());
        QSignalSpy finished(&loader, &ui::ProfilePictureLoader::finished);
        const QUrl url(m_pictures.baseUrl().toString() + u"/pic/c.png"_s);
        loader.load(url);
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().at(1).value<QPixmap>().isNull());
        QVERIFY(loader.isCached(url)); // refused once, not asked again on every selection
    }

    void redirectLoopEndsAfterAFewHops()
    {
        const QByteArray self = m_pictures.baseUrl().toEncoded() + "/loop.png";
        m_pictures.setHandler([self](const RecordedRequest &) {
            return CannedResponse::text(307, {}).withHeader("Location", self);
        });
        const QPixmap pixmap = load(QUrl(QString::fromLatin1(self)));
        QVERIFY(pixmap.isNull());
        QCOMPARE(m_pictures.requestCount(), 1 + ui::ProfilePictureLoader::kMaxRedirects);
    }

    void announcedHugePictureIsRefusedAtOnce()
    {
        // Content-Length says 64 MiB and the body never comes: refused on the header alone,
        // long before the 15 s transfer timeout.
        m_pictures.setHandler([](const RecordedRequest &) {
            return CannedResponse::text(200, "x", "image/png")
                .withHeader("Content-Length", QByteArray::number(64 * 1024 * 1024));
        });
        ui::ProfilePictureLoader loader(m_client.network());
        QSignalSpy finished(&loader, &ui::ProfilePictureLoader::finished);
        const QUrl url(m_pictures.baseUrl().toString() + u"/pic/huge.png"_s);
        loader.load(url);
        QVERIFY(finished.wait(3000));
        QVERIFY(finished.first().at(1).value<QPixmap>().isNull());
        QVERIFY(loader.isCached(url));
    }
};

QTEST_MAIN(TestProfilePictureLoader)
#include "tst_profilepictureloader.moc"
