// The watch list: pinned instances survive a restart per account, never more than fifty, an
// account finds only its own list (the sandbox on another port included), what the settings
// file holds that is no instance id is dropped, and no client secret or token is written.
#include "core/presentation/WatchList.h"
#include "tests/support/IsolatedSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

const QUrl kServer(u"https://api.vzaps.com/"_s);
const QString kClientToken = u"CT-watch-1"_s;

QString idNumber(int n)
{
    return u"VZWATCH%1"_s.arg(n, 4, 10, QChar(u'0'));
}

} // namespace

class TestWatchList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_watch_list"_s); }
    void init() { QSettings().clear(); }

    void pinnedInstancesComeBackAfterARestart()
    {
        {
            WatchList list;
            list.setAccount(kServer, kClientToken);
            QSignalSpy changed(&list, &WatchList::changed);
            QVERIFY(list.pin(u"VZAAA"_s));
            QVERIFY(list.pin(u"VZBBB"_s));
            QVERIFY(list.pin(u"VZAAA"_s)); // already there: still true, nothing new
            QCOMPARE(changed.count(), 2);
            QCOMPARE(list.ids(), QStringList({u"VZAAA"_s, u"VZBBB"_s}));
        }
        WatchList again;
        QSignalSpy changed(&again, &WatchList::changed);
        again.setAccount(kServer, kClientToken);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(again.ids(), QStringList({u"VZAAA"_s, u"VZBBB"_s}));
        QVERIFY(again.contains(u"VZBBB"_s));
    }

    void unpinnedInstancesStayUnpinned()
    {
        {
            WatchList list;
            list.setAccount(kServer, kClientToken);
            list.pin(u"VZAAA"_s);
            list.pin(u"VZBBB"_s);
            QSignalSpy changed(&list, &WatchList::changed);
            list.unpin(u"VZAAA"_s);
            list.unpin(u"VZNOTTHERE"_s);
            QCOMPARE(changed.count(), 1);
        }
        WatchList again;
        again.setAccount(kServer, kClientToken);
        QCOMPARE(again.ids(), QStringList({u"VZBBB"_s}));
    }

    void fiftyIsTheMost()
    {
        WatchList list;
        list.setAccount(kServer, kClientToken);
        for (int n = 0; n < WatchList::kMaximum; ++n)
            QVERIFY(list.pin(idNumber(n)));
        QVERIFY(list.isFull());
        QVERIFY(!list.pin(u"VZONEMORE"_s));
        QCOMPARE(list.size(), WatchList::kMaximum);
        QVERIFY(!list.contains(u"VZONEMORE"_s));
        list.unpin(idNumber(7));
        QVERIFY(list.pin(u"VZONEMORE"_s));
    }

    void eachAccountHasItsOwnList()
    {
        WatchList list;
        list.setAccount(kServer, kClientToken);
        list.pin(u"VZMINE"_s);
        QSignalSpy changed(&list, &WatchList::changed);
        list.setAccount(kServer, u"CT-someone-else"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(list.ids().isEmpty());
        list.pin(u"VZTHEIRS"_s);

        list.setAccount(QUrl(u"https://other.example/"_s), kClientToken);
        QVERIFY(list.ids().isEmpty());
        // The same server on another port (a sandbox started again) is the same account.
        list.setAccount(QUrl(u"https://api.vzaps.com:8443"_s), kClientToken);
        QCOMPARE(list.ids(), QStringList({u"VZMINE"_s}));
        list.setAccount(kServer, u"CT-someone-else"_s);
        QCOMPARE(list.ids(), QStringList({u"VZTHEIRS"_s}));
    }

    void withoutAnAccountNothingIsPinned()
    {
        WatchList list;
        QVERIFY(!list.pin(u"VZAAA"_s));
        QVERIFY(list.ids().isEmpty());
        list.setAccount(kServer, QString());
        QVERIFY(!list.pin(u"VZAAA"_s));
    }

    void whatIsNoInstanceIdInTheFileIsDropped()
    {
        QStringList stored{u"VZGOOD"_s,       u"../../etc"_s,    QString(),   u"VZGOOD"_s,
                           u"VZ\u202Eevil"_s, QString(70, u'A'), u"VZOTHER"_s};
        for (int n = 0; n < 60; ++n)
            stored.append(idNumber(n));
        QSettings().setValue(WatchList::settingsKey(kServer, kClientToken), stored);
        WatchList list;
        list.setAccount(kServer, kClientToken);
        QCOMPARE(list.size(), WatchList::kMaximum);
        QCOMPARE(list.ids().mid(0, 3), QStringList({u"VZGOOD"_s, u"VZOTHER"_s, idNumber(0)}));
        QVERIFY(!list.pin(u"not an id"_s));
    }

    void theSettingsFileHoldsNoClientToken()
    {
        WatchList list;
        list.setAccount(kServer, kClientToken);
        list.pin(u"VZAAA"_s);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("VZAAA"));
        QVERIFY(!contents.contains(kClientToken.toUtf8()));
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestWatchList)
#include "tst_watch_list.moc"
