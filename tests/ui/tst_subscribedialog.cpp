// Billing ▸ Subscribe against a real in-process sandbox: "direct" with a card on file;
// "checkout" handed to the (caught) browser, paid on the sandbox's checkout page and
// noticed by the wait panel; unsafe links from a scripted server refused; server
// failures shown with their status and request id; no double submit; cancel on close.
#include "tests/support/ApiTestFixture.h"
#include "tests/ui/BillingTestSupport.h"
#include "ui/billing/CheckoutFlow.h"
#include "ui/billing/CheckoutWaitPanel.h"
#include "ui/billing/SubscribeDialog.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vzaps::test;

namespace vzaps::ui {

class TestSubscribeDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<CheckoutFlow> m_flow;
    std::unique_ptr<UrlCatcher> m_browser;
    Instance m_instance;

    SubscribeDialog *openDialog(CheckoutFlow &flow)
    {
        return openNew<SubscribeDialog>(flow, m_instance);
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
    }

    void cleanup()
    {
        m_browser.reset();
        m_flow.reset();
        m_sandbox.reset();
    }

    void directModeSaysSubscriptionActive()
    {
        QVERIFY(m_sandbox->setCardOnFile(true));
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy changed(dialog.data(), &ActionDialog::instanceChanged);
        QCOMPARE(button(dialog, u"okButton"_s)->text(), u"&Subscribe"_s);
        QVERIFY(label(dialog, u"questionLabel"_s)->text().contains(m_instance.name));
        QVERIFY(saveShot(dialog, u"shot-billing-dialog.png"_s));

        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(!button(dialog, u"okButton"_s)->isEnabled());
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QVERIFY2(label(dialog, u"resultLabel"_s)->text().startsWith(u"Subscription active"_s),
                 qPrintable(label(dialog, u"resultLabel"_s)->text()));
        QVERIFY(saveShot(dialog, u"shot-billing-direct.png"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), m_instance.id);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.action, u"Subscribe"_s);
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.httpStatus, 200);

        const Result<Instance> after = m_sandbox->fetch(m_instance.id);
        QVERIFY(after.ok());
        QCOMPARE(after.value().billingStatus, u"ACTIVE"_s);
        QVERIFY(m_browser->urls.isEmpty());
        QVERIFY(!m_flow->waitPanel(m_instance.id));
        delete dialog;
    }

    void checkoutGoesToTheBrowserAndPayingFlipsToActive()
    {
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QSignalSpy flowChanged(m_flow.get(), &CheckoutFlow::instanceChanged);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // handed over to the wait panel, closed and deleted
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Succeeded);
        QCOMPARE(record.action, u"Subscribe"_s);

        // The browser got the sandbox's own checkout page, on loopback.
        QCOMPARE(m_browser->urls.size(), 1);
        const QUrl url = m_browser->urls.first();
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), m_sandbox->server->baseUrl().host());
        QCOMPARE(url.port(), m_sandbox->server->baseUrl().port());
        QVERIFY2(url.path().startsWith(u"/_sandbox/checkout/"_s), qPrintable(url.toString()));
        QCOMPARE(m_flow->links().link(m_instance.id), url);

        QPointer<CheckoutWaitPanel> panel = m_flow->waitPanel(m_instance.id);
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->objectName(), u"checkoutWaitPanel"_s);
        QVERIFY(!panel->isModal());
        QLabel *status = label(panel, u"checkoutStatus"_s);
        QTRY_VERIFY(status->text().startsWith(u"Still waiting"_s));
        QVERIFY(saveShot(panel, u"shot-billing-waiting.png"_s));

        QSignalSpy panelChanged(panel.data(), &CheckoutWaitPanel::instanceChanged);
        const int paid = payOnCheckoutPage(url);
        QVERIFY2(paid == 200 || paid == 303, qPrintable(QString::number(paid)));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Payment received: ACTIVE"_s, 5000);
        QCOMPARE(panelChanged.size(), 1);
        QCOMPARE(flowChanged.size(), 1);
        QCOMPARE(flowChanged.first().first().toString(), m_instance.id);
        QVERIFY(!panel->isWatching());
        QVERIFY(!m_flow->links().has(m_instance.id)); // the checkout is used up
        QVERIFY(saveShot(panel, u"shot-billing-paid.png"_s));
        const Result<Instance> after = m_sandbox->fetch(m_instance.id);
        QVERIFY(after.ok());
        QCOMPARE(after.value().billingStatus, u"ACTIVE"_s);

        QTest::mouseClick(button(panel, u"checkoutDoneButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panel.isNull());
    }

    void unsafeCheckoutLinksAreRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("http elsewhere") << u"http://pay.example.com/c/cs_1"_s;
        QTest::newRow("user info") << u"https://api.vzaps.com@evil.example/c/cs_1"_s;
    }

    void unsafeCheckoutLinksAreRefused()
    {
        QFETCH(QString, link);
        test::TestHttpServer server;
        QVERIFY(server.listen());
        test::FakeVZaps fake(server);
        fake.routes = [&link](const test::RecordedRequest &) {
            return test::CannedResponse::json(200, QJsonObject{{u"url"_s, link},
                                                               {u"session_id"_s, u"cs_evil"_s},
                                                               {u"mode"_s, u"checkout"_s}});
        };
        ApiClient client;
        test::connectToServer(client, server);
        CheckoutFlow flow(client, nullptr);

        QPointer<SubscribeDialog> dialog = openDialog(flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(u"not opened"_s), qPrintable(failure->text()));
        if (link.contains(u'@'))
            QVERIFY2(failure->text().contains(u"leads to evil.example"_s),
                     qPrintable(failure->text()));
        // Tall enough for the whole wrapped sentence.
        QVERIFY(dialog->height() >= dialog->heightForWidth(dialog->width()));
        QVERIFY(saveShot(dialog, u"shot-billing-refused.png"_s));
        QVERIFY(m_browser->urls.isEmpty());
        QVERIFY(!flow.waitPanel(m_instance.id));
        QVERIFY(!flow.links().has(m_instance.id));
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QCOMPARE(server.requests("POST", "/instances/").size(), 1);
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QVERIFY(record.message.contains(u"not opened"_s));
        delete dialog;
    }

    void serverFailuresKeepTheDialogForAnotherTry_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << u"Billing provider unavailable"_s;
        QTest::newRow("429") << 429 << u"Slow down"_s;
        QTest::newRow("409") << 409 << u"Subscription being changed"_s;
    }

    void serverFailuresKeepTheDialogForAnotherTry()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QVERIFY(m_sandbox->failNext(status, message, u"/instances"_s, 7, u"POST"_s));
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);

        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(message), qPrintable(failure->text()));
        QVERIFY(failure->text().contains(QString::number(status)));
        QCOMPARE(recorded.size(), 1);
        const auto record = recorded.first().first().value<ActionRecord>();
        QCOMPARE(record.outcome, ActionOutcome::Failed);
        QCOMPARE(record.httpStatus, status);
        QVERIFY(!record.requestId.isEmpty());
        QVERIFY(failure->text().contains(record.requestId));
        if (status == 429)
            QVERIFY(failure->text().contains(u"7 s"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        QVERIFY(m_browser->urls.isEmpty());
        delete dialog;
    }

    void subscribingWhileActiveShowsTheServersConflict()
    {
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/instances/%1/billing"_s.arg(m_instance.id),
                              {{u"billing_status"_s, u"ACTIVE"_s}})
                    .ok());
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow); // the list still says TRIALING
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QLabel *failure = label(dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(u"409"_s), qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"already active"_s));
        QVERIFY(button(dialog, u"okButton"_s)->isEnabled());
        delete dialog;
    }

    void doubleClickSubscribesOnce()
    {
        QVERIFY(m_sandbox->setCardOnFile(true));
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        hammerOk(dialog);
        QTRY_VERIFY(label(dialog, u"resultLabel"_s)->isVisible());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        // A second subscribe would have been a 409 (already ACTIVE) and a second record.
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().first().value<ActionRecord>().outcome, ActionOutcome::Succeeded);
        delete dialog;
    }

    void closingWhileBusyCancelsTheRequest()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        QPointer<SubscribeDialog> dialog = openDialog(*m_flow);
        QSignalSpy recorded(dialog.data(), &ActionDialog::actionRecorded);
        QTest::mouseClick(button(dialog, u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(recorded.size(), 0);
        QVERIFY(m_browser->urls.isEmpty());
        QVERIFY(!m_flow->waitPanel(m_instance.id));
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestSubscribeDialog)
#include "tst_subscribedialog.moc"
