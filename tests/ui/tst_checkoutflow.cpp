// Billing ▸ Open checkout / Copy checkout link and the wait panel, against a real
// in-process sandbox: the link is remembered per instance and reused; without one a
// checkout is started (once, however often the menu is used); with a card on file that
// activates at once; the panel's buttons; Done stops polling; poll errors and a deleted
// instance are reported.
#include "tests/ui/BillingTestSupport.h"
#include "ui/billing/CheckoutFlow.h"
#include "ui/billing/CheckoutWaitPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestCheckoutFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<CheckoutFlow> m_flow;
    std::unique_ptr<UrlCatcher> m_browser;
    Instance m_instance;

    static QString statusOf(QWidget *panel)
    {
        return panel->findChild<QLabel *>(u"checkoutStatus"_s)->text();
    }
    // Copy checkout link with none remembered: starts a checkout; returns its panel.
    CheckoutWaitPanel *startByCopying()
    {
        m_flow->copyCheckoutLink(m_instance);
        if (!QTest::qWaitFor([this] { return m_flow->waitPanel(m_instance.id) != nullptr; }, 10000))
            return nullptr;
        return m_flow->waitPanel(m_instance.id);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->started);
        m_instance = trialingInstance(*m_sandbox);
        QVERIFY(!m_instance.id.isEmpty());
        m_flow = std::make_unique<CheckoutFlow>(*m_sandbox->client, nullptr);
        m_flow->setPollInterval(std::chrono::milliseconds(100));
        m_browser = std::make_unique<UrlCatcher>();
        QGuiApplication::clipboard()->clear();
    }

    void cleanup()
    {
        m_browser.reset();
        m_flow.reset();
        m_sandbox.reset();
    }

    void copyCheckoutLinkStartsACheckoutAndCopiesIt()
    {
        QSignalSpy messages(m_flow.get(), &CheckoutFlow::message);
        QSignalSpy recorded(m_flow.get(), &CheckoutFlow::actionRecorded);
        QPointer<CheckoutWaitPanel> panel = startByCopying();
        QVERIFY(panel);
        const QUrl url = m_flow->links().link(m_instance.id);
        QVERIFY(url.path().startsWith(u"/_sandbox/checkout/"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString());
        QVERIFY(m_browser->urls.isEmpty()); // copying opens nothing
        QVERIFY(messages.last().first().toString().contains(u"Copied the checkout link"_s));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().first().value<ActionRecord>().action, u"Subscribe"_s);
        QCOMPARE(panel->findChild<QLineEdit *>(u"checkoutLink"_s)->text(), url.toString());

        // The panel's own Copy link, and Copy checkout link again: the same link, no new
        // checkout.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(button(panel, u"copyCheckoutLinkButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString());
        QGuiApplication::clipboard()->clear();
        m_flow->copyCheckoutLink(m_instance);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString());
        QCOMPARE(recorded.size(), 1);
    }

    void openCheckoutReusesTheRememberedLink()
    {
        QSignalSpy recorded(m_flow.get(), &CheckoutFlow::actionRecorded);
        m_flow->openCheckout(m_instance);
        QTRY_COMPARE(m_browser->urls.size(), 1);
        const QUrl url = m_browser->urls.first();
        QCOMPARE(m_flow->links().link(m_instance.id), url);
        QCOMPARE(recorded.size(), 1);

        m_flow->openCheckout(m_instance); // no request: the same page again
        QCOMPARE(m_browser->urls.size(), 2);
        QCOMPARE(m_browser->urls.last(), url);
        QCOMPARE(recorded.size(), 1);

        CheckoutWaitPanel *panel = m_flow->waitPanel(m_instance.id);
        QVERIFY(panel);
        QTest::mouseClick(button(panel, u"openCheckoutButton"_s), Qt::LeftButton);
        QCOMPARE(m_browser->urls.size(), 3);
        QCOMPARE(m_browser->urls.last(), url);
    }

    void menuUsedTwiceWhileWaitingSubscribesOnce()
    {
        QVERIFY(m_sandbox->setLatency(300));
        QSignalSpy recorded(m_flow.get(), &CheckoutFlow::actionRecorded);
        QSignalSpy messages(m_flow.get(), &CheckoutFlow::message);
        m_flow->openCheckout(m_instance);
        QVERIFY(m_flow->isSubscribing(m_instance.id));
        m_flow->openCheckout(m_instance);
        m_flow->copyCheckoutLink(m_instance);
        QVERIFY(messages.last().first().toString().startsWith(u"Still getting"_s));
        QTRY_COMPARE(m_browser->urls.size(), 1);
        QVERIFY(!m_flow->isSubscribing(m_instance.id));
        QCOMPARE(recorded.size(), 1);
    }

    void openCheckoutWithACardOnFileActivatesAtOnce()
    {
        QVERIFY(m_sandbox->setCardOnFile(true));
        QSignalSpy messages(m_flow.get(), &CheckoutFlow::message);
        QSignalSpy changed(m_flow.get(), &CheckoutFlow::instanceChanged);
        m_flow->openCheckout(m_instance);
        QVERIFY(changed.wait(5000));
        QVERIFY(messages.last().first().toString().contains(u"active"_s));
        QVERIFY(m_browser->urls.isEmpty());
        QVERIFY(!m_flow->waitPanel(m_instance.id));
        QVERIFY(!m_flow->links().has(m_instance.id));
    }

    void failedOpenCheckoutSaysWhy()
    {
        QVERIFY(m_sandbox->failNext(500, u"Billing provider unavailable"_s));
        QSignalSpy messages(m_flow.get(), &CheckoutFlow::message);
        QSignalSpy recorded(m_flow.get(), &CheckoutFlow::actionRecorded);
        m_flow->openCheckout(m_instance);
        QVERIFY(recorded.wait(5000));
        const QString text = messages.last().first().toString();
        QVERIFY2(text.contains(u"Billing provider unavailable"_s) && text.contains(u"500"_s),
                 qPrintable(text));
        QCOMPARE(recorded.first().first().value<ActionRecord>().outcome, ActionOutcome::Failed);
        QVERIFY(m_browser->urls.isEmpty());
    }

    void doneStopsPolling()
    {
        QPointer<CheckoutWaitPanel> panel = startByCopying();
        QVERIFY(panel);
        QTRY_VERIFY(statusOf(panel).startsWith(u"Still waiting"_s)); // it polls
        QVERIFY(panel->isWatching());

        QTest::mouseClick(button(panel, u"checkoutDoneButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panel.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QSignalSpy replies(m_sandbox->client->network(), &QNetworkAccessManager::finished);
        QVERIFY(!replies.wait(500)); // five poll intervals: nothing more is asked
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
    }

    void pollErrorsShowAndPollingGoesOn()
    {
        QPointer<CheckoutWaitPanel> panel = startByCopying();
        QVERIFY(panel);
        QVERIFY(m_sandbox->failNext(500, u"Billing database offline"_s, u"/instances/get"_s));
        QTRY_VERIFY2(statusOf(panel).contains(u"Billing database offline"_s),
                     qPrintable(statusOf(panel)));
        QVERIFY(panel->height() >= panel->heightForWidth(panel->width()));
        QVERIFY(saveShot(panel, u"shot-billing-poll-error.png"_s));
        QTRY_VERIFY(statusOf(panel).startsWith(u"Still waiting"_s));
        QVERIFY(panel->isWatching());
        panel->close();
    }

    void deletedInstanceEndsTheWait()
    {
        QPointer<CheckoutWaitPanel> panel = startByCopying();
        QVERIFY(panel);
        QSignalSpy removed(m_flow.get(), &CheckoutFlow::instanceRemoved);
        QVERIFY(m_sandbox->deleteInstance(m_instance.id));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.first().first().toString(), m_instance.id);
        QVERIFY(statusOf(panel).contains(u"no longer exists"_s));
        QVERIFY(!panel->isWatching());
        QVERIFY(!m_flow->links().has(m_instance.id));
        panel->close();
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestCheckoutFlow)
#include "tst_checkoutflow.moc"
