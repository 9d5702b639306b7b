#pragma once

#include "core/types/Instance.h"

#include <QWidget>

#include <chrono>
#include <optional>

class QFrame;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace vzaps {
class ApiClient;
class InstanceStore;
class WatchList;
} // namespace vzaps

namespace vzaps::ui {

class BrowserHandOff;
class ConnectionView;
class InstanceFieldsView;
class OtherFieldsView;
class WatchButton;

// The detail panel of vzaps-desk (docs/architecture.md §4): every field of the selected instance
// and its WhatsApp connection (account, or the pairing view while not connected). Polls only while
// visible; selecting another instance cancels what the previous one had in flight.
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(vzaps::ApiClient &client, QWidget *parent = nullptr);
    ~DetailPanel() override;

    // The account's instance store: the shown instance follows it, and what the WhatsApp
    // session says is merged into it (so the connection badge here and the row agree).
    void setStore(vzaps::InstanceStore *store);
    // The watch list the panel's "Watch live" toggle pins to (none: no toggle). Before the
    // first instance is shown.
    void setWatchList(vzaps::WatchList *list) { m_watchList = list; }
    // nullopt: the "Select an instance" state.
    void showInstance(const std::optional<vzaps::Instance> &instance);
    // How often the QR code is fetched again while the pairing view shows (default: the
    // session watcher's); kept for the connection view built with the first instance.
    void setQrPollInterval(std::chrono::milliseconds interval);
    // Instance ▸ Pair WhatsApp: as the panel's own button does, for the instance shown
    // (`instanceId`); the pairing form takes the focus. Another instance: nothing happens.
    void startPairing(const QString &instanceId);
    QString shownInstanceId() const { return m_instanceId; }

Q_SIGNALS:
    void message(const QString &text); // for the status bar (copied, refused link, errors)

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildContent();
    void openUrl(const QUrl &url);

    vzaps::ApiClient &m_client;
    vzaps::InstanceStore *m_store = nullptr;
    vzaps::WatchList *m_watchList = nullptr;
    QString m_instanceId;
    BrowserHandOff *m_handOff;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    // Built for the first instance shown (buildContent), then kept in m_scroll.
    QWidget *m_content = nullptr;
    InstanceFieldsView *m_fields = nullptr;
    ConnectionView *m_connection = nullptr;
    OtherFieldsView *m_other = nullptr;
    WatchButton *m_watch = nullptr;
    QFrame *m_otherSeparator = nullptr;
    QTimer *m_clock;
    std::optional<std::chrono::milliseconds> m_qrPollInterval;
};

} // namespace vzaps::ui
