// Live updates as the app uses them: the instance the panel shows is watched over the
// sandbox's realtime socket (through the same Feed the plugin makes), what its events say
// lands in the one InstanceStore at once, a reconnect fetches the instance again, and the
// status bar's sentence says truly whether the app is live, reconnecting or polling.
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/RealtimeFacts.h"
#include "core/realtime/RealtimeHub.h"

#include "tests/support/SandboxFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace vzaps {

namespace {

realtime::Feed *createHub(const realtime::FeedOptions &options)
{
    return new realtime::RealtimeHub(options);
}

realtime::Event eventOf(const QString &type, const QJsonObject &data = {})
{
    return {u"evt_1"_s, type, u"inst_1"_s,
            QDateTime::fromString(u"2026-12-01T14:30:00Z"_s, Qt::ISODate), data};
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<InstanceStore> m_store;
    std::unique_ptr<LiveUpdates> m_live;
    Instance m_disconnected;

    void startLive(std::chrono::milliseconds firstRetry = 100ms)
    {
        realtime::Timings timings;
        timings.firstRetry = firstRetry;
        timings.longestRetry = std::max<std::chrono::milliseconds>(firstRetry, 400ms);
        m_live->setTimings(timings);
        m_live->setFeedFactory(&createHub);
    }
    const Instance *stored() const { return m_store->find(m_disconnected.id); }
    int touchSockets(const QString &what)
    {
        const auto reply = m_sandbox->control(
            "POST", u"/_sandbox/instances/%1/realtime/%2"_s.arg(m_disconnected.id, what));
        return reply ? reply.value().body.toObject().value(u"sockets"_s).toInt(-1) : -1;
    }
    QString describe() const { return m_live->describe(30, QDateTime::currentDateTimeUtc()); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        m_store = std::make_unique<InstanceStore>();
        const QList<Instance> all = m_sandbox->instances();
        QVERIFY(!all.isEmpty());
        m_store->mergeAll(all, m_store->nextTicket());
        const auto disconnected = m_sandbox->firstWith(
            [](const Instance &instance) { return instance.connected == false; });
        QVERIFY(disconnected);
        m_disconnected = *disconnected;
        m_live = std::make_unique<LiveUpdates>(*m_sandbox->client, *m_store);
    }
    void cleanup()
    {
        m_live.reset();
        m_store.reset();
        m_sandbox.reset();
    }

    // What an event says about the instance, as the store merges it.
    void connectedEventSaysConnectedWithThePhonesProfile()
    {
        const QJsonObject facts = instanceFactsFrom(
            eventOf(u"Connected"_s,
                    {{u"whatsapp_jid"_s, u"5511@s.whatsapp.net"_s}, {u"push_name"_s, u"Ana"_s}}));
        QCOMPARE(facts.value(u"connected"_s), QJsonValue(true));
        QCOMPARE(facts.value(u"whatsapp_jid"_s).toString(), u"5511@s.whatsapp.net"_s);
        QCOMPARE(facts.value(u"whatsapp_push_name"_s).toString(), u"Ana"_s);
        QCOMPARE(facts.value(u"connected_at"_s).toString(), u"2026-12-01T14:30:00.000Z"_s);
    }
    void disconnectedEventClearsTheProfile()
    {
        const QJsonObject facts = instanceFactsFrom(eventOf(u"Disconnected"_s));
        QCOMPARE(facts.value(u"connected"_s), QJsonValue(false));
        QVERIFY(facts.value(u"whatsapp_jid"_s).isNull());
        QVERIFY(facts.value(u"whatsapp_push_name"_s).isNull());
        QVERIFY(facts.value(u"connected_at"_s).isNull());
    }
    void otherEventsSayNothingAboutTheStatus()
    {
        QVERIFY(instanceFactsFrom(eventOf(u"Message"_s, {{u"connected"_s, false}})).isEmpty());
    }

    void watchedInstancesAreLiveTooWhileAnotherIsShown()
    {
        startLive();
        const auto other = m_sandbox->firstWith([this](const Instance &instance) {
            return instance.id != m_disconnected.id && instance.connected == false;
        });
        QVERIFY(other);
        m_live->setPinned({m_disconnected.id});
        QTRY_COMPARE(describe(), u"Live · 1 watched"_s); // pinned, nothing shown
        m_live->setCurrent(other->id);
        QTRY_COMPARE(describe(), u"Live · 2 watched"_s);
        m_live->setCurrent(m_disconnected.id); // shown and pinned: one socket
        QTRY_COMPARE(describe(), u"Live · 1 watched"_s);
        m_live->setCurrent(other->id);
        QTRY_COMPARE(describe(), u"Live · 2 watched"_s);

        // The pinned one pairs while another is shown: the store learns it at once.
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/instances/%1/pair"_s.arg(m_disconnected.id),
                              {{u"push_name"_s, u"Ótica Central"_s}})
                    .ok());
        QTRY_COMPARE(stored()->connected, std::optional<bool>(true));
        QCOMPARE(stored()->whatsappPushName, u"Ótica Central"_s);

        m_live->setPinned({});
        QTRY_COMPARE(describe(), u"Live · 1 watched"_s);
        QTRY_COMPARE(touchSockets(u"drop"_s), 0); // its socket is closed
    }

    void withoutThePluginTheTablePolls()
    {
        m_live->setCurrent(m_disconnected.id);
        QVERIFY(!m_live->summary().available);
        QCOMPARE(describe(), u"Polling every 30 s"_s);
        QCOMPARE(m_live->describe(0, QDateTime::currentDateTimeUtc()), u"Not live; F5 refreshes"_s);
    }

    void pairingElsewhereShowsInTheStoreWithoutARefresh()
    {
        startLive();
        QCOMPARE(describe(), u"Polling every 30 s"_s); // nothing selected: nothing watched
        m_live->setCurrent(m_disconnected.id);
        QTRY_COMPARE(describe(), u"Live · 1 watched"_s);
        QCOMPARE(m_live->summary().live, 1);

        QSignalSpy changed(m_store.get(), &InstanceStore::changed);
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/instances/%1/pair"_s.arg(m_disconnected.id),
                              {{u"push_name"_s, u"Padaria do Zé"_s}})
                    .ok());
        QTRY_COMPARE(stored()->connected, std::optional<bool>(true));
        QCOMPARE(stored()->whatsappPushName, u"Padaria do Zé"_s);
        QVERIFY(!stored()->whatsappJid.isEmpty());
        QVERIFY(changed.size() >= 1);

        // Logged out on the phone: the profile goes with it.
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/instances/%1/events"_s.arg(m_disconnected.id),
                              {{u"type"_s, u"Disconnected"_s}})
                    .ok());
        QTRY_COMPARE(stored()->connected, std::optional<bool>(false));
        QVERIFY(stored()->whatsappPushName.isEmpty());
        QVERIFY(stored()->whatsappJid.isEmpty());
    }

    void aReconnectFetchesTheInstanceAgain()
    {
        startLive();
        m_live->setCurrent(m_disconnected.id);
        QTRY_COMPARE(m_live->summary().live, 1);
        // The store believes something the server no longer says; only a fetch corrects it.
        m_store->learn(m_disconnected.id, {{u"name"_s, u"Believed while offline"_s}});
        QCOMPARE(stored()->name, u"Believed while offline"_s);

        QCOMPARE(touchSockets(u"drop"_s), 1);
        QTRY_COMPARE(stored()->name, m_disconnected.name);
        QTRY_COMPARE(describe(), u"Live · 1 watched"_s);
    }

    void aLostSocketSaysWhenItTriesAgain()
    {
        startLive(10s);
        m_live->setCurrent(m_disconnected.id);
        QTRY_COMPARE(m_live->summary().live, 1);
        QCOMPARE(touchSockets(u"drop"_s), 1);
        QTRY_VERIFY(m_live->summary().nextRetry.isValid());
        static const QRegularExpression reconnecting(u"^Reconnecting in ([0-9]+) s$"_s);
        const auto match = reconnecting.match(describe());
        QVERIFY2(match.hasMatch(), qPrintable(describe()));
        const int seconds = match.captured(1).toInt();
        QVERIFY2(seconds >= 7 && seconds <= 12, qPrintable(describe())); // 10 s ± 20 % jitter
    }

    void refusedCredentialsFallBackToPollingAndSaySo()
    {
        startLive();
        // Access tokens issued so far are refused from now on; the socket gets the same one.
        bool signedIn = false;
        m_sandbox->client->accessToken(
            this, [&signedIn](const Result<AccessToken> &token) { signedIn = token.ok(); });
        QTRY_VERIFY(signedIn);
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/expire-tokens"_s).ok());
        m_live->setCurrent(m_disconnected.id);
        QTRY_COMPARE(m_live->summary().refused, 1);
        QCOMPARE(describe(), u"Live updates refused; polling every 30 s"_s);
        QCOMPARE(m_live->describe(0, QDateTime::currentDateTimeUtc()),
                 u"Live updates refused; F5 refreshes"_s);
    }

    void theProfilesRealtimeHostIsWhereTheSocketGoes()
    {
        // A port nobody listens on: configured there, the socket cannot come up.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        startLive(10s);
        m_live->setConfiguredRealtimeUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(deadPort)));
        m_live->setCurrent(m_disconnected.id);
        QTRY_VERIFY(m_live->summary().nextRetry.isValid());
        QCOMPARE(m_live->summary().live, 0);
        QVERIFY2(describe().startsWith(u"Reconnecting in "_s), qPrintable(describe()));

        // Cleared: the API's own host (the sandbox), and the same socket goes live at once.
        m_live->setConfiguredRealtimeUrl({});
        QTRY_COMPARE(m_live->summary().live, 1);
        QCOMPARE(describe(), u"Live · 1 watched"_s);
    }

    void lookingAwayClosesTheSocket()
    {
        startLive();
        m_live->setCurrent(m_disconnected.id);
        QTRY_COMPARE(m_live->summary().live, 1);
        m_live->setCurrent({});
        QCOMPARE(m_live->summary().watched, 0);
        QCOMPARE(describe(), u"Polling every 30 s"_s);
        QTRY_COMPARE(touchSockets(u"freeze"_s), 0);
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestLiveUpdates)
#include "tst_live_updates.moc"
