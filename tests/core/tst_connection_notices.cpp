// What the desktop is told when watched instances connect or disconnect: only the watch
// list's instances, only the changes chosen in Settings, one notice per instance keyed by its
// id (so the next replaces it), the last change of an instance within a moment only, and a
// burst of changes as one notice that names them.
#include "core/presentation/ConnectionNotices.h"
#include "core/presentation/InstanceStore.h"
#include "core/presentation/WatchList.h"
#include "tests/support/IsolatedSettings.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(vzaps::notify::DesktopNotice)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace vzaps {

class TestConnectionNotices : public QObject
{
    Q_OBJECT

    std::unique_ptr<InstanceStore> m_store;
    std::unique_ptr<WatchList> m_watchList;
    std::unique_ptr<ConnectionNotices> m_notices;

    void addInstance(const QString &id, const QString &name, const QString &pushName = {})
    {
        m_store->learn(id, {{u"id"_s, id}, {u"name"_s, name}, {u"whatsapp_push_name"_s, pushName}});
    }
    static QList<notify::DesktopNotice> noticesOf(const QSignalSpy &spy)
    {
        QList<notify::DesktopNotice> notices;
        for (const QList<QVariant> &arguments : spy)
            notices.append(arguments.at(0).value<notify::DesktopNotice>());
        return notices;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(u"tst_connection_notices"_s);
        qRegisterMetaType<notify::DesktopNotice>();
    }
    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<InstanceStore>();
        m_watchList = std::make_unique<WatchList>();
        m_watchList->setAccount(QUrl(u"https://api.vzaps.com"_s), u"CT-1"_s);
        m_notices = std::make_unique<ConnectionNotices>(*m_store, *m_watchList);
        m_notices->setBurstWindow(20ms);
        addInstance(u"VZA"_s, u"Ótica Central"_s, u"Ana"_s);
        addInstance(u"VZB"_s, u"Padaria do Zé"_s);
        m_watchList->pin(u"VZA"_s);
        m_watchList->pin(u"VZB"_s);
    }

    void aWatchedDisconnectIsToldByName()
    {
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZA"_s, false);
        QTRY_COMPARE(told.size(), 1);
        const notify::DesktopNotice notice = noticesOf(told).first();
        QCOMPARE(notice.key, u"VZA"_s);
        QCOMPARE(notice.title, u"“Ótica Central” disconnected"_s);
        QCOMPARE(notice.body, u"Its WhatsApp session is no longer connected."_s);
    }

    void aConnectSaysAsWhom()
    {
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZA"_s, true);
        m_notices->connectionChanged(u"VZB"_s, true);
        QTRY_COMPARE(told.size(), 2);
        const auto notices = noticesOf(told);
        QCOMPARE(notices.at(0).title, u"“Ótica Central” connected"_s);
        QCOMPARE(notices.at(0).body, u"Its WhatsApp session is connected as Ana."_s);
        QCOMPARE(notices.at(1).key, u"VZB"_s);
        QCOMPARE(notices.at(1).body, u"Its WhatsApp session is connected."_s);
    }

    void instancesNotWatchedAreNotTold()
    {
        addInstance(u"VZC"_s, u"Not pinned"_s);
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZC"_s, false);
        m_notices->connectionChanged(u"VZA"_s, false); // the flush of the same moment
        QTRY_COMPARE(told.size(), 1);
        QCOMPARE(noticesOf(told).first().key, u"VZA"_s);
    }

    void whatSettingsTurnedOffIsNotTold()
    {
        m_notices->setChoices(false, true);
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZA"_s, false);
        m_notices->connectionChanged(u"VZB"_s, true);
        QTRY_COMPARE(told.size(), 1);
        QCOMPARE(noticesOf(told).first().title, u"“Padaria do Zé” connected"_s);

        // Both off: nothing is kept to be told later either.
        m_notices->setChoices(false, false);
        m_notices->connectionChanged(u"VZB"_s, false);
        m_notices->connectionChanged(u"VZB"_s, true);
        m_notices->setChoices(true, true);
        m_notices->connectionChanged(u"VZA"_s, false);
        QTRY_COMPARE(told.size(), 2);
        QCOMPARE(noticesOf(told).at(1).key, u"VZA"_s);
        QVERIFY(!QTest::qWaitFor([&told] { return told.size() > 2; }, 100));
    }

    void onlyTheLastChangeOfAMomentCounts()
    {
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZA"_s, false);
        m_notices->connectionChanged(u"VZA"_s, true);
        QTRY_COMPARE(told.size(), 1);
        QCOMPARE(noticesOf(told).first().title, u"“Ótica Central” connected"_s);
    }

    void aBurstIsOneNoticeThatNamesThem()
    {
        QStringList names;
        for (int n = 0; n < 8; ++n) {
            const QString id = u"VZBURST%1"_s.arg(n);
            const QString name = u"Loja %1"_s.arg(n);
            addInstance(id, name);
            QVERIFY(m_watchList->pin(id));
            names.append(name);
        }
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        for (int n = 0; n < 8; ++n)
            m_notices->connectionChanged(u"VZBURST%1"_s.arg(n), false);
        m_notices->connectionChanged(u"VZA"_s, true);
        QTRY_COMPARE(told.size(), 2);
        const auto notices = noticesOf(told);
        QCOMPARE(notices.at(0).key, ConnectionNotices::burstKey(false));
        QCOMPARE(notices.at(0).title, u"8 watched instances disconnected"_s);
        QCOMPARE(notices.at(0).body, names.mid(0, 5).join(u", "_s) + u" and 3 more"_s);
        QCOMPARE(notices.at(1).key, u"VZA"_s); // the one connect is told alone
    }

    void aLongNameFromTheServerIsCut()
    {
        addInstance(u"VZLONG"_s, QString(500, u'x'));
        m_watchList->pin(u"VZLONG"_s);
        QSignalSpy told(m_notices.get(), &ConnectionNotices::notice);
        m_notices->connectionChanged(u"VZLONG"_s, false);
        QTRY_COMPARE(told.size(), 1);
        QVERIFY(noticesOf(told).first().title.size() < 100);
        QVERIFY(noticesOf(told).first().title.contains(u'…'));
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestConnectionNotices)
#include "tst_connection_notices.moc"
