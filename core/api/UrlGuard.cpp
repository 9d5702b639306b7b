#include "core/api/UrlGuard.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vzaps::urlguard {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::urlguard", text);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString refusalReason(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The link is not a complete web address, so it was not opened.");
    // "https://api.vzaps.com@evil.example/" opens evil.example: what comes before the "@"
    // is a user name that only looks like the host.
    if (!url.userInfo().isEmpty())
        return tr("The link leads to %1, not to the address before its “@”, so it was not "
                  "opened.")
            .arg(url.host());
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("The link uses unencrypted http:// on %1, so it was not opened. Only https:// "
                  "links (and http:// on this computer, for the sandbox) are opened.")
            .arg(url.host());
    }
    return tr("Links of type \"%1:\" are not opened; only https:// web pages are.").arg(scheme);
}

} // namespace vzaps::urlguard
