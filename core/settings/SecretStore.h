#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace vzaps {

// What became of a secret operation.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain here, or it is locked or access was denied
        Failed,      // anything else the keychain reported
    };
    Status status = Status::Ok;
    QString secret;  // for a successful read
    QString message; // for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Where secrets live (docs/architecture.md §5): the OS keychain through QtKeychain, or memory
// for tests and for a run without a keychain. Asynchronous like the keychain itself:
// `done` runs later on the event loop, once, unless `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;

    // False when secrets last only as long as this process (the in-memory store).
    virtual bool persists() const = 0;
};

} // namespace vzaps
