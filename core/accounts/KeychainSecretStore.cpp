#include "core/accounts/KeychainSecretStore.h"

#include "core/accounts/AppIdentity.h"
#include "core/accounts/KeychainBusProbe.h"

#include <QMetaObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace vzaps {

using Status = SecretResult::Status;

namespace {

Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString(identity::kSecretService), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    run(Operation::Read, key, QString(), Reply{context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    run(Operation::Write, key, secret, Reply{context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    run(Operation::Remove, key, QString(), Reply{context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret,
                              Reply reply)
{
    whenProbed([this, operation, key, secret, reply](const QString &unreachableReason) {
        if (unreachableReason.isEmpty())
            return startJob(operation, key, secret, reply);
        SecretResult result;
        result.status = Status::Unavailable;
        result.message = unreachableReason;
        deliver(reply, result);
    });
}

void KeychainSecretStore::startJob(Operation operation, const QString &key, const QString &secret,
                                   Reply reply)
{
    if (reply.hasContext && !reply.context)
        return; // the caller is gone: do not touch the keychain for nobody

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    // Not a child of this store: QtKeychain's callbacks may still arrive after the store is
    // gone, so the job deletes itself once it has finished.
    job->setAutoDelete(true);

    // Whichever comes first, the keychain's answer or the deadline, is the one delivered.
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, secret, reply, answered](QKeychain::Job *finished) {
                if (std::exchange(*answered, true))
                    return;
                SecretResult result;
                result.status = statusOf(finished->error());
                if (result.ok()) {
                    if (operation == Operation::Read)
                        result.secret =
                            static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                } else {
                    result.message = finished->errorString();
                    if (result.message.isEmpty() ||
                        (!secret.isEmpty() && result.message.contains(secret)))
                        result.message = tr("the system keychain reported an error");
                }
                deliver(reply, result);
            });
    auto *deadline = new QTimer(job);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply, answered] {
        if (std::exchange(*answered, true))
            return;
        SecretResult result;
        result.status = Status::Unavailable;
        result.message =
            tr("the system keychain did not answer within %1 seconds")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
        deliver(reply, result);
    });
    deadline->start(m_timeout);
    job->start();
}

void KeychainSecretStore::deliver(Reply reply, SecretResult result)
{
    if (!reply.done)
        return;
    // Always queued, so no answer ever arrives from inside read/write/remove.
    QMetaObject::invokeMethod(
        this,
        [reply = std::move(reply), result = std::move(result)] {
            if (reply.hasContext && !reply.context)
                return;
            reply.done(result);
        },
        Qt::QueuedConnection);
}

void KeychainSecretStore::whenProbed(std::function<void(const QString &reason)> next)
{
    if (m_probe == Probe::Done)
        return next(m_unreachableReason);
    m_waitingForProbe.append(std::move(next));
    if (m_probe == Probe::Running)
        return;
    m_probe = Probe::Running;
    probeKeychainBus(this, [this](const QString &reason) { finishProbe(reason); });
}

void KeychainSecretStore::finishProbe(const QString &unreachableReason)
{
    m_probe = Probe::Done;
    m_unreachableReason = unreachableReason;
    const auto waiting = std::exchange(m_waitingForProbe, {});
    for (const auto &next : waiting)
        next(m_unreachableReason);
}

} // namespace vzaps
