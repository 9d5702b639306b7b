#include "core/presentation/SessionWatcher.h"

#include "core/api/ApiCall.h"

namespace vzaps {

using namespace Qt::StringLiterals;

SessionWatcher::SessionWatcher(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(client)
{
    m_qrPoll.setSingleShot(true);
    m_qrPoll.setInterval(kDefaultQrPollInterval);
    connect(&m_qrPoll, &QTimer::timeout, this, &SessionWatcher::fetchQr);
    m_pairingDeadline.setSingleShot(true);
    m_pairingDeadline.setInterval(kDefaultPairingTimeout);
    connect(&m_pairingDeadline, &QTimer::timeout, this, [this] {
        endPairing();
        m_qr = {};
        setView(View::Expired);
    });
}

void SessionWatcher::watch(const QString &instanceId, const QString &instanceToken)
{
    if (instanceId == m_instanceId && m_view != View::None && m_view != View::Error)
        return;
    stop();
    m_instanceId = instanceId;
    m_instanceToken = instanceToken;
    if (instanceId.isEmpty())
        return;
    setView(View::Loading);
    fetchStatus();
}

void SessionWatcher::stop()
{
    cancelCalls();
    endPairing();
    m_instanceId.clear();
    m_instanceToken.clear();
    m_status = {};
    m_qr = {};
    m_error = {};
    setView(View::None);
}

void SessionWatcher::retry()
{
    if (m_instanceId.isEmpty())
        return;
    cancelCalls();
    setView(View::Loading);
    fetchStatus();
}

void SessionWatcher::startPairing()
{
    if (m_instanceId.isEmpty() || !m_active)
        return;
    if (m_view == View::Loading) {
        // Asked before the status is known: pairing starts when it says not connected.
        m_pairingWanted = true;
        m_pairingDeadline.start();
        return;
    }
    if (m_view != View::Disconnected && m_view != View::Expired && m_view != View::Error)
        return;
    m_pairingWanted = true;
    m_pairingDeadline.start();
    m_qr = {};
    setView(View::Pairing);
    fetchQr();
}

void SessionWatcher::stopPairing()
{
    if (!m_pairingWanted)
        return;
    endPairing();
    m_qr = {};
    if (m_view == View::Pairing)
        setView(View::Disconnected);
}

void SessionWatcher::endPairing()
{
    m_pairingWanted = false;
    m_pairingDeadline.stop();
    m_qrPoll.stop();
    if (m_qrCall)
        m_qrCall->cancel();
    // A cancelled call lingers until deleteLater runs; it must not block the next poll.
    m_qrCall.clear();
}

void SessionWatcher::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active)
        stopPairing();
}

void SessionWatcher::setQrPollInterval(std::chrono::milliseconds interval)
{
    m_qrPoll.setInterval(interval);
}

void SessionWatcher::setPairingTimeout(std::chrono::milliseconds timeout)
{
    m_pairingDeadline.setInterval(timeout);
}

void SessionWatcher::requestPairingCode(const QString &phone)
{
    if (m_instanceId.isEmpty())
        return;
    if (m_codeCall)
        m_codeCall->cancel();
    m_codeCall = m_session.pairingCode(m_instanceId, phone, m_instanceToken, this,
                                       [this](const Result<PairingCode> &code) {
                                           if (!code)
                                               return Q_EMIT pairingCodeFailed(code.error());
                                           Q_EMIT pairingCodeReady(code.value().linkingCode);
                                       });
}

void SessionWatcher::fetchStatus()
{
    if (m_statusCall)
        m_statusCall->cancel();
    const InstanceStore::Ticket ticket = m_store ? m_store->nextTicket() : 0;
    m_statusCall = m_session.status(m_instanceId, m_instanceToken, this,
                                    [this, ticket](const Result<SessionStatus> &status) {
                                        if (!status) {
                                            m_error = status.error();
                                            return setView(View::Error);
                                        }
                                        m_status = status.value();
                                        Q_EMIT statusChanged();
                                        if (m_status.connected) {
                                            endPairing();
                                            setView(View::Connected);
                                        } else if (m_pairingWanted && m_active) {
                                            setView(View::Pairing);
                                            fetchQr();
                                        } else {
                                            setView(View::Disconnected);
                                        }
                                        // Last: views that follow the store then find
                                        // the watcher already showing the same.
                                        tellStore(ticket);
                                    });
}

void SessionWatcher::fetchQr()
{
    if (m_instanceId.isEmpty() || !m_active || !m_pairingWanted || m_qrCall)
        return;
    m_qrCall =
        m_session.qr(m_instanceId, m_instanceToken, this, [this](const Result<SessionQr> &qr) {
            m_qrCall.clear();
            if (!qr) {
                // The code on screen may be dead by now: it is not shown as current. Retry
                // picks the pairing up again.
                m_error = qr.error();
                m_qrPoll.stop();
                m_qr = {};
                return setView(View::Error);
            }
            m_qr = qr.value();
            Q_EMIT qrChanged();
            if (m_qr.isPaired()) {
                // Paired: the status has the phone and names to show.
                endPairing();
                return fetchStatus();
            }
            if (m_active && m_view == View::Pairing)
                m_qrPoll.start();
        });
}

void SessionWatcher::tellStore(InstanceStore::Ticket ticket) const
{
    if (!m_store || !m_store->contains(m_instanceId))
        return;
    QJsonObject facts{{u"connected"_s, m_status.connected}};
    if (m_status.connected) {
        if (!m_status.whatsappJid.isEmpty())
            facts.insert(u"whatsapp_jid"_s, m_status.whatsappJid);
        if (!m_status.pushName.isEmpty())
            facts.insert(u"whatsapp_push_name"_s, m_status.pushName);
    }
    m_store->merge(m_instanceId, facts, ticket);
}

void SessionWatcher::setView(View view)
{
    if (view == m_view && view != View::Error)
        return;
    m_view = view;
    Q_EMIT viewChanged(view);
}

void SessionWatcher::cancelCalls()
{
    for (const QPointer<ApiCall> &call : {m_statusCall, m_qrCall, m_codeCall}) {
        if (call)
            call->cancel();
    }
    m_statusCall.clear();
    m_qrCall.clear();
    m_codeCall.clear();
}

} // namespace vzaps
