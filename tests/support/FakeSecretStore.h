#pragma once

// The test double for secret stores (the OS keychain above all): answers on the event loop
// like the keychain, persists() like it, can hold reads back (to see a dialog while the
// password loads), and can be unavailable or fail, for every call or per kind of call.

#include "core/settings/SecretStore.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace vzaps::test {

class FakeSecretStore : public SecretStore
{
public:
    enum class Mode { Working, Unavailable, Failing }; // how every call answers

    explicit FakeSecretStore(QObject *parent = nullptr)
        : SecretStore(parent)
    {}
    explicit FakeSecretStore(Mode mode, QObject *parent = nullptr)
        : SecretStore(parent)
    {
        if (mode == Mode::Unavailable) {
            readStatus = writeStatus = SecretResult::Status::Unavailable;
            failureMessage = QStringLiteral("no keychain service in this test");
        } else if (mode == Mode::Failing) {
            readStatus = writeStatus = SecretResult::Status::Failed;
            failureMessage = QStringLiteral("the fake keychain failed");
        }
    }

    QHash<QString, QString> secrets;
    bool persistent = true;
    bool holdReads = false; // reads wait for releaseReads()
    SecretResult::Status readStatus = SecretResult::Status::Ok;
    SecretResult::Status writeStatus = SecretResult::Status::Ok;
    QString failureMessage = QStringLiteral("The keychain is locked.");
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void read(const QString &key, QObject *context, SecretCallback done) override
    {
        ++reads;
        SecretResult result = failed(readStatus);
        if (result.ok() && !secrets.contains(key))
            result.status = SecretResult::Status::NotFound;
        else if (result.ok())
            result.secret = secrets.value(key);
        if (holdReads) {
            QPointer<QObject> guard(context);
            m_heldReads.append([this, guard, context, done, result] {
                if (guard || !context)
                    deliver(context, done, result);
            });
            return;
        }
        deliver(context, done, result);
    }

    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override
    {
        ++writes;
        const SecretResult result = failed(writeStatus);
        if (result.ok())
            secrets.insert(key, secret);
        deliver(context, done, result);
    }

    void remove(const QString &key, QObject *context, SecretCallback done) override
    {
        ++removes;
        SecretResult result = failed(writeStatus);
        if (result.ok() && secrets.remove(key) == 0)
            result.status = SecretResult::Status::NotFound;
        deliver(context, done, result);
    }

    bool persists() const override { return persistent; }

    int calls() const { return reads + writes + removes; }
    int count() const { return int(secrets.size()); }

    void releaseReads()
    {
        const auto held = std::exchange(m_heldReads, {});
        for (const auto &answer : held)
            answer();
    }

private:
    SecretResult failed(SecretResult::Status status) const
    {
        SecretResult result;
        result.status = status;
        if (status != SecretResult::Status::Ok)
            result.message = failureMessage;
        return result;
    }

    void deliver(QObject *context, const SecretCallback &done, const SecretResult &result)
    {
        if (!done)
            return;
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
    }

    QList<std::function<void()>> m_heldReads;
};

} // namespace vzaps::test
