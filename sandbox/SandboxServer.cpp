#include "sandbox/SandboxServer.h"

#include "sandbox/DemoData.h"
#include "sandbox/Ids.h"
#include "sandbox/http/BindAddress.h"
#include "sandbox/http/HttpFrontend.h"
#include "sandbox/routes/Dispatcher.h"
#include "sandbox/routes/EventHub.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/Routes.h"
#include "sandbox/routes/SandboxContext.h"

#include <QStandardPaths>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace vzsandbox {

QString defaultStatePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + u"/sandbox-state.sqlite"_s;
}

struct SandboxServer::Private {
    SandboxContext context;
    Router router;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<EventHub> events;
    std::unique_ptr<HttpFrontend> frontend;
    QHostAddress address;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

SandboxServer::~SandboxServer()
{
    stop();
}

namespace {

// Command-line credentials win; else the ones stored in the state; else new random ones.
bool resolveCredential(StateStore &store, const QString &key, const QString &given,
                       const QString &generated, QString *out, QString *error)
{
    *out = given.isEmpty() ? store.meta(key) : given;
    if (out->isEmpty())
        *out = generated;
    if (store.meta(key) != *out && !store.setMeta(key, *out)) {
        *error = u"cannot store the account credentials: %1"_s.arg(store.lastError());
        return false;
    }
    return true;
}

} // namespace

bool SandboxServer::start()
{
    if (d)
        return true;
    m_error.clear();
    auto p = std::make_unique<Private>();

    if (!resolveBindAddress(m_options.bindAddress, m_options.allowRemote, &p->address, &m_error))
        return false;
    if (m_options.port < 0 || m_options.port > 65535) {
        m_error = u"the port must be between 0 and 65535"_s;
        return false;
    }
    if (m_options.seedCount < 0 || m_options.seedCount > 100000) {
        m_error = u"the seed count must be between 0 and 100000"_s;
        return false;
    }
    if (m_options.tokenTtlSeconds < 1) {
        m_error = u"the token lifetime must be at least 1 second"_s;
        return false;
    }
    m_statePath = m_options.statePath.isEmpty() ? defaultStatePath() : m_options.statePath;
    if (m_statePath.isEmpty()) {
        m_error = u"no folder for the state file; pass one with --state"_s;
        return false;
    }

    SandboxContext &context = p->context;
    bool created = false;
    if (!context.store.open(m_statePath, m_options.reset, &created, &m_error))
        return false;
    if (created && !context.store.insertMany(demoInstances(ids::nowMs()))) {
        m_error = u"cannot write the demo data: %1"_s.arg(context.store.lastError());
        return false;
    }
    if (m_options.seedCount > 0 &&
        !context.store.insertMany(generatedInstances(m_options.seedCount, ids::nowMs()))) {
        m_error = u"cannot seed instances: %1"_s.arg(context.store.lastError());
        return false;
    }
    if (m_options.cardOnFile && !context.setCardOnFile(true)) {
        m_error = u"cannot store the card-on-file flag: %1"_s.arg(context.store.lastError());
        return false;
    }

    QString token;
    QString secret;
    if (!resolveCredential(context.store, u"client_token"_s, m_options.clientToken,
                           u"ct_"_s + ids::randomHex(12), &token, &m_error) ||
        !resolveCredential(context.store, u"client_secret"_s, m_options.clientSecret,
                           u"sk_sandbox_"_s + ids::randomHex(20), &secret, &m_error)) {
        return false;
    }
    context.auth.setCredentials(token, secret, m_options.tokenTtlSeconds);
    if (!context.auth.load(&m_error))
        return false;

    registerRoutes(p->router, context);

    p->dispatcher = std::make_unique<Dispatcher>(p->router, context);
    p->dispatcher->logLine = [this](const QString &line) { Q_EMIT requestLogged(line); };
    Dispatcher *dispatcher = p->dispatcher.get();
    p->events = std::make_unique<EventHub>(context);
    context.events = p->events.get();
    EventHub *events = p->events.get();
    FrontendLimits limits;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.maxConnections = m_options.maxConnections;
    p->frontend = std::make_unique<HttpFrontend>(
        limits,
        [dispatcher](Request request, std::shared_ptr<PendingReply> reply) {
            dispatcher->dispatch(std::move(request), std::move(reply));
        },
        [events](std::unique_ptr<QWebSocket> socket) { events->adopt(std::move(socket)); },
        [this](const QString &line) { Q_EMIT requestLogged(line); });
    QString listenError;
    if (!p->frontend->listen(p->address, quint16(m_options.port), &listenError)) {
        m_error = u"cannot listen on %1 port %2: %3"_s.arg(
            p->address.toString(), QString::number(m_options.port), listenError);
        return false;
    }

    QString host = p->address.toString();
    if (p->address == QHostAddress::Any || p->address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (p->address == QHostAddress::AnyIPv6)
        host = u"[::1]"_s;
    else if (p->address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"["_s + host + u"]"_s;
    context.baseUrl = u"http://%1:%2"_s.arg(host, QString::number(p->frontend->serverPort()));
    d = std::move(p);
    return true;
}

void SandboxServer::stop()
{
    if (!d)
        return;
    d->frontend.reset(); // closes the listening socket and open connections
    d->context.events = nullptr;
    d->events.reset();
    d->dispatcher.reset();
    d->context.store.close();
    d.reset();
}

bool SandboxServer::isRunning() const
{
    return d != nullptr;
}

QUrl SandboxServer::baseUrl() const
{
    return d ? QUrl(d->context.baseUrl) : QUrl();
}

quint16 SandboxServer::port() const
{
    return d ? d->frontend->serverPort() : 0;
}

int SandboxServer::openConnections() const
{
    return d ? d->frontend->openConnections() : 0;
}

QString SandboxServer::clientToken() const
{
    return d ? d->context.auth.clientToken() : QString();
}

QString SandboxServer::clientSecret() const
{
    return d ? d->context.auth.clientSecret() : QString();
}

} // namespace vzsandbox
