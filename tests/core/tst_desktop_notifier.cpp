// Desktop notifications as a notification server receives them, over a real bus daemon
// (dbus-run-session): the app's name, icon and desktop-entry hint, the title and the body as
// plain text (escaped where the server reads markup), the same key's next notice replacing
// the first, a click reported with the key, and no notification service breaking nothing.
#include "core/notify/FreedesktopNotifier.h"
#include "tests/support/FakeNotificationServer.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using vzaps::test::FakeNotificationServer;

namespace vzaps::notify {

namespace {

NotifierIdentity identity()
{
    return {u"VZaps Desk"_s, u"com.vzaps.Desk"_s, u"com.vzaps.Desk"_s};
}

DesktopNotice noticeOf(const QString &key, const QString &title, const QString &body = {})
{
    return {key, title, body, false};
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: the test runs under dbus-run-session (ctest does that)");
    }

    void aNoticeReachesTheServerAsTheSpecAsks()
    {
        FakeNotificationServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        FreedesktopNotifier notifier(QDBusConnection::sessionBus(), identity());
        QSignalSpy notified(&server, &FakeNotificationServer::notified);
        notifier.show(noticeOf(u"VZA"_s, u"“Ótica Central” disconnected"_s,
                               u"Its WhatsApp session <b>is</b> no longer connected."_s));
        QVERIFY(notified.wait());
        const auto received = server.received().first();
        QCOMPARE(received.appName, u"VZaps Desk"_s);
        QCOMPARE(received.appIcon, u"com.vzaps.Desk"_s);
        QCOMPARE(received.summary, u"“Ótica Central” disconnected"_s);
        // The server reads no markup: the text as it is.
        QCOMPARE(received.body, u"Its WhatsApp session <b>is</b> no longer connected."_s);
        QCOMPARE(received.replacesId, 0u);
        QCOMPARE(received.hints.value(u"desktop-entry"_s).toString(), u"com.vzaps.Desk"_s);
        QCOMPARE(received.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(received.hints.value(u"urgency"_s).value<uchar>(), uchar(1));
        QCOMPARE(received.actions, QStringList({u"default"_s, u"Show"_s}));
        QCOMPARE(received.expireTimeout, -1);
        QVERIFY(notifier.isAvailable());
    }

    void theSameKeysNextNoticeReplacesIt()
    {
        FakeNotificationServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        FreedesktopNotifier notifier(QDBusConnection::sessionBus(), identity());
        QSignalSpy shown(&notifier, &FreedesktopNotifier::shown);
        notifier.show(noticeOf(u"VZA"_s, u"“A” disconnected"_s));
        QVERIFY(shown.wait());
        notifier.show(noticeOf(u"VZB"_s, u"“B” disconnected"_s));
        QVERIFY(shown.wait());
        notifier.show(noticeOf(u"VZA"_s, u"“A” connected"_s));
        QVERIFY(shown.wait());
        const auto received = server.received();
        QCOMPARE(received.size(), 3);
        QCOMPARE(received.at(1).replacesId, 0u); // another instance: a notice of its own
        QCOMPARE(received.at(2).replacesId, received.at(0).id);

        // Once the user closed it, the next one is a new notice on screen, not a replacement
        // of one that is gone.
        server.close(received.at(2).id);
        notifier.show(noticeOf(u"VZA"_s, u"“A” disconnected"_s));
        QVERIFY(shown.wait());
        const uint reopened = server.received().constLast().id;
        QVERIFY(reopened != received.at(2).id);
        notifier.show(noticeOf(u"VZA"_s, u"“A” connected"_s)); // and that one is replaced
        QVERIFY(shown.wait());
        QCOMPARE(server.received().constLast().replacesId, reopened);
        QCOMPARE(server.received().constLast().id, reopened);
    }

    void aClickSaysWhichNotice()
    {
        FakeNotificationServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        FreedesktopNotifier notifier(QDBusConnection::sessionBus(), identity());
        QSignalSpy shown(&notifier, &FreedesktopNotifier::shown);
        QSignalSpy activated(&notifier, &FreedesktopNotifier::activated);
        notifier.show(noticeOf(u"VZA"_s, u"“A” disconnected"_s));
        QVERIFY(shown.wait());
        notifier.show(noticeOf(u"VZB"_s, u"“B” disconnected"_s));
        QVERIFY(shown.wait());
        server.click(server.received().at(1).id);
        QVERIFY(activated.wait());
        QCOMPARE(activated.first().first().toString(), u"VZB"_s);
        server.click(999); // another application's notice
        server.click(server.received().at(0).id);
        QVERIFY(activated.wait());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).first().toString(), u"VZA"_s);
    }

    void aServerThatReadsMarkupGetsTheTextEscaped()
    {
        FakeNotificationServer server({u"body"_s, u"body-markup"_s});
        QVERIFY2(server.start(), qPrintable(server.error()));
        FreedesktopNotifier notifier(QDBusConnection::sessionBus(), identity());
        QSignalSpy notified(&server, &FakeNotificationServer::notified);
        notifier.show(noticeOf(u"VZA"_s, u"“<i>A</i>” connected"_s,
                               u"Connected as <a href=\"https://evil.example\">Ana</a> & co"_s));
        QVERIFY(notified.wait());
        const auto received = server.received().first();
        QCOMPARE(received.body,
                 u"Connected as &lt;a href=&quot;https://evil.example&quot;&gt;Ana&lt;/a&gt; "
                 "&amp; co"_s);
        QVERIFY(received.actions.isEmpty()); // the server offers none
    }

    void withoutANotificationServiceNothingBreaks()
    {
        FreedesktopNotifier notifier(QDBusConnection::sessionBus(), identity());
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"^no desktop notification service: "_s));
        notifier.show(noticeOf(u"VZA"_s, u"“A” disconnected"_s));
        QTRY_VERIFY(!notifier.isAvailable());
        // Further notices are dropped without asking the bus again (no second log line).
        notifier.show(noticeOf(u"VZB"_s, u"“B” disconnected"_s));
        QVERIFY(!notifier.isAvailable());
    }

    void withoutASessionBusNothingBreaks()
    {
        FreedesktopNotifier notifier(QDBusConnection(u"never-connected"_s), identity());
        QTest::ignoreMessage(QtInfoMsg, "no session bus; desktop notifications are off");
        notifier.show(noticeOf(u"VZA"_s, u"“A” disconnected"_s));
        QVERIFY(!notifier.isAvailable());
    }
};

} // namespace vzaps::notify

QTEST_GUILESS_MAIN(vzaps::notify::TestDesktopNotifier)
#include "tst_desktop_notifier.moc"
