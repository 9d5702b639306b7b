// The pure parts of the realtime client (docs/api-contract.md §3): which frames are events
// and which are ignored, the ack, the reconnect waits, the duplicate filter, and where a
// socket connects with what.
#include "core/realtime/EventFrame.h"
#include "core/realtime/RealtimeEndpoint.h"
#include "core/realtime/RecentEventIds.h"
#include "core/realtime/ReconnectBackoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace vzaps::realtime {

class TestRealtimeProtocol : public QObject
{
    Q_OBJECT

    static QByteArray frame(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void anEventFrameIsRead()
    {
        const auto event =
            readEventFrame(frame({{u"id"_s, u"evt_7"_s},
                                  {u"type"_s, u"Connected"_s},
                                  {u"instance_id"_s, u"inst_1"_s},
                                  {u"created_at"_s, u"2026-12-05T10:00:00.250Z"_s},
                                  {u"data"_s, QJsonObject{{u"phone"_s, u"5511999990000"_s}}},
                                  {u"extra"_s, QJsonArray{1, 2}}}),
                           u"inst_1"_s);
        QVERIFY(event);
        QCOMPARE(event->id, u"evt_7"_s);
        QCOMPARE(event->type, u"Connected"_s);
        QCOMPARE(event->instanceId, u"inst_1"_s);
        QCOMPARE(event->createdAt, QDateTime(QDate(2026, 12, 5), QTime(10, 0, 0, 250), Qt::UTC));
        QCOMPARE(event->data.value(u"phone"_s).toString(), u"5511999990000"_s);
    }

    void framesThatAreNoEventAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QJsonObject connected{{u"id"_s, u"evt_1"_s}, {u"type"_s, u"Connected"_s}};
        const auto without = [&connected](const QString &key) {
            QJsonObject object = connected;
            object.remove(key);
            return frame(object);
        };
        const auto with = [&connected](const QString &key, const QJsonValue &value) {
            QJsonObject object = connected;
            object.insert(key, value);
            return frame(object);
        };
        QTest::newRow("not JSON") << "hello"_ba;
        QTest::newRow("cut short") << frame(connected).chopped(1);
        QTest::newRow("an array") << QJsonDocument(QJsonArray{connected}).toJson();
        QTest::newRow("no id") << without(u"id"_s);
        QTest::newRow("empty id") << with(u"id"_s, u""_s);
        QTest::newRow("numeric id") << with(u"id"_s, 7);
        QTest::newRow("no type") << without(u"type"_s);
        QTest::newRow("another instance") << with(u"instance_id"_s, u"inst_2"_s);
        QTest::newRow("an id too long to keep")
            << with(u"id"_s, QString(kMaxEventIdLength + 1, u'x'));
        QTest::newRow("an error frame")
            << frame({{u"type"_s, u"error"_s}, {u"message"_s, u"bad"_s}});
    }
    void framesThatAreNoEventAreIgnored()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!readEventFrame(text, u"inst_1"_s));
    }

    void oddButHarmlessMembersAreTolerated()
    {
        const auto event = readEventFrame(frame({{u"id"_s, u"evt_1"_s},
                                                 {u"type"_s, u"Weird"_s},
                                                 {u"created_at"_s, u"yesterday"_s},
                                                 {u"data"_s, u"text"_s}}),
                                          u"inst_1"_s);
        QVERIFY(event);
        QCOMPARE(event->type, u"Weird"_s);
        QCOMPARE(event->instanceId, u"inst_1"_s); // the socket's own instance
        QVERIFY(!event->createdAt.isValid());
        QVERIFY(event->data.isEmpty());
    }

    void theAckNamesTheEvent()
    {
        const QJsonObject ack = QJsonDocument::fromJson(ackFrame(u"evt_9"_s)).object();
        QCOMPARE(ack, (QJsonObject{{u"type"_s, u"ack"_s}, {u"event_id"_s, u"evt_9"_s}}));
    }

    void waitsDoubleUpToTheLongestAndStartOverAfterAStableConnection()
    {
        ReconnectBackoff backoff{Timings{}};
        QList<qint64> waits;
        for (int i = 0; i < 7; ++i)
            waits << backoff.nextDelay(0.5).count();
        QCOMPARE(waits, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 30000, 30000}));
        backoff.closedAfter(59s);
        QCOMPARE(backoff.nextDelay(0.5).count(), 30000);
        backoff.closedAfter(60s);
        QCOMPARE(backoff.nextDelay(0.5).count(), 1000);
    }

    void waitsAreSpreadByAFifth()
    {
        ReconnectBackoff low{Timings{}};
        ReconnectBackoff high{Timings{}};
        QCOMPARE(low.nextDelay(0.0).count(), 800);
        QCOMPARE(high.nextDelay(0.999999).count(), 1199);
        QCOMPARE(low.nextDelay(0.0).count(), 1600);
    }

    void duplicatesAreKnownWithinTheCapacity()
    {
        RecentEventIds ids(3);
        QVERIFY(ids.insert(u"a"_s));
        QVERIFY(!ids.insert(u"a"_s));
        QVERIFY(ids.insert(u"b"_s));
        QVERIFY(ids.insert(u"c"_s));
        QVERIFY(ids.insert(u"d"_s)); // forgets "a"
        QCOMPARE(ids.size(), 3);
        QVERIFY(!ids.contains(u"a"_s));
        QVERIFY(!ids.insert(u"d"_s));
    }

    void theRealtimeHostFollowsTheApi_data()
    {
        QTest::addColumn<QUrl>("api");
        QTest::addColumn<QUrl>("configured");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("production")
            << QUrl(u"https://api.vzaps.com"_s) << QUrl() << QUrl(u"wss://realtime.vzaps.com"_s);
        QTest::newRow("production, any case")
            << QUrl(u"https://API.VZaps.com/"_s) << QUrl() << QUrl(u"wss://realtime.vzaps.com"_s);
        QTest::newRow("sandbox") << QUrl(u"http://127.0.0.1:8787"_s) << QUrl()
                                 << QUrl(u"ws://127.0.0.1:8787"_s);
        QTest::newRow("own server over TLS, with a path")
            << QUrl(u"https://vz.example.com/api"_s) << QUrl()
            << QUrl(u"wss://vz.example.com/api"_s);
        QTest::newRow("configured wins")
            << QUrl(u"https://api.vzaps.com"_s) << QUrl(u"wss://rt.example.com/x?y=1"_s)
            << QUrl(u"wss://rt.example.com/x"_s);
        QTest::newRow("configured but not a socket URL")
            << QUrl(u"http://127.0.0.1:8787"_s) << QUrl(u"ftp://example.com"_s)
            << QUrl(u"ws://127.0.0.1:8787"_s);
        QTest::newRow("no web API") << QUrl(u"file:///tmp"_s) << QUrl() << QUrl();
    }
    void theRealtimeHostFollowsTheApi()
    {
        QFETCH(QUrl, api);
        QFETCH(QUrl, configured);
        QFETCH(QUrl, expected);
        QCOMPARE(realtimeBaseUrlFor(api, configured), expected);
    }

    void theSocketAsksForItsInstanceWithTheCredentialsAsTheSdksSendThem()
    {
        const QNetworkRequest request =
            socketRequest(QUrl(u"ws://127.0.0.1:8787/"_s), {u"inst 1"_s,
                                                            {u"Connected"_s, u"Disconnected"_s},
                                                            {u"jwt+a=b"_s, u"ct&1"_s, u"it_1"_s},
                                                            u"evt_42"_s});
        const QUrl url = request.url();
        QCOMPARE(url.scheme(), u"ws"_s);
        QCOMPARE(url.path(), u"/events/ws"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"instance_id"_s, QUrl::FullyDecoded), u"inst 1"_s);
        QCOMPARE(query.queryItemValue(u"events"_s, QUrl::FullyDecoded),
                 u"Connected,Disconnected"_s);
        QCOMPARE(query.queryItemValue(u"last_event_id"_s), u"evt_42"_s);
        // Reserved characters arrive as they are, not as separators or spaces.
        QCOMPARE(query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded), u"jwt+a=b"_s);
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"access_token=jwt%2Ba%3Db"_s));
        QCOMPARE(query.queryItemValue(u"client_token"_s, QUrl::FullyDecoded), u"ct&1"_s);
        QCOMPARE(query.queryItemValue(u"instance_token"_s), u"it_1"_s);
        QCOMPARE(request.rawHeader("Authorization"), "Bearer jwt+a=b"_ba);
        QCOMPARE(request.rawHeader("X-Client-Token"), "ct&1"_ba);
        QCOMPARE(request.rawHeader("X-Instance-Token"), "it_1"_ba);
    }

    void theFirstSocketResumesFromNothingAndSendsNoEmptyItems()
    {
        const QNetworkRequest request =
            socketRequest(QUrl(u"wss://realtime.vzaps.com"_s),
                          {u"inst_1"_s, {}, {u"jwt"_s, u"ct"_s, QString()}, QString()});
        const QUrlQuery query(request.url());
        QCOMPARE(request.url().path(), u"/events/ws"_s);
        QVERIFY(!query.hasQueryItem(u"last_event_id"_s));
        QVERIFY(!query.hasQueryItem(u"events"_s)); // the instance's subscribed ones
        QVERIFY(!query.hasQueryItem(u"instance_token"_s));
        QVERIFY(!request.hasRawHeader("X-Instance-Token"));
    }
};

} // namespace vzaps::realtime

QTEST_GUILESS_MAIN(vzaps::realtime::TestRealtimeProtocol)
#include "tst_realtime_protocol.moc"
