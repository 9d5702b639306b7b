#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace vzaps {

// Whether QtKeychain has anything to talk to. On Linux and the BSDs the keychain is a
// D-Bus service (Secret Service, or KWallet); with no session bus, or none of those on it,
// QtKeychain reports "other" errors that would read as a broken keychain rather than a
// missing one. This asks the bus without blocking and calls `done` (queued, on
// `context`) with an empty reason when a keychain may answer, else with a short phrase
// saying why not. Elsewhere it always answers with an empty reason.
void probeKeychainBus(QObject *context, std::function<void(const QString &reason)> done);

} // namespace vzaps
