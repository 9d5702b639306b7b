#include "core/realtime/InstanceEventSocket.h"

#include "core/realtime/EventFrame.h"
#include "core/realtime/RealtimeEndpoint.h"

#include <QRandomGenerator>
#include <QWebSocket>

#include <utility>

namespace vzaps::realtime {

namespace {

// Bigger frames are no event of ours: the socket is closed rather than buffering them.
constexpr quint64 kMaxFrameBytes = 1024 * 1024;

} // namespace

InstanceEventSocket::InstanceEventSocket(QString instanceId, const FeedOptions &options,
                                         QObject *parent)
    : QObject(parent)
    , m_instanceId(std::move(instanceId))
    , m_baseUrl(options.realtimeBaseUrl)
    , m_eventTypes(options.eventTypes)
    , m_timings(options.timings)
    , m_credentials(options.credentials)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
    , m_backoff(options.timings)
{
    m_retryTimer.setSingleShot(true);
    m_connectDeadline.setSingleShot(true);
    m_pongDeadline.setSingleShot(true);
    m_connectDeadline.setInterval(m_timings.connectTimeout);
    m_pingTimer.setInterval(m_timings.pingInterval);
    m_pongDeadline.setInterval(m_timings.pongTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &InstanceEventSocket::fetchCredentials);
    connect(&m_connectDeadline, &QTimer::timeout, this,
            [this] { endTry(tr("the realtime server did not answer"), false); });
    connect(&m_pingTimer, &QTimer::timeout, this, &InstanceEventSocket::onPingDue);
    connect(&m_pongDeadline, &QTimer::timeout, this,
            [this] { endTry(tr("the realtime server stopped answering"), false); });
}

InstanceEventSocket::~InstanceEventSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void InstanceEventSocket::start()
{
    if (!m_socket && !m_retryTimer.isActive())
        fetchCredentials();
}

void InstanceEventSocket::retryRefused()
{
    if (m_status.state == SocketState::Refused)
        fetchCredentials();
}

void InstanceEventSocket::retryNow()
{
    if (m_status.state != SocketState::Reconnecting)
        return;
    m_retryTimer.stop();
    m_backoff.reset();
    fetchCredentials();
}

void InstanceEventSocket::fetchCredentials()
{
    const quint64 thisTry = ++m_try;
    if (m_status.state != SocketState::Refused)
        setState(SocketState::Connecting);
    if (!m_credentials)
        return open({});
    QPointer<InstanceEventSocket> self(this);
    m_credentials(m_instanceId, [self, thisTry](const Credentials &credentials) {
        if (!self || self->m_try != thisTry || self->m_socket)
            return;
        if (self->m_status.state == SocketState::Refused) {
            // Only other credentials are worth another try: the same ones would be refused
            // again, and again.
            if (credentials.isEmpty() || credentials == self->m_refusedCredentials)
                return;
            self->setState(SocketState::Connecting);
        }
        self->open(credentials);
    });
}

void InstanceEventSocket::open(const Credentials &credentials)
{
    if (credentials.isEmpty()) {
        // Nothing to sign in with yet (e.g. the token request failed): wait as after a close.
        m_socket = nullptr;
        const auto delay = m_backoff.nextDelay(m_jitter());
        m_status.retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
        m_retryTimer.start(delay);
        return setState(SocketState::Reconnecting, tr("no credentials for the realtime server"));
    }
    m_usedCredentials = credentials;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, &InstanceEventSocket::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &InstanceEventSocket::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        ++m_status.ignoredFrames;
        Q_EMIT statusChanged();
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongDeadline.stop(); });
    QWebSocket *socket = m_socket;
    connect(m_socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        const QString reason = socket->closeReason();
        const bool refused = socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
        endTry(reason.isEmpty() ? tr("the realtime connection closed") : reason, refused);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket && socket->state() != QAbstractSocket::ConnectedState)
                    endTry(socket->errorString(), false);
            });
    m_connectDeadline.start();
    m_socket->open(
        socketRequest(m_baseUrl, {m_instanceId, m_eventTypes, credentials, m_lastEventId}));
}

void InstanceEventSocket::onConnected()
{
    m_connectDeadline.stop();
    m_openFor.start();
    m_pingTimer.start();
    const bool again = std::exchange(m_everOpened, true);
    setState(SocketState::Live);
    if (again)
        Q_EMIT reconnected();
}

void InstanceEventSocket::onTextMessage(const QString &message)
{
    const std::optional<Event> event = readEventFrame(message.toUtf8(), m_instanceId);
    if (!event) {
        ++m_status.ignoredFrames;
        return Q_EMIT statusChanged();
    }
    // Acknowledged even when it is a duplicate: the server sends it again until it is.
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(ackFrame(event->id)));
    if (!m_seen.insert(event->id))
        return;
    m_lastEventId = event->id;
    Q_EMIT eventReceived(*event);
}

void InstanceEventSocket::onPingDue()
{
    if (!m_socket)
        return;
    m_socket->ping();
    if (!m_pongDeadline.isActive())
        m_pongDeadline.start();
}

void InstanceEventSocket::endTry(const QString &reason, bool refused)
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_connectDeadline.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    if (m_openFor.isValid()) {
        m_backoff.closedAfter(std::chrono::milliseconds(m_openFor.elapsed()));
        m_openFor.invalidate();
    }
    if (refused) {
        m_refusedCredentials = m_usedCredentials;
        m_status.retryAt = {};
        return setState(SocketState::Refused, reason);
    }
    const auto delay = m_backoff.nextDelay(m_jitter());
    m_status.retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_retryTimer.start(delay);
    setState(SocketState::Reconnecting, reason);
}

void InstanceEventSocket::setState(SocketState state, const QString &reason)
{
    if (state != SocketState::Reconnecting)
        m_status.retryAt = {};
    if (state == m_status.state && reason == m_status.reason && state != SocketState::Reconnecting)
        return;
    m_status.state = state;
    m_status.reason = reason;
    Q_EMIT statusChanged();
}

} // namespace vzaps::realtime
