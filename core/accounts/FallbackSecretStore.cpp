#include "core/accounts/FallbackSecretStore.h"

#include "core/accounts/KeychainSecretStore.h"
#include "core/accounts/MemorySecretStore.h"

#include <QPointer>

namespace vzaps {

FallbackSecretStore::FallbackSecretStore(QObject *parent)
    : FallbackSecretStore(new KeychainSecretStore, parent)
{}

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
    , m_memory(new MemorySecretStore(this))
{
    Q_ASSERT(primary);
    m_primary->setParent(this);
}

void FallbackSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    perform(std::move(done), [key, context](SecretStore &store, SecretCallback next) {
        store.read(key, context, std::move(next));
    });
}

void FallbackSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    perform(std::move(done), [key, secret, context](SecretStore &store, SecretCallback next) {
        store.write(key, secret, context, std::move(next));
    });
}

void FallbackSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    perform(std::move(done), [key, context](SecretStore &store, SecretCallback next) {
        store.remove(key, context, std::move(next));
    });
}

bool FallbackSecretStore::persists() const
{
    return !m_usingMemory && m_primary->persists();
}

void FallbackSecretStore::perform(SecretCallback done, const Operation &operation)
{
    if (m_usingMemory)
        return operation(*m_memory, std::move(done));

    const QPointer<FallbackSecretStore> self(this);
    operation(*m_primary, [self, done, operation](const SecretResult &result) {
        if (!self || result.status != SecretResult::Status::Unavailable) {
            if (done)
                done(result);
            return;
        }
        self->switchToMemory(result.message);
        operation(*self->m_memory, done);
    });
}

void FallbackSecretStore::switchToMemory(const QString &reason)
{
    if (m_usingMemory)
        return; // several calls may come back Unavailable; say it once
    m_usingMemory = true;
    const QString why = reason.isEmpty() ? tr("no reason given") : reason;
    m_unavailableSentence = tr("Your system keychain is not available (%1); secrets you enter "
                               "are kept only until VZaps Desk quits.")
                                .arg(why);
    Q_EMIT keychainUnavailable(m_unavailableSentence);
}

} // namespace vzaps
