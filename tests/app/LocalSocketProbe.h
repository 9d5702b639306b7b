#pragma once

// Whether something listens on a local socket: where a running vzaps-desk would.
#include <QLocalSocket>
#include <QString>

namespace vzaps::test {

inline bool listens(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    return socket.waitForConnected(200);
}

} // namespace vzaps::test
