#pragma once

#include "core/settings/SecretStore.h"

#include <QHash>

namespace vzaps {

// Secrets kept in this process only: for tests, and for a run without a keychain
// (FallbackSecretStore). Like the keychain, it answers later on the event loop, never
// from inside read/write/remove, so callers cannot come to rely on a synchronous answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    bool persists() const override { return false; }

    int count() const { return int(m_secrets.size()); } // for tests

private:
    void deliver(QObject *context, SecretCallback done, SecretResult result);

    QHash<QString, QString> m_secrets;
};

} // namespace vzaps
