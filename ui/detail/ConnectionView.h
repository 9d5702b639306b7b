#pragma once

#include "core/presentation/SessionWatcher.h"
#include "core/types/Instance.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace vzaps::ui {

class ConnectedView;
class PairingView;

// The connection section of the detail panel, driven by a SessionWatcher: loading, the
// connected account, "not connected" with a Pair WhatsApp button (none for a canceled
// instance), the pairing view (QR + pairing code), or an error with Retry.
class ConnectionView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionView(ApiClient &client, QWidget *parent = nullptr);

    // Watches `instance`; the same id again only refreshes what the instance says.
    void setInstance(const Instance &instance);
    void clear();
    // A hidden panel polls nothing.
    void setActive(bool active);
    void refreshTimes();
    // What Pair WhatsApp (or Show a new QR code) does; the pairing form takes the focus.
    void startPairing();

    SessionWatcher *watcher() const { return m_watcher; }
    // connectionLoading, connectedView, notPairedView, pairingView or connectionError.
    QWidget *currentPage() const { return m_current; }

Q_SIGNALS:
    void openUrl(const QUrl &url);
    // Failures, for the status bar.
    void message(const QString &text);

private:
    void onViewChanged(SessionWatcher::View view);
    void showConnected();
    void showNotPaired(bool expired);
    void showPage(QWidget *page);
    QList<QWidget *> pages() const;

    SessionWatcher *m_watcher;
    QString m_instanceId;
    QString m_instanceName;
    QDateTime m_connectedAt;
    bool m_sawPairing = false;
    QWidget *m_pages;
    QWidget *m_current = nullptr;
    QLabel *m_loading;
    ConnectedView *m_connected;
    QWidget *m_notPaired;
    QLabel *m_notPairedText;
    QPushButton *m_pair;
    bool m_canPair = true;
    bool m_focusPairingForm = false; // Pair WhatsApp was pressed: the form takes the focus
    PairingView *m_pairing;
    QWidget *m_errorPage;
    QLabel *m_errorText;
    QPushButton *m_retry;
};

} // namespace vzaps::ui
