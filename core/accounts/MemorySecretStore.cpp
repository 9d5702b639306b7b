#include "core/accounts/MemorySecretStore.h"

#include <QMetaObject>

namespace vzaps {

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend()) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is stored for this profile.");
    } else {
        result.secret = *found;
    }
    deliver(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              SecretCallback done)
{
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), SecretResult{});
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (!m_secrets.remove(key)) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is stored for this profile.");
    }
    deliver(context, std::move(done), std::move(result));
}

void MemorySecretStore::deliver(QObject *context, SecretCallback done, SecretResult result)
{
    if (!done)
        return;
    // Queued on the context (or on this store): dropped if that object dies first.
    QMetaObject::invokeMethod(
        context ? context : this,
        [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace vzaps
