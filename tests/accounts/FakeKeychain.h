#pragma once

#include "accounts/SecretStore.h"

#include <QHash>
#include <QMetaObject>

// Test double for the OS keychain: a SecretStore that persists() like one and answers,
// queued, as its mode says (working from a hash, unavailable, or failing).
namespace vzaps::test {

class FakeKeychain : public SecretStore
{
    Q_OBJECT
public:
    enum class Mode { Working, Unavailable, Failing };

    explicit FakeKeychain(Mode mode, QObject *parent = nullptr)
        : SecretStore(parent)
        , m_mode(mode)
    {}

    void read(const QString &key, QObject *context, SecretCallback done) override
    {
        SecretResult result = answer();
        if (result.ok() && !m_secrets.contains(key))
            result.status = SecretResult::Status::NotFound;
        result.secret = result.ok() ? m_secrets.value(key) : QString();
        deliver(context, std::move(done), result);
    }
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override
    {
        const SecretResult result = answer();
        if (result.ok())
            m_secrets.insert(key, secret);
        deliver(context, std::move(done), result);
    }
    void remove(const QString &key, QObject *context, SecretCallback done) override
    {
        SecretResult result = answer();
        if (result.ok() && !m_secrets.remove(key))
            result.status = SecretResult::Status::NotFound;
        deliver(context, std::move(done), result);
    }
    bool persists() const override { return true; }

    int calls() const { return m_calls; }
    int count() const { return int(m_secrets.size()); }

private:
    SecretResult answer()
    {
        ++m_calls;
        SecretResult result;
        if (m_mode == Mode::Unavailable) {
            result.status = SecretResult::Status::Unavailable;
            result.message = QStringLiteral("no keychain service in this test");
        } else if (m_mode == Mode::Failing) {
            result.status = SecretResult::Status::Failed;
            result.message = QStringLiteral("the fake keychain failed");
        }
        return result;
    }
    void deliver(QObject *context, SecretCallback done, const SecretResult &result)
    {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), result] { done(result); },
            Qt::QueuedConnection);
    }

    Mode m_mode;
    int m_calls = 0;
    QHash<QString, QString> m_secrets;
};

} // namespace vzaps::test
