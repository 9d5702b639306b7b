#pragma once

#include "core/api/SessionApi.h"
#include "core/presentation/InstanceStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace vzaps {

// The connection side of the detail panel (docs/api-contract.md §3): fetches the session
// status of the watched instance; when it is not connected, shows the pairing QR
// and polls it while the panel is visible, switching to the connected view once
// paired. Watching another instance, stop() or hiding cancels what is in flight. What the
// session says (connected or not, the linked phone) also goes into the instance store, so
// the row, the summary and the actions agree with the panel at once.
class SessionWatcher : public QObject
{
    Q_OBJECT
public:
    enum class View {
        None,      // nothing watched
        Loading,   // first status request under way
        Connected, // status() holds the session
        Pairing,   // qr() holds the current QR code (may still be loading)
        Error,     // error() says why; retry() tries again
    };
    Q_ENUM(View)

    static constexpr std::chrono::milliseconds kDefaultQrPollInterval{4000};

    explicit SessionWatcher(ApiClient &client, QObject *parent = nullptr);

    // The store that learns what the session says (none: it is only shown).
    void setStore(InstanceStore *store) { m_store = store; }
    void watch(const QString &instanceId, const QString &instanceToken = {});
    void stop();
    void retry();
    // A hidden panel polls nothing; showing it again resumes.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setQrPollInterval(std::chrono::milliseconds interval);

    // The pairing-code alternative to the QR: a code like "ABCD-EFGH" for `phone`.
    void requestPairingCode(const QString &phone);

    QString instanceId() const { return m_instanceId; }
    View view() const { return m_view; }
    const SessionStatus &status() const { return m_status; }
    const SessionQr &qr() const { return m_qr; }
    const ApiError &error() const { return m_error; }
    bool isPolling() const { return m_qrPoll.isActive(); }

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
    QTimer m_qrPoll;
    QPointer<ApiCall> m_statusCall;
    QPointer<ApiCall> m_qrCall;
    QPointer<ApiCall> m_codeCall;
};

} // namespace vzaps
