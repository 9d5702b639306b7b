// One instance's realtime socket as the app keeps it open: against the sandbox (events,
// acks, a dropped and a dead connection, refused credentials) and against a scripted server
// that sends what a broken or hostile one might (garbage, duplicates, a normal close).
#include "core/realtime/InstanceEventSocket.h"
#include "core/realtime/RealtimeEndpoint.h"

#include "tests/support/SandboxFixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace vzaps::realtime {

namespace {

QByteArray frameText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject eventObject(const QString &id, const QString &instanceId)
{
    return {{u"id"_s, id},
            {u"type"_s, u"Connected"_s},
            {u"instance_id"_s, instanceId},
            {u"data"_s, QJsonObject{{u"phone"_s, u"5511999990000"_s}}}};
}

// A realtime server of the test's own: it records each handshake and each frame it gets,
// and sends whatever the test tells it to.
class ScriptedRealtimeServer : public QObject
{
public:
    ScriptedRealtimeServer()
        : m_server(u"scripted"_s, QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                requests << socket->request();
                sockets << socket;
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this](const QString &text) { received << text; });
            }
        });
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QWebSocket *last() const { return sockets.isEmpty() ? nullptr : sockets.last(); }

    QList<QNetworkRequest> requests;
    QList<QWebSocket *> sockets;
    QStringList received;

private:
    QWebSocketServer m_server;
};

} // namespace

class TestInstanceEventSocket : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QString m_instanceId;
    QObject m_context;
    int m_credentialRequests = 0;
    bool m_badCredentials = false;

    FeedOptions sandboxOptions()
    {
        FeedOptions options;
        options.realtimeBaseUrl = realtimeBaseUrlFor(m_sandbox->server->baseUrl());
        options.timings.firstRetry = 100ms;
        options.timings.longestRetry = 400ms;
        options.timings.connectTimeout = 5s;
        options.credentials = [this](const QString &, const CredentialsCallback &done) {
            ++m_credentialRequests;
            const QString clientToken = m_sandbox->server->clientToken();
            if (m_badCredentials)
                return done({u"not-a-token"_s, clientToken, {}});
            m_sandbox->client->accessToken(
                &m_context, [done, clientToken](const Result<AccessToken> &token) {
                    done(token ? Credentials{token.value().token, clientToken, {}} : Credentials{});
                });
        };
        return options;
    }

    bool publish(const QString &type, const QJsonObject &data = {})
    {
        return m_sandbox
            ->control("POST", u"/_sandbox/instances/%1/events"_s.arg(m_instanceId),
                      {{u"type"_s, type}, {u"data"_s, data}})
            .ok();
    }
    int touchSockets(const QString &what)
    {
        const auto reply = m_sandbox->control(
            "POST", u"/_sandbox/instances/%1/realtime/%2"_s.arg(m_instanceId, what));
        return reply ? reply.value().body.toObject().value(u"sockets"_s).toInt(-1) : -1;
    }
    static QStringList idsOf(const QSignalSpy &spy)
    {
        QStringList ids;
        for (const auto &arguments : spy)
            ids << arguments.at(0).value<Event>().id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Event>(); }

    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        const auto instance = m_sandbox->firstWith([](const Instance &) { return true; });
        QVERIFY(instance);
        m_instanceId = instance->id;
        m_credentialRequests = 0;
        m_badCredentials = false;
    }
    void cleanup() { m_sandbox.reset(); }

    void eventsArriveOnceAndAreAcknowledged()
    {
        InstanceEventSocket socket(m_instanceId, sandboxOptions());
        QSignalSpy events(&socket, &InstanceEventSocket::eventReceived);
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Live);

        QVERIFY(publish(u"Connected"_s, {{u"phone"_s, u"5511988887777"_s}}));
        QTRY_COMPARE(events.size(), 1);
        const Event event = events.at(0).at(0).value<Event>();
        QCOMPARE(event.type, u"Connected"_s);
        QCOMPARE(event.instanceId, m_instanceId);
        QCOMPARE(event.data.value(u"phone"_s).toString(), u"5511988887777"_s);
        QCOMPARE(socket.lastEventId(), event.id);

        // Acknowledged, so a new socket does not get it again: the next event is the next one.
        QSignalSpy reconnected(&socket, &InstanceEventSocket::reconnected);
        QCOMPARE(touchSockets(u"drop"_s), 1);
        QTRY_COMPARE(reconnected.size(), 1);
        QCOMPARE(socket.status().state, SocketState::Live);
        QVERIFY(publish(u"Disconnected"_s, {{u"reason"_s, u"logout"_s}}));
        QTRY_COMPARE(events.size(), 2);
        QCOMPARE(events.at(1).at(0).value<Event>().type, u"Disconnected"_s);
        QCOMPARE(socket.status().ignoredFrames, 0);
    }

    void aDroppedSocketResumesFromTheNewestEventSeen()
    {
        FeedOptions options = sandboxOptions();
        options.timings.firstRetry = 60s; // reconnects only when told to, below
        options.timings.longestRetry = 60s;
        InstanceEventSocket socket(m_instanceId, options);
        QSignalSpy events(&socket, &InstanceEventSocket::eventReceived);
        QSignalSpy reconnected(&socket, &InstanceEventSocket::reconnected);
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Live);
        for (int i = 0; i < 3; ++i)
            QVERIFY(publish(u"Connected"_s));
        QTRY_COMPARE(events.size(), 3);
        const QStringList before = idsOf(events);
        QCOMPARE(socket.lastEventId(), before.last());

        QCOMPARE(touchSockets(u"drop"_s), 1);
        QTRY_COMPARE(socket.status().state, SocketState::Reconnecting);
        QVERIFY(socket.status().retryAt > QDateTime::currentDateTimeUtc().addSecs(30));
        QVERIFY(publish(u"Disconnected"_s));
        QVERIFY(publish(u"Connected"_s));
        socket.retryNow(); // as when the network comes back
        QTRY_COMPARE(events.size(), 5);
        QCOMPARE(reconnected.size(), 1);
        const QStringList all = idsOf(events);
        QCOMPARE(all.mid(0, 3), before);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 5); // no duplicates
        QCOMPARE(events.at(3).at(0).value<Event>().type, u"Disconnected"_s);
        QCOMPARE(socket.lastEventId(), all.last());
    }

    void aSocketThatStopsAnsweringIsReplaced()
    {
        FeedOptions options = sandboxOptions();
        options.timings.pingInterval = 100ms;
        options.timings.pongTimeout = 300ms;
        InstanceEventSocket socket(m_instanceId, options);
        QSignalSpy events(&socket, &InstanceEventSocket::eventReceived);
        QSignalSpy reconnected(&socket, &InstanceEventSocket::reconnected);
        QStringList reasons;
        connect(&socket, &InstanceEventSocket::statusChanged, this, [&socket, &reasons] {
            if (socket.status().state == SocketState::Reconnecting)
                reasons << socket.status().reason;
        });
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Live);

        QCOMPARE(touchSockets(u"freeze"_s), 1);
        // Frozen, the old socket would never tell: only the missing pong does.
        QTRY_COMPARE(reconnected.size(), 1);
        QCOMPARE(socket.status().state, SocketState::Live);
        QCOMPARE(reasons, QStringList{u"the realtime server stopped answering"_s});
        QVERIFY(publish(u"Connected"_s));
        QTRY_COMPARE(events.size(), 1);
    }

    void refusedCredentialsAreNotRetriedUntilTheyChange()
    {
        m_badCredentials = true;
        InstanceEventSocket socket(m_instanceId, sandboxOptions());
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Refused);
        QVERIFY2(socket.status().reason.startsWith(u"unauthorized"_s),
                 qPrintable(socket.status().reason));
        QVERIFY(!socket.status().retryAt.isValid());
        QCOMPARE(m_credentialRequests, 1);

        // Asked again with the same credentials: it does not knock again.
        QSignalSpy status(&socket, &InstanceEventSocket::statusChanged);
        socket.retryRefused();
        QCOMPARE(m_credentialRequests, 2);
        QCOMPARE(socket.status().state, SocketState::Refused);
        QCOMPARE(status.size(), 0);

        m_badCredentials = false;
        socket.retryRefused();
        QTRY_COMPARE(socket.status().state, SocketState::Live);
        QCOMPARE(m_credentialRequests, 3);
    }

    void anUnknownInstanceIsRefused()
    {
        m_instanceId = u"inst_does_not_exist"_s;
        InstanceEventSocket socket(m_instanceId, sandboxOptions());
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Refused);
        QVERIFY2(socket.status().reason.contains(u"not_found"_s),
                 qPrintable(socket.status().reason));
    }

    void aServerThatIsGoneIsTriedAgainLater()
    {
        FeedOptions options = sandboxOptions();
        options.realtimeBaseUrl = QUrl(u"ws://127.0.0.1:1"_s); // nobody listens there
        InstanceEventSocket socket(m_instanceId, options);
        socket.setJitter([] { return 0.5; });
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Reconnecting);
        QVERIFY(!socket.status().reason.isEmpty());
        // It keeps trying, and says why it is not live meanwhile.
        QTRY_VERIFY(m_credentialRequests >= 3);
        QCOMPARE(socket.status().state, SocketState::Reconnecting);
    }

    void garbageIsCountedDuplicatesDroppedAndEverythingAcked()
    {
        ScriptedRealtimeServer server;
        FeedOptions options = sandboxOptions();
        options.realtimeBaseUrl = server.url();
        options.credentials = [](const QString &, const CredentialsCallback &done) {
            done({u"jwt-1"_s, u"client-1"_s, u"instance-token-1"_s});
        };
        InstanceEventSocket socket(u"inst_1"_s, options);
        QSignalSpy events(&socket, &InstanceEventSocket::eventReceived);
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Live);
        QTRY_VERIFY(server.last());

        const QNetworkRequest request = server.requests.first();
        const QUrlQuery query(request.url());
        QCOMPARE(request.url().path(), u"/events/ws"_s);
        QCOMPARE(query.queryItemValue(u"instance_id"_s), u"inst_1"_s);
        QCOMPARE(query.queryItemValue(u"events"_s, QUrl::FullyDecoded),
                 u"Connected,Disconnected"_s);
        QCOMPARE(query.queryItemValue(u"access_token"_s), u"jwt-1"_s);
        QCOMPARE(request.rawHeader("Authorization"), "Bearer jwt-1"_ba);
        QCOMPARE(request.rawHeader("X-Client-Token"), "client-1"_ba);
        QCOMPARE(request.rawHeader("X-Instance-Token"), "instance-token-1"_ba);
        QVERIFY(!query.hasQueryItem(u"last_event_id"_s));

        QWebSocket *peer = server.last();
        peer->sendTextMessage(u"not json at all"_s);
        peer->sendTextMessage(u"{\"type\":\"Connected\"}"_s);
        peer->sendTextMessage(QString::fromUtf8(frameText(eventObject(u"evt_9"_s, u"inst_2"_s))));
        peer->sendBinaryMessage("\x00\x01"_ba);
        peer->sendTextMessage(QString::fromUtf8(frameText(eventObject(u"evt_1"_s, u"inst_1"_s))));
        peer->sendTextMessage(QString::fromUtf8(frameText(eventObject(u"evt_1"_s, u"inst_1"_s))));
        peer->sendTextMessage(QString::fromUtf8(frameText(eventObject(u"evt_2"_s, u"inst_1"_s))));
        QTRY_COMPARE(server.received.size(), 3);
        QCOMPARE(events.size(), 2);
        QCOMPARE(idsOf(events), (QStringList{u"evt_1"_s, u"evt_2"_s}));
        QCOMPARE(socket.status().ignoredFrames, 4);
        QCOMPARE(socket.status().state, SocketState::Live);
        const QJsonObject ack{{u"type"_s, u"ack"_s}, {u"event_id"_s, u"evt_1"_s}};
        QCOMPARE(QJsonDocument::fromJson(server.received.at(0).toUtf8()).object(), ack);
        QCOMPARE(QJsonDocument::fromJson(server.received.at(1).toUtf8()).object(), ack);

        // A server going away normally is come back to, resuming after the newest event.
        QSignalSpy reconnected(&socket, &InstanceEventSocket::reconnected);
        peer->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
        QTRY_COMPARE(reconnected.size(), 1);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(QUrlQuery(server.requests.at(1).url()).queryItemValue(u"last_event_id"_s),
                 u"evt_2"_s);
        // A duplicate across the reconnect is dropped too.
        server.last()->sendTextMessage(
            QString::fromUtf8(frameText(eventObject(u"evt_2"_s, u"inst_1"_s))));
        server.last()->sendTextMessage(
            QString::fromUtf8(frameText(eventObject(u"evt_3"_s, u"inst_1"_s))));
        QTRY_COMPARE(server.received.size(), 5);
        QCOMPARE(idsOf(events), (QStringList{u"evt_1"_s, u"evt_2"_s, u"evt_3"_s}));
    }

    void aHugeFrameClosesTheSocketInsteadOfFillingMemory()
    {
        ScriptedRealtimeServer server;
        FeedOptions options = sandboxOptions();
        options.realtimeBaseUrl = server.url();
        options.timings.firstRetry = 60s;
        options.credentials = [](const QString &, const CredentialsCallback &done) {
            done({u"jwt-1"_s, u"client-1"_s, {}});
        };
        InstanceEventSocket socket(u"inst_1"_s, options);
        QSignalSpy events(&socket, &InstanceEventSocket::eventReceived);
        socket.start();
        QTRY_COMPARE(socket.status().state, SocketState::Live);
        QTRY_VERIFY(server.last());
        QJsonObject huge = eventObject(u"evt_1"_s, u"inst_1"_s);
        huge.insert(u"data"_s, QJsonObject{{u"blob"_s, QString(2 * 1024 * 1024, u'a')}});
        server.last()->sendTextMessage(QString::fromUtf8(frameText(huge)));
        QTRY_COMPARE(socket.status().state, SocketState::Reconnecting);
        QCOMPARE(events.size(), 0);
    }
};

} // namespace vzaps::realtime

QTEST_GUILESS_MAIN(vzaps::realtime::TestInstanceEventSocket)
#include "tst_instance_event_socket.moc"
