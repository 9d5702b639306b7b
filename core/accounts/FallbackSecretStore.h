#pragma once

#include "core/settings/SecretStore.h"

#include <functional>

namespace vzaps {

class MemorySecretStore;

// The store the app uses: the OS keychain while there is one; from the first time it
// answers Unavailable (none installed, locked, access denied), memory for the rest of the
// run. The secret being written at that moment goes to memory too, so the app keeps
// working; keychainUnavailable() is emitted once so the app can say that such secrets are
// forgotten when it quits. Never writes a secret to disk.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FallbackSecretStore(QObject *parent = nullptr); // primary: KeychainSecretStore
    // Takes ownership of `primary` (tests pass a fake keychain).
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    // False from the moment secrets are held in memory only.
    bool persists() const override;

    bool usingMemory() const { return m_usingMemory; }
    // The sentence keychainUnavailable() carried; empty while the keychain is in use.
    QString unavailableSentence() const { return m_unavailableSentence; }

Q_SIGNALS:
    // Once per run, for people: "Your system keychain is not available (…); secrets you
    // enter are kept only until VZaps Desk quits."
    void keychainUnavailable(const QString &sentence);

private:
    // Runs `inMemory` now if memory is in use; otherwise `onKeychain`, whose answer goes to
    // `done` unless it is Unavailable, in which case memory takes over and `inMemory` runs.
    using Operation = std::function<void(SecretStore &store, SecretCallback done)>;
    void perform(SecretCallback done, const Operation &operation);
    void switchToMemory(const QString &reason);

    SecretStore *m_primary = nullptr;
    MemorySecretStore *m_memory = nullptr;
    bool m_usingMemory = false;
    QString m_unavailableSentence;
};

} // namespace vzaps
