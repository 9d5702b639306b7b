#pragma once

#include "core/presentation/InstanceFormat.h"
#include "core/types/Instance.h"

#include <QUrl>
#include <QWidget>

#include <chrono>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vzaps {
class ApiClient;
struct ApiError;
class CheckoutWatcher;
} // namespace vzaps

namespace vzaps::ui {

class BrowserHandOff;

// The small window that stays open while a customer pays on the checkout page:
// says what it waits for, offers the link again (copy, open), and reports when the
// instance's billing_status changes. A tool window beside the main window, never modal:
// the user keeps working while the payment happens elsewhere. Done or closing stops the
// polling; the window deletes itself when closed.
class CheckoutWaitPanel : public QWidget
{
    Q_OBJECT
public:
    CheckoutWaitPanel(ApiClient &client, const Instance &instance, const QUrl &checkoutUrl,
                      QWidget *parent = nullptr);
    ~CheckoutWaitPanel() override;

    QString instanceId() const { return m_instance.id; }
    QUrl checkoutUrl() const { return m_url; }
    // A newer checkout for the same instance replaces the link shown.
    void setCheckoutUrl(const QUrl &url);
    void setPollInterval(std::chrono::milliseconds interval);
    bool isWatching() const;
    // Hands the link to the browser through the guard; returns why it was not opened
    // (also shown in the status line), or an empty string.
    QString openInBrowser();

Q_SIGNALS:
    void billingStatusChanged(const vzaps::Instance &instance);
    // The instance changed on the server: the list should refresh.
    void instanceChanged(const QString &instanceId);
    void instanceRemoved(const QString &instanceId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void copyLink();
    void onUnchanged(const Instance &instance);
    void onChanged(const Instance &instance);
    void onPollFailed(const ApiError &error);
    void onGone();
    void setStatus(const QString &text, format::Tone tone = format::Tone::None);
    void stopWaiting(const QString &heading);

    Instance m_instance;
    QUrl m_url;
    CheckoutWatcher *m_watcher;
    BrowserHandOff *m_handOff;
    QLabel *m_heading;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_done;
};

} // namespace vzaps::ui
