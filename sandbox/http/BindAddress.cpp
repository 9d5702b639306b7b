#include "sandbox/http/BindAddress.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

bool resolveBindAddress(const QString &text, bool allowRemote, QHostAddress *address,
                        QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"localhost"_s) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(trimmed)) {
        *error = u"--bind: '%1' is not an IP address (use e.g. 127.0.0.1 or ::1)"_s.arg(trimmed);
        return false;
    }
    if (!parsed.isLoopback() && !allowRemote) {
        *error = u"--bind: refusing to listen on the non-loopback address %1 without "
                 "--allow-remote (the sandbox has test credentials and no TLS)"_s.arg(trimmed);
        return false;
    }
    *address = parsed;
    return true;
}

} // namespace vzsandbox
