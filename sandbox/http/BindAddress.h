#pragma once

#include <QHostAddress>
#include <QString>

namespace vzsandbox {

// Turns --bind text into an address. Loopback is the default; anything else needs
// allowRemote, because the sandbox has demo credentials and no TLS.
bool resolveBindAddress(const QString &text, bool allowRemote, QHostAddress *address,
                        QString *error);

} // namespace vzsandbox
