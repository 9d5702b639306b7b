#pragma once

#include <QString>
#include <QUrl>

// The browser hand-off guard (docs/architecture.md §4): only https URLs, and http on a
// loopback host (the sandbox), may be given to the system browser; never one with user info,
// which makes a link look as if it led somewhere it does not.
namespace vzaps::urlguard {

// "localhost" or a loopback address: this computer (the sandbox's home).
bool isLoopbackHost(const QString &host);

// Empty when `url` may be opened; otherwise a sentence saying why not.
QString refusalReason(const QUrl &url);
inline bool mayOpen(const QUrl &url)
{
    return refusalReason(url).isEmpty();
}

} // namespace vzaps::urlguard
