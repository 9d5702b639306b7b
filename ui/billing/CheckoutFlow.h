#pragma once

#include "core/actions/ActionRecord.h"
#include "core/types/Billing.h"
#include "core/types/Instance.h"
#include "ui/billing/CheckoutLinks.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

class QWidget;

namespace vzaps {
class ApiCall;
class ApiClient;
} // namespace vzaps

namespace vzaps::ui {

class CheckoutWaitPanel;

// The browser side of Billing, shared by the Subscribe dialog and the main
// window's "Open checkout" and "Copy checkout link": hands checkout pages to the browser
// through the guard, remembers the last link per instance, and keeps one wait panel per
// instance open while the payment happens. One per main window.
//
// openCheckout() and copyCheckoutLink() reuse the remembered link; without one they
// subscribe to get one (which, with a card on file, activates the subscription at once:
// `message` says so). Everything they do is reported through `message`.
class CheckoutFlow : public QObject
{
    Q_OBJECT
public:
    // `window` parents the wait panels (tool windows beside it); may be null in tests.
    CheckoutFlow(ApiClient &client, QWidget *window, QObject *parent = nullptr);
    ~CheckoutFlow() override;

    ApiClient &client() const { return m_client; }
    const CheckoutLinks &links() const { return m_links; }
    // How often wait panels poll; CheckoutWatcher::kDefaultInterval unless set (tests).
    void setPollInterval(std::chrono::milliseconds interval);

    // Billing ▸ Open checkout: the remembered page, or a new checkout, in the browser.
    void openCheckout(const Instance &instance);
    // Billing ▸ Copy checkout link: the remembered link, or a new one, to the clipboard;
    // the wait panel opens so the payment is noticed when the customer makes it.
    void copyCheckoutLink(const Instance &instance);
    bool isSubscribing(const QString &instanceId) const;

    // A checkout started for `instance`: checks `url` with the hand-off guard, opens it
    // in the browser when `openBrowser`, remembers it and shows the wait panel. Returns
    // why it was refused (nothing opened, remembered or shown), or an empty string.
    QString startCheckout(const Instance &instance, const QUrl &url, bool openBrowser = true);
    // The open wait panel of an instance, or null.
    CheckoutWaitPanel *waitPanel(const QString &instanceId) const;
    // Cancels subscribe calls, closes the waiting panels and forgets the links: for
    // when the window changes accounts.
    void closeAll();

Q_SIGNALS:
    // A sentence for the status bar: what was done, or why not.
    void message(const QString &text);
    void actionRecorded(const vzaps::ActionRecord &record);
    // As ActionDialog's signals of the same names.
    void instanceLearned(const QString &instanceId, const QJsonObject &members);
    void instanceChanged(const QString &instanceId);
    void instanceRemoved(const QString &instanceId);

private:
    enum class Then { Open, Copy };
    void subscribeFor(const Instance &instance, Then then);
    void onSubscribed(const Instance &instance, Then then, const Result<BillingSession> &result);
    void copyLink(const Instance &instance, const QUrl &url);
    CheckoutWaitPanel *showWaitPanel(const Instance &instance, const QUrl &url);

    ApiClient &m_client;
    QPointer<QWidget> m_window;
    CheckoutLinks m_links;
    std::chrono::milliseconds m_pollInterval;
    QHash<QString, QPointer<CheckoutWaitPanel>> m_panels;
    QHash<QString, QPointer<ApiCall>> m_calls;
};

} // namespace vzaps::ui
