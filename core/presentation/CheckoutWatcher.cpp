#include "core/presentation/CheckoutWatcher.h"

#include "core/api/ApiCall.h"
#include "core/api/InstancesApi.h"

namespace vzaps {

CheckoutWatcher::CheckoutWatcher(ApiClient &client, const QString &instanceId,
                                 const QString &startStatus, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(instanceId)
    , m_startStatus(startStatus)
{
    // Single shot, restarted after each answer: polls never overlap.
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &CheckoutWatcher::poll);
}

CheckoutWatcher::~CheckoutWatcher()
{
    stop();
}

void CheckoutWatcher::start()
{
    if (m_watching || m_instanceId.isEmpty())
        return;
    m_watching = true;
    m_timer.start();
}

void CheckoutWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
    if (m_call)
        m_call->cancel();
    // A cancelled call lingers until deleteLater runs; it must not block a later start().
    m_call.clear();
}

void CheckoutWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void CheckoutWatcher::poll()
{
    if (!m_watching || m_call)
        return;
    m_call = InstancesApi(m_client).get(
        m_instanceId, this, [this](const Result<Instance> &result) { onInstance(result); });
}

void CheckoutWatcher::onInstance(const Result<Instance> &result)
{
    m_call.clear();
    if (!m_watching)
        return;
    if (!result) {
        if (result.error().isNotFound()) {
            finish();
            return Q_EMIT instanceGone(result.error());
        }
        m_timer.start();
        return Q_EMIT pollFailed(result.error());
    }
    const Instance &instance = result.value();
    if (m_startStatus.isEmpty()) {
        m_startStatus = instance.billingStatus;
    } else if (instance.billingStatus != m_startStatus) {
        finish();
        return Q_EMIT billingStatusChanged(instance);
    }
    m_timer.start();
    Q_EMIT unchanged(instance);
}

void CheckoutWatcher::finish()
{
    m_watching = false;
    m_timer.stop();
}

} // namespace vzaps
