// vzaps-desk --sandbox telling the desktop about its watched instances, on a private session
// bus with a fake notification server: a watched instance that disconnects while another is
// shown reaches the server as "“name” disconnected" from VZaps Desk with the app's desktop
// entry; clicking the notice brings that instance up in the window; what Settings turns off
// is not told.
#include "tests/support/FakeNotificationServer.h"
#include "tests/support/Keyboard.h"
#include "tests/support/MainWindowTestSupport.h"

#include "app/vzaps-desk/DeskLauncher.h"
#include "app/vzaps-desk/DeskNotifications.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "ui/detail/WatchButton.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::desk::DeskSession;
using vzaps::test::FakeNotificationServer;
using vzaps::ui::MainWindow;

class TestDeskNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<DeskSession> m_session;

    MainWindow *window() const { return m_session->window(); }
    InstanceTableModel *model() const { return window()->controller().model(); }
    QTableView *table() const { return window()->findChild<QTableView *>(u"instanceTable"_s); }
    QString liveText() const
    {
        const auto *label = window()->findChild<QLabel *>(u"liveLabel"_s);
        return label && label->isVisible() ? label->text() : QString();
    }

    bool startWithSandbox()
    {
        const auto command = vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
        m_session = std::make_unique<DeskSession>(command.options);
        window()->show();
        m_session->start();
        return QTest::qWaitFor(
            [this] { return model()->rowCount() > 1 && m_session->notifications() != nullptr; });
    }
    bool clickRow(int row)
    {
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(model()->index(row, 0)).center());
        return QTest::qWaitFor([this, row] {
            const auto current = window()->currentInstance();
            return current && current->id == model()->instanceAt(row).id;
        });
    }
    // The first connected row: pinned with the detail panel's toggle, then another row shown.
    vzaps::Instance watchAConnectedInstance()
    {
        int row = 0;
        while (row < model()->rowCount() && model()->instanceAt(row).connected != true)
            ++row;
        if (row >= model()->rowCount() - 1 || !clickRow(row))
            return {};
        auto *toggle = window()->findChild<vzaps::ui::WatchButton *>(u"detailWatchButton"_s);
        if (!toggle || !QTest::qWaitFor([toggle] { return toggle->isVisible(); }))
            return {};
        QTest::mouseClick(toggle, Qt::LeftButton);
        const vzaps::Instance watched = model()->instanceAt(row);
        if (!clickRow(row + 1) ||
            !QTest::qWaitFor([this] { return liveText() == u"Live · 2 watched"_s; }))
            return {};
        return watched;
    }
    // What happens elsewhere: another client disconnects the session (the sandbox then
    // publishes Disconnected), the customer pairs the phone again (Connected).
    bool disconnectElsewhere(const QString &id)
    {
        return vzaps::testing::Sandbox::control(m_session->client(),
                                                u"/instances/%1/session/disconnect"_s.arg(id), {});
    }
    bool pairElsewhere(const QString &id)
    {
        return vzaps::testing::Sandbox::control(m_session->client(),
                                                u"/_sandbox/instances/%1/pair"_s.arg(id), {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        vzaps::testing::isolateSettings(u"tst_desk_notifications"_s);
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: the test runs under dbus-run-session (ctest does that)");
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(DeskSession::sandboxStatePath());
        m_server = std::make_unique<FakeNotificationServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

    void aWatchedDisconnectReachesTheDesktopAndItsClickShowsTheInstance()
    {
        QVERIFY(startWithSandbox());
        const vzaps::Instance watched = watchAConnectedInstance();
        QVERIFY(!watched.id.isEmpty());

        QSignalSpy notified(m_server.get(), &FakeNotificationServer::notified);
        QVERIFY(disconnectElsewhere(watched.id));
        QVERIFY(notified.wait());
        const auto notice = m_server->received().constLast();
        QCOMPARE(notice.appName, u"VZaps Desk"_s);
        QCOMPARE(notice.summary, u"“%1” disconnected"_s.arg(watched.name));
        QCOMPARE(notice.body, u"Its WhatsApp session is no longer connected."_s);
        QCOMPARE(notice.hints.value(u"desktop-entry"_s).toString(), u"com.vzaps.Desk"_s);
        // The row says so too, without a refresh.
        QTRY_COMPARE(model()
                         ->index(model()->rowOf(watched.id), InstanceTableModel::ConnectionColumn)
                         .data()
                         .toString(),
                     u"Disconnected"_s);

        // The notice clicked: that instance is the one shown.
        m_server->click(notice.id);
        QTRY_COMPARE(window()->currentInstance().value_or(vzaps::Instance()).id, watched.id);

        // Connected again: the same notice is replaced, not a second one stacked.
        QVERIFY(pairElsewhere(watched.id));
        QVERIFY(notified.wait());
        QVERIFY(m_server->received().constLast().summary.startsWith(
            u"“%1” connected"_s.arg(watched.name)));
        QVERIFY(m_server->received().constLast().body.startsWith(
            u"Its WhatsApp session is connected as "_s));
        QCOMPARE(m_server->received().constLast().replacesId, notice.id);
    }

    void whatSettingsTurnsOffIsNotTold()
    {
        QVERIFY(startWithSandbox());
        const vzaps::Instance watched = watchAConnectedInstance();
        QVERIFY(!watched.id.isEmpty());

        // Settings (Ctrl+,): "When a watched instance disconnects" off (Alt+D), OK (Enter).
        QVERIFY(vzaps::testing::press(Qt::Key_Comma, Qt::ControlModifier));
        QWidget *dialog = vzaps::testing::waitForActiveWindow(u"settingsDialog"_s);
        QVERIFY(dialog);
        auto *disconnects = dialog->findChild<QCheckBox *>(u"notifyDisconnectsCheck"_s);
        QVERIFY(disconnects && disconnects->isChecked());
        QVERIFY(vzaps::testing::press(Qt::Key_D, Qt::AltModifier));
        QTRY_VERIFY(!disconnects->isChecked()); // a mnemonic clicks after a short flash
        QVERIFY(vzaps::testing::press(Qt::Key_Return));
        QTRY_VERIFY(!dialog->isVisible());

        QSignalSpy notified(m_server.get(), &FakeNotificationServer::notified);
        QVERIFY(disconnectElsewhere(watched.id));
        const int row = model()->rowOf(watched.id);
        QTRY_COMPARE(model()->index(row, InstanceTableModel::ConnectionColumn).data().toString(),
                     u"Disconnected"_s);
        QVERIFY(pairElsewhere(watched.id));
        QVERIFY(notified.wait());
        QCOMPARE(m_server->received().size(), 1); // the connect only
        QCOMPARE(m_server->received().constLast().summary, u"“%1” connected"_s.arg(watched.name));
    }
};

QTEST_MAIN(TestDeskNotifications)
#include "tst_desk_notifications.moc"
