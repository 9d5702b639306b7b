// vzaps-desk --sandbox with its realtime plugin, as a support person sees it: the instance
// they look at is live (the status bar says so), and when its customer pairs the phone
// elsewhere, the row, the summary strip and the detail panel say Connected within moments,
// with no refresh of the list. Without the plugin the app says it polls.
#include "tests/support/Keyboard.h"
#include "tests/support/MainWindowTestSupport.h"

#include "app/vzaps-desk/DeskLauncher.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/WatchList.h"
#include "ui/detail/ConnectionView.h"
#include "ui/detail/DetailPanel.h"
#include "ui/detail/WatchButton.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::desk::DeskSession;
using vzaps::ui::MainWindow;

class TestDeskLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskSession> m_session;
    QString m_id;

    MainWindow *window() const { return m_session->window(); }
    InstanceTableModel *model() const { return window()->controller().model(); }
    QString liveText() const
    {
        const auto *label = window()->findChild<QLabel *>(u"liveLabel"_s);
        return label && label->isVisible() ? label->text() : QString();
    }
    QString rowText(int column) const
    {
        const int row = model()->rowOf(m_id);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    QString connectionPage() const
    {
        const auto *view = window()->findChild<vzaps::ui::ConnectionView *>();
        return view && view->currentPage() ? view->currentPage()->objectName() : QString();
    }
    qint64 connectedCount() const
    {
        const QString strip = window()->findChild<QLabel *>(u"summaryStrip"_s)->text();
        for (QString part : strip.split(u" · "_s)) {
            part.replace(QChar::Nbsp, u' ');
            if (part.endsWith(u" connected"_s))
                return part.section(u' ', 0, 0).remove(u',').toLongLong();
        }
        return -1;
    }

    QString rowTextOf(const QString &id, int column) const
    {
        const int row = model()->rowOf(id);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    bool startWithSandbox()
    {
        const auto command = vzaps::desk::parseCommandLine({u"vzaps-desk"_s, u"--sandbox"_s}, {});
        m_session = std::make_unique<DeskSession>(command.options);
        window()->show();
        m_session->start();
        return QTest::qWaitFor([this] {
            return window()->controller().state() == vzaps::InstanceListController::State::Ready &&
                   model()->rowCount() > 0;
        });
    }
    // Clicks the row of the first disconnected instance that can be paired, as a user would.
    bool clickDisconnectedRow()
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const vzaps::Instance instance = model()->instanceAt(row);
            if (instance.connected != false || instance.billingStatus == "CANCELED"_L1)
                continue;
            m_id = instance.id;
            auto *table = window()->findChild<QTableView *>(u"instanceTable"_s);
            const QRect cell = table->visualRect(model()->index(row, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            return QTest::qWaitFor([this] {
                const auto current = window()->currentInstance();
                return current && current->id == m_id;
            });
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        vzaps::testing::isolateSettings(u"tst_desk_live"_s);
        if (qEnvironmentVariableIsEmpty("VZAPS_DESK_PLUGIN_DIR"))
            qputenv("VZAPS_DESK_PLUGIN_DIR", VZAPS_DESK_PLUGIN_BUILD_DIR);
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(DeskSession::sandboxStatePath());
    }
    void cleanup() { m_session.reset(); }

    void pairingElsewhereShowsEverywhereWithoutARefresh()
    {
        QVERIFY(startWithSandbox());
        QCOMPARE(window()->controller().autoRefreshInterval(), std::chrono::seconds(30));
        QTRY_COMPARE(liveText(), u"Polling every 30 s"_s); // nothing looked at yet
        QVERIFY(clickDisconnectedRow());
        QTRY_COMPARE(liveText(), u"Live · 1 watched"_s);
        QTRY_COMPARE(connectionPage(), u"notPairedView"_s);
        const qint64 connected = connectedCount();
        QVERIFY(connected >= 0);

        QSignalSpy pages(&window()->controller(), &vzaps::InstanceListController::pageLoaded);
        QVERIFY(vzaps::testing::Sandbox::control(
            m_session->client(), u"/_sandbox/instances/%1/pair"_s.arg(m_id),
            {{u"phone"_s, u"5511987654321"_s}, {u"push_name"_s, u"Ótica Central"_s}}));
        QTRY_COMPARE(rowText(InstanceTableModel::ConnectionColumn), u"Connected"_s);
        QCOMPARE(rowText(InstanceTableModel::PushNameColumn), u"Ótica Central"_s);
        QTRY_COMPARE(connectionPage(), u"connectedView"_s);
        QCOMPARE(connectedCount(), connected + 1);
        QCOMPARE(pages.size(), 0); // the event said it, not a new page
        QCOMPARE(liveText(), u"Live · 1 watched"_s);
    }

    void watchedInstancesStayLiveWhileAnotherIsShownAndAfterARestart()
    {
        QVERIFY(startWithSandbox());
        QVERIFY(clickDisconnectedRow());
        const QString watched = m_id;
        QTRY_COMPARE(liveText(), u"Live · 1 watched"_s);

        // Row menu (Shift+F10 where the focus is), Watch live.
        QVERIFY(vzaps::testing::press(Qt::Key_F10, Qt::ShiftModifier));
        QVERIFY(vzaps::testing::waitForMenu(u"rowMenu"_s));
        QVERIFY(vzaps::testing::press(Qt::Key_W));
        QTRY_VERIFY(window()->watchList().contains(watched));
        QVERIFY(window()->statusBar()->currentMessage().startsWith(u"Watching “"_s));
        QVERIFY(window()->statusBar()->currentMessage().endsWith(u"live (1 of 50)."_s));
        auto *toggle = window()->findChild<vzaps::ui::WatchButton *>(u"detailWatchButton"_s);
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());                   // the panel's toggle follows the list
        QCOMPARE(toggle->text(), u"✓ Watching live"_s); // visible without an icon theme

        // Another row shown: both are live, and the watched one's pairing shows in its row.
        QVERIFY(vzaps::testing::press(Qt::Key_Down));
        QTRY_VERIFY(window()->currentInstance() && window()->currentInstance()->id != watched);
        QVERIFY(!toggle->isChecked());
        QCOMPARE(toggle->text(), u"Watch live"_s);
        QTRY_COMPARE(liveText(), u"Live · 2 watched"_s);
        QSignalSpy pages(&window()->controller(), &vzaps::InstanceListController::pageLoaded);
        QVERIFY(vzaps::testing::Sandbox::control(
            m_session->client(), u"/_sandbox/instances/%1/pair"_s.arg(watched), {}));
        QTRY_COMPARE(rowTextOf(watched, InstanceTableModel::ConnectionColumn), u"Connected"_s);
        QCOMPARE(pages.size(), 0);

        // Started again: the list is still there and live with nothing selected.
        m_session.reset();
        QVERIFY(startWithSandbox());
        QVERIFY(window()->watchList().contains(watched));
        QTRY_COMPARE(liveText(), u"Live · 1 watched"_s);

        // The panel's toggle unpins it.
        const int row = model()->rowOf(watched);
        QVERIFY(row >= 0);
        auto *table = window()->findChild<QTableView *>(u"instanceTable"_s);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model()->index(row, 0)).center());
        toggle = window()->findChild<vzaps::ui::WatchButton *>(u"detailWatchButton"_s);
        QTRY_VERIFY(toggle && toggle->isVisible() && toggle->isChecked());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!window()->watchList().contains(watched));
        QVERIFY(!toggle->isChecked());
        QVERIFY(window()->statusBar()->currentMessage().startsWith(u"Stopped watching “"_s));
        // The focus stayed in the table: Down shows another row, and only that one is live.
        QVERIFY(vzaps::testing::press(Qt::Key_Down));
        QTRY_COMPARE(liveText(), u"Live · 1 watched"_s);
    }

    void withoutItsPluginTheAppSaysItPolls()
    {
        // Only the sandbox plugin where the app looks: no realtime plugin.
        QTemporaryDir plugins;
        QVERIFY(plugins.isValid());
        const QString sandboxPlugin = u"libvzaps-desk-sandbox.so"_s;
        QVERIFY(QFile::copy(QStringLiteral(VZAPS_DESK_PLUGIN_BUILD_DIR "/") + sandboxPlugin,
                            plugins.filePath(sandboxPlugin)));
        // Until the end of the test: the realtime plugin is looked for after the first paint.
        const QByteArray saved = qgetenv("VZAPS_DESK_PLUGIN_DIR");
        const auto restore = qScopeGuard([&saved] { qputenv("VZAPS_DESK_PLUGIN_DIR", saved); });
        qputenv("VZAPS_DESK_PLUGIN_DIR", plugins.path().toUtf8());
        QVERIFY(startWithSandbox());

        QVERIFY(clickDisconnectedRow());
        QTRY_COMPARE(liveText(), u"Polling every 30 s"_s);
        QVERIFY(vzaps::testing::Sandbox::control(m_session->client(),
                                                 u"/_sandbox/instances/%1/pair"_s.arg(m_id), {}));
        // Nothing is pushed: the row says what the last page said until F5 asks again.
        QCOMPARE(rowText(InstanceTableModel::ConnectionColumn), u"Disconnected"_s);
        QCOMPARE(liveText(), u"Polling every 30 s"_s);
        QVERIFY(!window()->liveUpdates().summary().available);
        QSignalSpy pages(&window()->controller(), &vzaps::InstanceListController::pageLoaded);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(rowText(InstanceTableModel::ConnectionColumn), u"Connected"_s);
    }
};

QTEST_MAIN(TestDeskLive)
#include "tst_desk_live.moc"
