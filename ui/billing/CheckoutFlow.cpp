#include "ui/billing/CheckoutFlow.h"

#include "core/api/ApiCall.h"
#include "core/api/InstancesApi.h"
#include "core/api/UrlGuard.h"
#include "core/presentation/CheckoutWatcher.h"
#include "ui/billing/CheckoutWaitPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

CheckoutFlow::CheckoutFlow(ApiClient &client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_pollInterval(CheckoutWatcher::kDefaultInterval)
{}

CheckoutFlow::~CheckoutFlow()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    // Panels of a window go with it; those without one (no window given) go with the flow.
    for (const QPointer<CheckoutWaitPanel> &panel : std::as_const(m_panels)) {
        if (panel && !panel->parentWidget())
            delete panel.data();
    }
}

void CheckoutFlow::closeAll()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    for (const QPointer<CheckoutWaitPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->close();
    }
    m_panels.clear();
    m_links = {};
}

void CheckoutFlow::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    for (const QPointer<CheckoutWaitPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->setPollInterval(interval);
    }
}

void CheckoutFlow::openCheckout(const Instance &instance)
{
    if (!m_links.has(instance.id))
        return subscribeFor(instance, Then::Open);
    const QString refusal = startCheckout(instance, m_links.link(instance.id));
    Q_EMIT message(refusal.isEmpty()
                       ? tr("Opened the checkout page of “%1” in the browser.").arg(instance.name)
                       : refusal);
}

void CheckoutFlow::copyCheckoutLink(const Instance &instance)
{
    if (!m_links.has(instance.id))
        return subscribeFor(instance, Then::Copy);
    copyLink(instance, m_links.link(instance.id));
}

bool CheckoutFlow::isSubscribing(const QString &instanceId) const
{
    return !m_calls.value(instanceId).isNull();
}

QString CheckoutFlow::startCheckout(const Instance &instance, const QUrl &url, bool openBrowser)
{
    // The same guard the hand-off applies, checked first so that a refused link is neither
    // remembered nor offered for copying.
    const QString refusal = urlguard::refusalReason(url);
    if (!refusal.isEmpty())
        return refusal;
    m_links.remember(instance.id, url);
    CheckoutWaitPanel *panel = showWaitPanel(instance, url);
    return openBrowser ? panel->openInBrowser() : QString();
}

CheckoutWaitPanel *CheckoutFlow::waitPanel(const QString &instanceId) const
{
    return m_panels.value(instanceId).data();
}

void CheckoutFlow::subscribeFor(const Instance &instance, Then then)
{
    // One checkout request per instance at a time, however often the menu is used.
    if (isSubscribing(instance.id))
        return Q_EMIT message(tr("Still getting a checkout link for “%1”…").arg(instance.name));
    Q_EMIT message(tr("Getting a checkout link for “%1”…").arg(instance.name));
    m_calls.insert(instance.id, InstancesApi(m_client).subscribe(
                                    instance.id, {}, {}, this,
                                    [this, instance, then](const Result<BillingSession> &result) {
                                        m_calls.remove(instance.id);
                                        onSubscribed(instance, then, result);
                                    }));
}

void CheckoutFlow::onSubscribed(const Instance &instance, Then then,
                                const Result<BillingSession> &result)
{
    const QString action = tr("Subscribe");
    if (!result) {
        Q_EMIT actionRecorded(ActionRecord::of(action, instance, result));
        return Q_EMIT message(result.error().describe());
    }
    const BillingSession &session = result.value();
    if (!session.isCheckout()) {
        // Subscribing is the only way to get a checkout page; with a card on file the
        // server charges it instead, and there is no page to open.
        const QString text = tr("Subscription of “%1” active: the card on file was charged, so "
                                "there is no checkout page.")
                                 .arg(instance.name);
        Q_EMIT actionRecorded(ActionRecord::of(action, instance, result, text));
        Q_EMIT message(text);
        return Q_EMIT instanceChanged(instance.id);
    }

    const QUrl url(session.url, QUrl::StrictMode);
    ActionRecord record = ActionRecord::of(action, instance, result);
    if (const QString refusal = urlguard::refusalReason(url); !refusal.isEmpty()) {
        // The server answered, but with a link that must reach neither a browser nor a ticket.
        record.outcome = ActionOutcome::Failed;
        record.message = refusal;
        Q_EMIT actionRecorded(record);
        return Q_EMIT message(refusal);
    }
    if (then == Then::Copy) {
        record.message = tr("Checkout started; link copied.");
        Q_EMIT actionRecorded(record);
        return copyLink(instance, url);
    }
    const QString refusal = startCheckout(instance, url);
    record.message = refusal.isEmpty()
                         ? tr("Checkout started; page opened in the browser.")
                         : tr("Checkout started; no browser opened, the link was copied.");
    Q_EMIT actionRecorded(record);
    Q_EMIT message(refusal.isEmpty()
                       ? tr("Opened the checkout page of “%1” in the browser.").arg(instance.name)
                       : refusal);
}

void CheckoutFlow::copyLink(const Instance &instance, const QUrl &url)
{
    const QString refusal = startCheckout(instance, url, false);
    if (!refusal.isEmpty())
        return Q_EMIT message(refusal);
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    Q_EMIT message(tr("Copied the checkout link of “%1”. The payment is watched in its own window.")
                       .arg(instance.name));
}

CheckoutWaitPanel *CheckoutFlow::showWaitPanel(const Instance &instance, const QUrl &url)
{
    CheckoutWaitPanel *panel = waitPanel(instance.id);
    // A panel still waiting takes the new link; a finished or closing one makes way.
    if (panel && panel->isVisible() && panel->isWatching()) {
        panel->setCheckoutUrl(url);
    } else {
        if (panel)
            panel->close();
        panel = new CheckoutWaitPanel(m_client, instance, url, m_window);
        panel->setPollInterval(m_pollInterval);
        m_panels.insert(instance.id, panel);
        connect(panel, &CheckoutWaitPanel::billingStatusChanged, this,
                [this](const Instance &changed) {
                    // The checkout is used up: the next "Open checkout" needs a new one.
                    m_links.forget(changed.id);
                    Q_EMIT instanceLearned(changed.id, changed.raw);
                    Q_EMIT instanceChanged(changed.id);
                });
        connect(panel, &CheckoutWaitPanel::instanceRemoved, this, [this](const QString &id) {
            m_links.forget(id);
            Q_EMIT instanceRemoved(id);
        });
    }
    panel->show();
    panel->raise();
    return panel;
}

} // namespace vzaps::ui
