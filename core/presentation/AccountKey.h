#pragma once

#include <QString>
#include <QUrl>

namespace vzaps {

// What names an account in the settings file: a hash of the server's host and path and the
// client token (its public id), so the sandbox on another port finds its settings again and
// no secret reaches the file. Empty without a valid server or a client token.
QString accountKey(const QUrl &baseUrl, const QString &clientToken);

} // namespace vzaps
