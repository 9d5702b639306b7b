#include "ui/common/BrowserHandOff.h"

#include "core/api/UrlGuard.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace vzaps::ui {

bool BrowserHandOff::open(const QUrl &url)
{
    const QString reason = urlguard::refusalReason(url);
    if (!reason.isEmpty()) {
        Q_EMIT refused(reason);
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        // No browser here (or it would not start): the link is still wanted, so it goes to
        // the clipboard, ready to paste into a browser elsewhere.
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        Q_EMIT refused(tr("No web browser could be opened for %1. The link is copied: paste it "
                          "into a browser.")
                           .arg(url.toDisplayString()));
        return false;
    }
    Q_EMIT opened(url);
    return true;
}

} // namespace vzaps::ui
