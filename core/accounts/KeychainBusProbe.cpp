#include "core/accounts/KeychainBusProbe.h"

#include <QCoreApplication>
#include <QMetaObject>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define VZAPS_KEYCHAIN_ON_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#endif

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

void answer(QObject *context, std::function<void(const QString &)> done, const QString &reason)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reason] { done(reason); }, Qt::QueuedConnection);
}

#ifdef VZAPS_KEYCHAIN_ON_DBUS

constexpr char kContext[] = "vzaps::KeychainSecretStore"; // the texts are the store's

// The bus names of the keychains QtKeychain speaks to.
bool offersKeychain(const QStringList &names)
{
    for (const QString &name : names) {
        if (name == "org.freedesktop.secrets"_L1 || name.startsWith("org.kde.kwalletd"_L1))
            return true;
    }
    return false;
}

// Calls an org.freedesktop.DBus method returning a list of names; an error gives an
// empty list. A short deadline: the bus daemon itself answers at once or not at all.
void askBus(const QDBusConnection &bus, const QString &method, QObject *context,
            std::function<void(const QStringList &names, bool failed)> then)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [then = std::move(then)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         then(reply.isError() ? QStringList() : reply.value(), reply.isError());
                     });
}

#endif

} // namespace

void probeKeychainBus(QObject *context, std::function<void(const QString &reason)> done)
{
#ifdef VZAPS_KEYCHAIN_ON_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return answer(context, std::move(done),
                      QCoreApplication::translate(kContext, "there is no D-Bus session bus"));

    const QString noService = QCoreApplication::translate(
        kContext, "no keychain service (Secret Service or KWallet) is running");
    askBus(bus, u"ListNames"_s, context,
           [bus, context, noService, done = std::move(done)](const QStringList &running,
                                                             bool failed) mutable {
               if (failed)
                   return done(QCoreApplication::translate(kContext,
                                                           "the D-Bus session bus did not answer"));
               if (offersKeychain(running))
                   return done(QString());
               // Not running yet, but the bus may start one on demand.
               askBus(bus, u"ListActivatableNames"_s, context,
                      [noService, done = std::move(done)](const QStringList &startable, bool) {
                          done(offersKeychain(startable) ? QString() : noService);
                      });
           });
#else
    answer(context, std::move(done), QString());
#endif
}

} // namespace vzaps
