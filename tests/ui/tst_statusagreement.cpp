// After each action, the row, the detail panel, the summary strip and the toolbar say the
// same about the instance at once, with nobody selecting another row: pairing, restart,
// cancel, resume, paying and disconnecting, against a real sandbox with auto-refresh off.
#include "tests/ui/ActionTestSupport.h"
#include "tests/ui/BillingTestSupport.h"
#include "tests/ui/WindowActionsFixture.h"

#include "ui/actions/ActionLauncher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/billing/CheckoutFlow.h"
#include "ui/detail/ConnectionView.h"
#include "ui/detail/DetailPanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestStatusAgreement : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;
    QString m_id; // the instance each test acts on

    QAction *action(InstanceAction which) const
    {
        return m_fixture.window->commands().action(which);
    }
    DetailPanel *panel() const
    {
        return m_fixture.window->findChild<DetailPanel *>(u"detailPanel"_s);
    }
    QString panelText(const QString &name) const
    {
        auto *label = panel()->findChild<QLabel *>(name);
        return label && label->isVisibleTo(panel()) ? label->text() : QString();
    }
    QString connectionPage() const
    {
        return panel()->findChild<ConnectionView *>()->currentPage()->objectName();
    }
    QString rowText(int column) const
    {
        const int row = m_fixture.model()->rowOf(m_id);
        return row < 0 ? QString() : m_fixture.model()->index(row, column).data().toString();
    }
    // A counter of the summary strip, e.g. "3 connected" → 3; -1 when it is not there.
    qint64 counter(const QString &words) const
    {
        const QString strip = m_fixture.window->findChild<QLabel *>(u"summaryStrip"_s)->text();
        for (QString part : strip.split(u" · "_s)) {
            part.replace(QChar::Nbsp, u' ');
            const qsizetype space = part.indexOf(u' ');
            if (part.mid(space + 1) == words)
                return part.left(space).remove(u',').toLongLong();
        }
        return -1;
    }

    // Selects the first instance that `match` accepts and waits for the panel to show it.
    template<typename Match>
    bool selectWhere(Match match)
    {
        const int row = m_fixture.rowWhere(match);
        if (row < 0)
            return false;
        m_id = m_fixture.model()->instanceAt(row).id;
        m_fixture.selectRows({row});
        return QTest::qWaitFor([this] {
            const auto current = m_fixture.window->currentInstance();
            return panel()->isVisible() && current && current->id == m_id;
        });
    }

    // Triggers `which` and presses OK in the dialog it opens.
    bool confirm(InstanceAction which, const QString &dialogName)
    {
        action(which)->trigger();
        QWidget *dialog = testing::WindowActionsFixture::openDialog(dialogName);
        if (!dialog)
            return false;
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        return true;
    }

    // The row and the panel show the same connection, billing and status.
    void expectRowAndPanelAgree() const
    {
        QCOMPARE(panelText(u"detailConnectionBadge"_s),
                 rowText(InstanceTableModel::ConnectionColumn));
        QCOMPARE(panelText(u"detailBillingBadge"_s), rowText(InstanceTableModel::BillingColumn));
        QCOMPARE(panelText(u"detailStatusValue"_s), rowText(InstanceTableModel::StatusColumn));
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_statusagreement"_s); }

    void init()
    {
        QVERIFY(m_fixture.start());
        // Nothing but the actions themselves may bring the news.
        m_fixture.window->controller().setAutoRefreshInterval(std::chrono::seconds(0));
        m_fixture.window->launcher().setTypeToConfirm(false);
        m_fixture.window->launcher().checkout().setPollInterval(std::chrono::milliseconds(100));
        panel()->setQrPollInterval(std::chrono::milliseconds(100));
        QVERIFY(testing::Sandbox::control(*m_fixture.client, u"/_sandbox/config"_s,
                                          {{u"pair_after_polls"_s, 0}}));
    }
    void cleanup() { m_fixture.stop(); }

    void pairingShowsConnectedEverywhere()
    {
        QVERIFY(selectWhere([](const Instance &i) {
            return i.connected == false && i.billingStatus != "CANCELED"_L1;
        }));
        QTRY_COMPARE(connectionPage(), u"notPairedView"_s);
        QTest::mouseClick(panel()->findChild<QPushButton *>(u"pairButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connectionPage(), u"pairingView"_s);
        const qint64 connected = counter(u"connected"_s);
        const qint64 disconnected = counter(u"disconnected"_s);
        QVERIFY(!action(InstanceAction::DisconnectSession)->isEnabled());

        // The customer scans the QR code.
        QVERIFY(testing::Sandbox::control(*m_fixture.client,
                                          u"/_sandbox/instances/%1/pair"_s.arg(m_id),
                                          {{u"phone"_s, u"5511987654321"_s}}));
        QTRY_COMPARE(connectionPage(), u"connectedView"_s);
        QCOMPARE(rowText(InstanceTableModel::ConnectionColumn), u"Connected"_s);
        expectRowAndPanelAgree();
        QCOMPARE(counter(u"connected"_s), connected + 1);
        QCOMPARE(counter(u"disconnected"_s), disconnected - 1);
        QVERIFY(action(InstanceAction::DisconnectSession)->isEnabled());
    }

    void disconnectShowsDisconnectedEverywhereWithNoStaleProfile()
    {
        QVERIFY(selectWhere([](const Instance &i) { return i.connected == true; }));
        QTRY_COMPARE(connectionPage(), u"connectedView"_s);
        QVERIFY(!panelText(u"connectedPushName"_s).isEmpty());
        const qint64 connected = counter(u"connected"_s);

        QVERIFY(confirm(InstanceAction::DisconnectSession, u"disconnectSessionDialog"_s));
        QTRY_COMPARE(rowText(InstanceTableModel::ConnectionColumn), u"Disconnected"_s);
        expectRowAndPanelAgree();
        QVERIFY(connectionPage() != u"connectedView"_s); // the phone's profile is gone
        QCOMPARE(counter(u"connected"_s), connected - 1);
        QVERIFY(!action(InstanceAction::DisconnectSession)->isEnabled());
        QTRY_COMPARE(connectionPage(), u"notPairedView"_s);
    }

    void restartShowsRestartingEverywhere()
    {
        QVERIFY(selectWhere([](const Instance &i) { return i.status == "RUNNING"_L1; }));
        QVERIFY(confirm(InstanceAction::Restart, u"restartDialog"_s));
        QTRY_COMPARE(rowText(InstanceTableModel::StatusColumn), u"RESTARTING"_s);
        expectRowAndPanelAgree();
    }

    void scheduledCancelOffersResumeAtOnce()
    {
        QVERIFY(selectWhere([](const Instance &i) {
            return i.billingStatus == "ACTIVE"_L1 && !i.cancelAt.isValid();
        }));
        QVERIFY(action(InstanceAction::CancelSubscription)->isEnabled());
        QVERIFY(!action(InstanceAction::ResumeSubscription)->isEnabled());

        QVERIFY(confirm(InstanceAction::CancelSubscription, u"cancelSubscriptionDialog"_s));
        QTRY_VERIFY(action(InstanceAction::ResumeSubscription)->isEnabled());
        QVERIFY(!action(InstanceAction::CancelSubscription)->isEnabled());
        QVERIFY(!action(InstanceAction::Subscribe)->isEnabled());
        QVERIFY(rowText(InstanceTableModel::BillingColumn).contains(u"cancels"_s));
        expectRowAndPanelAgree();
    }

    void resumeTakesTheCancellationBackAtOnce()
    {
        QVERIFY(selectWhere([](const Instance &i) {
            return i.billingStatus == "ACTIVE"_L1 && i.cancelAt.isValid();
        }));
        QVERIFY(action(InstanceAction::ResumeSubscription)->isEnabled());

        QVERIFY(confirm(InstanceAction::ResumeSubscription, u"resumeSubscriptionDialog"_s));
        QTRY_VERIFY(!action(InstanceAction::ResumeSubscription)->isEnabled());
        QVERIFY(action(InstanceAction::CancelSubscription)->isEnabled());
        QCOMPARE(rowText(InstanceTableModel::BillingColumn), u"Active"_s);
        expectRowAndPanelAgree();
    }

    void payingShowsActiveEverywhereAndOffersNoSecondSubscription()
    {
        UrlCatcher browser;
        QVERIFY(selectWhere([](const Instance &i) { return i.billingStatus == "TRIALING"_L1; }));
        const qint64 active = counter(u"active"_s);
        QVERIFY(confirm(InstanceAction::Subscribe, u"subscribeDialog"_s));
        QTRY_COMPARE(browser.urls.size(), 1);
        QCOMPARE(payOnCheckoutPage(browser.urls.first()), 200);

        QTRY_COMPARE(rowText(InstanceTableModel::BillingColumn), u"Active"_s);
        expectRowAndPanelAgree();
        QVERIFY(!action(InstanceAction::Subscribe)->isEnabled());
        QVERIFY(action(InstanceAction::Subscribe)->toolTip().contains(u"active subscription"_s));
        QTRY_COMPARE(counter(u"active"_s), active + 1);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestStatusAgreement)
#include "tst_statusagreement.moc"
