#pragma once

#include "core/realtime/RealtimeFeed.h"
#include "core/realtime/RecentEventIds.h"
#include "core/realtime/ReconnectBackoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace vzaps::realtime {

// The realtime socket of one instance (docs/api-contract.md §3), kept open for as long as
// the object lives: each event is acknowledged and handed on once (duplicates dropped by
// id); a closed or dead socket (no pong within Timings::pongTimeout of a ping) reconnects
// after ReconnectBackoff's wait, resuming from the newest event seen; a socket the server
// refuses (close code 1008: bad credentials, unknown instance) waits for retryRefused()
// and then tries once more only if the credentials differ from the refused ones.
class InstanceEventSocket : public QObject
{
    Q_OBJECT
public:
    // Where the jitter of each wait comes from, in [0, 1) (tests make it fixed).
    using Jitter = std::function<double()>;

    InstanceEventSocket(QString instanceId, const FeedOptions &options, QObject *parent = nullptr);
    ~InstanceEventSocket() override;

    void start();
    // The credentials may have changed: a refused socket tries again if they did.
    void retryRefused();
    // The network is back: a socket waiting to reconnect does it now.
    void retryNow();
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }

    QString instanceId() const { return m_instanceId; }
    const SocketStatus &status() const { return m_status; }
    QString lastEventId() const { return m_lastEventId; }

Q_SIGNALS:
    void eventReceived(const vzaps::realtime::Event &event);
    void statusChanged();
    void reconnected();

private:
    void fetchCredentials();
    void open(const Credentials &credentials);
    void onConnected();
    void onTextMessage(const QString &message);
    void onPingDue();
    // The socket of this try ended; `refused` when the server refused it for good.
    void endTry(const QString &reason, bool refused);
    void setState(SocketState state, const QString &reason = {});

    QString m_instanceId;
    QUrl m_baseUrl;
    QStringList m_eventTypes;
    Timings m_timings;
    CredentialsProvider m_credentials;
    Jitter m_jitter;

    QWebSocket *m_socket = nullptr; // the current try's, owned
    Credentials m_usedCredentials;
    Credentials m_refusedCredentials;
    quint64 m_try = 0; // which try a late credentials answer belongs to
    bool m_everOpened = false;
    QElapsedTimer m_openFor;
    QTimer m_retryTimer;
    QTimer m_connectDeadline;
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    ReconnectBackoff m_backoff;
    RecentEventIds m_seen;
    QString m_lastEventId;
    SocketStatus m_status;
};

} // namespace vzaps::realtime
