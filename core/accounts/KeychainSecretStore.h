#pragma once

#include "core/settings/SecretStore.h"

#include <QList>
#include <QPointer>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace vzaps {

// Secrets in the OS keychain through QtKeychain (Secret Service or KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), filed under one service name with
// the key naming the entry. Never falls back to a file (QtKeychain's insecure fallback
// stays off).
//
// On Linux the first call checks, without blocking, that the D-Bus session bus is there
// and offers a keychain service; if not, every call answers Unavailable at once instead
// of letting QtKeychain fail in ways that look like other errors. A keychain that does
// not answer within timeout() (say, an unlock prompt nobody can see) also counts as
// Unavailable, so nothing waits forever.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr); // service identity::kSecretService
    // Tests use a service of their own so they never touch the app's entries.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    bool persists() const override { return true; }

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    enum class Operation { Read, Write, Remove };
    enum class Probe { NotStarted, Running, Done };
    // The caller's side of one operation: whom to answer, unless that object is gone.
    struct Reply {
        QPointer<QObject> context;
        bool hasContext = false;
        SecretCallback done;
    };

    void run(Operation operation, const QString &key, const QString &secret, Reply reply);
    void startJob(Operation operation, const QString &key, const QString &secret, Reply reply);
    void deliver(Reply reply, SecretResult result);

    // Calls `next` with an empty reason once a keychain may be reachable, or with why not.
    void whenProbed(std::function<void(const QString &reason)> next);
    void finishProbe(const QString &unreachableReason);

    QString m_service;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(2)};
    Probe m_probe = Probe::NotStarted;
    QString m_unreachableReason;
    QList<std::function<void(const QString &)>> m_waitingForProbe;
};

} // namespace vzaps
