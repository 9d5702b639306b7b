#pragma once

#include "core/api/SessionApi.h"
#include "core/presentation/InstanceStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace vzaps {

// The connection side of the detail panel (docs/api-contract.md §3): fetches the session
// status of the watched instance. Looking has no side effect: asking the server for a QR
// code starts pairing, so that happens only on startPairing() (the user's "Pair WhatsApp").
// Pairing polls the QR until paired, and ends when paired, when the panel is hidden, when
// another instance is watched, or after the pairing timeout ("QR expired"). A failed poll
// ends the QR too: an old code is never shown as current. Watching another instance or
// stop() cancels what is in flight. What the
// session says (connected or not, the linked phone) also goes into the instance store, so
// the row, the summary and the actions agree with the panel at once.
class SessionWatcher : public QObject
{
    Q_OBJECT
public:
    enum class View {
        None,         // nothing watched
        Loading,      // first status request under way
        Connected,    // status() holds the session
        Disconnected, // not paired, and no pairing asked for
        Pairing,      // qr() holds the current QR code (may still be loading)
        Expired,      // pairing ran out of time; startPairing() shows a new code
        Error,        // error() says why; retry() tries again (pairing too, if it was on)
    };
    Q_ENUM(View)

    static constexpr std::chrono::milliseconds kDefaultQrPollInterval{4000};
    static constexpr std::chrono::milliseconds kDefaultPairingTimeout{std::chrono::minutes(3)};

    explicit SessionWatcher(ApiClient &client, QObject *parent = nullptr);

    // The store that learns what the session says (none: it is only shown).
    void setStore(InstanceStore *store) { m_store = store; }
    void watch(const QString &instanceId, const QString &instanceToken = {});
    void stop();
    void retry();
    // Shows a QR code and polls it until paired (from Disconnected, Expired or a failed
    // pairing); stopPairing() goes back to Disconnected.
    void startPairing();
    void stopPairing();
    // A hidden panel polls nothing, and hiding it ends a pairing.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setQrPollInterval(std::chrono::milliseconds interval);
    void setPairingTimeout(std::chrono::milliseconds timeout);

    // The pairing-code alternative to the QR: a code like "ABCD-EFGH" for `phone`.
    void requestPairingCode(const QString &phone);

    QString instanceId() const { return m_instanceId; }
    View view() const { return m_view; }
    const SessionStatus &status() const { return m_status; }
    const SessionQr &qr() const { return m_qr; }
    const ApiError &error() const { return m_error; }
    bool isPolling() const { return m_qrPoll.isActive() || !m_qrCall.isNull(); }

Q_SIGNALS:
    void viewChanged(vzaps::SessionWatcher::View view);
    void statusChanged();
    void qrChanged();
    void pairingCodeReady(const QString &code);
    void pairingCodeFailed(const vzaps::ApiError &error);

private:
    void fetchStatus();
    void fetchQr();
    void setView(View view);
    void cancelCalls();
    void endPairing(); // no more QR polls, no deadline
    void tellStore(InstanceStore::Ticket ticket) const;

    ApiClient &m_client;
    SessionApi m_session;
    QPointer<InstanceStore> m_store;
    QString m_instanceId;
    QString m_instanceToken;
    View m_view = View::None;
    SessionStatus m_status;
    SessionQr m_qr;
    ApiError m_error;
    bool m_active = true;
    bool m_pairingWanted = false; // startPairing() and not ended since
    QTimer m_qrPoll;
    QTimer m_pairingDeadline;
    QPointer<ApiCall> m_statusCall;
    QPointer<ApiCall> m_qrCall;
    QPointer<ApiCall> m_codeCall;
};

} // namespace vzaps
