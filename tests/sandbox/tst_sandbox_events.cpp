// docs/api-contract.md §3 realtime events: WebSocket /events/ws, auth by query or headers, frames,
// event filter, acks, redelivery of unacknowledged events, resume with last_event_id; events
// injected, sockets dropped or frozen through /_sandbox/.
#include "tests/sandbox/SandboxTestClient.h"

#include <QUrlQuery>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxEvents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestClient> client;
    QJsonObject instance;
    QString id;

    QUrl wsUrl(const QList<QPair<QString, QString>> &items, const QString &path = u"/events/ws"_s)
    {
        QUrl url = client->server().baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(path);
        QUrlQuery query;
        for (const auto &item : items)
            query.addQueryItem(item.first,
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(query);
        return url;
    }
    QList<QPair<QString, QString>> jwtQuery(const QString &extraName = {},
                                            const QString &extra = {})
    {
        QList<QPair<QString, QString>> items{{u"instance_id"_s, id},
                                             {u"access_token"_s, client->token()},
                                             {u"client_token"_s, client->server().clientToken()}};
        if (!extraName.isEmpty())
            items.append({extraName, extra});
        return items;
    }
    // Opens and waits until connected (or closed by the server).
    bool open(QWebSocket &socket, const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
    QJsonObject nextFrame(QSignalSpy &messages, qsizetype index)
    {
        if (messages.size() <= index &&
            !QTest::qWaitFor([&] { return messages.size() > index; }, 5000))
            return {};
        return QJsonDocument::fromJson(messages.at(index).first().toString().toUtf8()).object();
    }
    HttpResult inject(const QString &type, const QJsonObject &data = {})
    {
        return client->call("POST", u"/_sandbox/instances/"_s + id + u"/events"_s,
                            {{u"type"_s, type}, {u"data"_s, data}});
    }

    void ack(QWebSocket &socket, const QJsonObject &event, const char *key)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"type"_s, u"ack"_s},
                                      {QLatin1String(key), event.value(u"id"_s).toString()}})
                .toJson(QJsonDocument::Compact)));
    }

private Q_SLOTS:
    void init()
    {
        client = std::make_unique<SandboxTestClient>();
        QVERIFY2(client->started(), qPrintable(client->startError()));
        // Subscribed to every type, so a socket that names no events gets them all.
        instance =
            client->createInstance(u"Realtime"_s, {{u"events_subscribe"_s, QJsonArray{u"All"_s}}});
        id = instance.value(u"id"_s).toString();
    }

    void pairingAndDisconnectArriveAsFrames()
    {
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QVERIFY(open(socket, wsUrl(jwtQuery())));
        QCOMPARE(client
                     ->call("POST", u"/_sandbox/instances/"_s + id + u"/pair"_s,
                            {{u"phone"_s, u"5511977776666"_s}, {u"push_name"_s, u"Bia"_s}})
                     .status,
                 200);
        const QJsonObject connected = nextFrame(messages, 0);
        QCOMPARE(connected.value(u"type"_s).toString(), u"Connected"_s);
        QCOMPARE(connected.value(u"instance_id"_s).toString(), id);
        QVERIFY(connected.value(u"id"_s).toString().startsWith(u"evt_"_s));
        QVERIFY(connected.value(u"created_at"_s).toString().endsWith(u'Z'));
        QCOMPARE(connected.value(u"data"_s).toObject().value(u"phone"_s).toString(),
                 u"5511977776666"_s);
        QCOMPARE(connected.value(u"data"_s).toObject().value(u"push_name"_s).toString(), u"Bia"_s);

        QCOMPARE(client->call("POST", u"/instances/"_s + id + u"/session/disconnect"_s, {}, false)
                     .status,
                 200);
        const QJsonObject disconnected = nextFrame(messages, 1);
        QCOMPARE(disconnected.value(u"type"_s).toString(), u"Disconnected"_s);
        QVERIFY(disconnected.value(u"id"_s).toString() != connected.value(u"id"_s).toString());

        // Acks are accepted silently, and so is anything else: every frame the sandbox
        // sends is an event with an id, so the next one is the next event.
        ack(socket, disconnected, "event_id");
        socket.sendTextMessage(u"hello"_s);
        QCOMPARE(inject(u"Message"_s).status, 200);
        const QJsonObject next = nextFrame(messages, 2);
        QCOMPARE(next.value(u"type"_s).toString(), u"Message"_s);
        QVERIFY(next.contains(u"id"_s));
    }

    void eventsLeftOutMeanTheInstanceSubscribedOnes()
    {
        const QJsonObject subscribed = client->createInstance(
            u"Subscribed"_s, {{u"events_subscribe"_s, QJsonArray{u"Presence"_s}}});
        id = subscribed.value(u"id"_s).toString();
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QVERIFY(open(socket, wsUrl(jwtQuery())));
        QCOMPARE(inject(u"Message"_s).status, 200);
        QCOMPARE(inject(u"Presence"_s).status, 200);
        QCOMPARE(nextFrame(messages, 0).value(u"type"_s).toString(), u"Presence"_s);
    }

    void repeatedEventsParametersAreAllRead()
    {
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        auto items = jwtQuery(u"events"_s, u"Presence"_s);
        items.append({u"events"_s, u"Message"_s});
        QVERIFY(open(socket, wsUrl(items)));
        QCOMPARE(inject(u"ChatPresence"_s).status, 200);
        QCOMPARE(inject(u"Message"_s).status, 200);
        QCOMPARE(inject(u"Presence"_s).status, 200);
        QCOMPARE(nextFrame(messages, 0).value(u"type"_s).toString(), u"Message"_s);
        QCOMPARE(nextFrame(messages, 1).value(u"type"_s).toString(), u"Presence"_s);
    }

    void unackedEventsComeAgainOnTheNextSocket()
    {
        QJsonObject first;
        QJsonObject second;
        {
            QWebSocket socket;
            QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
            QVERIFY(open(socket, wsUrl(jwtQuery())));
            QCOMPARE(inject(u"Message"_s, {{u"n"_s, 1}}).status, 200);
            QCOMPARE(inject(u"Message"_s, {{u"n"_s, 2}}).status, 200);
            first = nextFrame(messages, 0);
            second = nextFrame(messages, 1);
            ack(socket, first, "id"); // the Java and .NET SDKs' key
            QVERIFY(QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 5000));
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            socket.close();
            QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        }
        QWebSocket again;
        QSignalSpy againMessages(&again, &QWebSocket::textMessageReceived);
        QVERIFY(open(again, wsUrl(jwtQuery())));
        const QJsonObject redelivered = nextFrame(againMessages, 0);
        QCOMPARE(redelivered.value(u"id"_s).toString(), second.value(u"id"_s).toString());
        ack(again, redelivered, "event_id");

        // Once acknowledged, it is not sent a third time: the next frame is a new event.
        QCOMPARE(inject(u"Message"_s, {{u"n"_s, 3}}).status, 200);
        QCOMPARE(nextFrame(againMessages, 1).value(u"data"_s).toObject().value(u"n"_s).toInt(), 3);
        QSignalSpy closed(&again, &QWebSocket::disconnected);
        again.close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QWebSocket third;
        QSignalSpy thirdMessages(&third, &QWebSocket::textMessageReceived);
        QVERIFY(open(third, wsUrl(jwtQuery())));
        QCOMPARE(inject(u"Message"_s, {{u"n"_s, 4}}).status, 200);
        // n = 3 was not acknowledged, so it comes again first, then the new one.
        QCOMPARE(nextFrame(thirdMessages, 0).value(u"data"_s).toObject().value(u"n"_s).toInt(), 3);
        QCOMPARE(nextFrame(thirdMessages, 1).value(u"data"_s).toObject().value(u"n"_s).toInt(), 4);
    }

    void droppedSocketsEndWithoutACloseFrame()
    {
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QVERIFY(open(socket, wsUrl(jwtQuery())));
        const HttpResult dropped =
            client->call("POST", u"/_sandbox/instances/"_s + id + u"/realtime/drop"_s);
        QCOMPARE(dropped.status, 200);
        QCOMPARE(dropped.json.value(u"sockets"_s).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        QVERIFY(socket.closeReason().isEmpty()); // no close frame came
    }

    void frozenSocketsAnswerNoPing()
    {
        QWebSocket socket;
        QSignalSpy pongs(&socket, &QWebSocket::pong);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QVERIFY(open(socket, wsUrl(jwtQuery())));
        socket.ping("before");
        QVERIFY(pongs.wait(5000));
        const HttpResult frozen =
            client->call("POST", u"/_sandbox/instances/"_s + id + u"/realtime/freeze"_s);
        QCOMPARE(frozen.json.value(u"sockets"_s).toInt(), 1);
        socket.ping("after");
        QCOMPARE(inject(u"Message"_s).status, 200);
        QVERIFY(!pongs.wait(1500)); // the peer reads nothing any more
        QCOMPARE(pongs.size(), 1);
        QCOMPARE(messages.size(), 0);
        // A new socket of the same instance is served as usual.
        QWebSocket fresh;
        QSignalSpy freshPongs(&fresh, &QWebSocket::pong);
        QVERIFY(open(fresh, wsUrl(jwtQuery())));
        fresh.ping("fresh");
        QVERIFY(freshPongs.wait(5000));
    }

    void headerAuthAndInstanceTokenAuthWork()
    {
        QNetworkRequest request(wsUrl({{u"instance_id"_s, id}}));
        request.setRawHeader("Authorization", "Bearer " + client->token().toLatin1());
        request.setRawHeader("X-Client-Token", client->server().clientToken().toLatin1());
        QWebSocket byHeaders;
        QSignalSpy headerMessages(&byHeaders, &QWebSocket::textMessageReceived);
        QSignalSpy headerConnected(&byHeaders, &QWebSocket::connected);
        byHeaders.open(request);
        QVERIFY(headerConnected.wait(5000));

        QWebSocket byInstance;
        QSignalSpy instanceMessages(&byInstance, &QWebSocket::textMessageReceived);
        QVERIFY(
            open(byInstance, wsUrl({{u"instance_id"_s, id},
                                    {u"instance_token"_s, instance.value(u"token"_s).toString()},
                                    {u"client_token"_s, client->server().clientToken()}})));
        QCOMPARE(inject(u"Message"_s, {{u"text"_s, u"oi"_s}}).status, 200);
        QCOMPARE(nextFrame(headerMessages, 0).value(u"type"_s).toString(), u"Message"_s);
        const QJsonObject frame = nextFrame(instanceMessages, 0);
        QCOMPARE(frame.value(u"data"_s).toObject().value(u"text"_s).toString(), u"oi"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tokenOverride");
        QTest::addColumn<QString>("instanceOverride");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad token")
            << u"/events/ws"_s << u"a.b.c"_s << QString() << u"unauthorized"_s;
        QTest::newRow("unknown instance")
            << u"/events/ws"_s << QString() << u"VZNOPE"_s << u"instance_not_found"_s;
        QTest::newRow("wrong path") << u"/elsewhere"_s << QString() << QString() << u"not_found"_s;
    }
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, tokenOverride);
        QFETCH(QString, instanceOverride);
        QFETCH(QString, reason);
        auto items = jwtQuery();
        if (!tokenOverride.isEmpty())
            items[1].second = tokenOverride;
        if (!instanceOverride.isEmpty())
            items[0].second = instanceOverride;
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(wsUrl(items, path));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY2(socket.closeReason().startsWith(reason), qPrintable(socket.closeReason()));
    }

    void eventFilterAndResume()
    {
        QWebSocket filtered;
        QSignalSpy filteredMessages(&filtered, &QWebSocket::textMessageReceived);
        QVERIFY(open(filtered, wsUrl(jwtQuery(u"events"_s, u"Disconnected,Presence"_s))));
        QCOMPARE(inject(u"Message"_s).status, 200);
        QCOMPARE(inject(u"Presence"_s, {{u"n"_s, 1}}).status, 200);
        const QJsonObject first = nextFrame(filteredMessages, 0);
        QCOMPARE(first.value(u"type"_s).toString(), u"Presence"_s); // Message was filtered out
        filtered.close();

        // Missed while offline, replayed in order after last_event_id.
        QCOMPARE(inject(u"Presence"_s, {{u"n"_s, 2}}).status, 200);
        QCOMPARE(inject(u"Presence"_s, {{u"n"_s, 3}}).status, 200);
        QWebSocket resumed;
        QSignalSpy resumedMessages(&resumed, &QWebSocket::textMessageReceived);
        QVERIFY(open(resumed, wsUrl(jwtQuery(u"last_event_id"_s, first.value(u"id"_s).toString()) +
                                    QList<QPair<QString, QString>>{{u"events"_s, u"Presence"_s}})));
        QCOMPARE(nextFrame(resumedMessages, 0).value(u"data"_s).toObject().value(u"n"_s).toInt(),
                 2);
        QCOMPARE(nextFrame(resumedMessages, 1).value(u"data"_s).toObject().value(u"n"_s).toInt(),
                 3);
    }

    void injectValidatesTheType()
    {
        QCOMPARE(inject(u"All"_s).status, 422);
        QCOMPARE(inject(u"Typing"_s).status, 422);
        QCOMPARE(
            client
                ->call("POST", u"/_sandbox/instances/VZNOPE/events"_s, {{u"type"_s, u"Message"_s}})
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"
