#include "ui/common/BrowserHandOff.h"

#include "core/api/UrlGuard.h"

#include <QDesktopServices>

namespace vzaps::ui {

bool BrowserHandOff::open(const QUrl &url)
{
    const QString reason = urlguard::refusalReason(url);
    if (!reason.isEmpty()) {
        Q_EMIT refused(reason);
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        Q_EMIT refused(tr("No web browser could be started for %1. Copy the link instead.")
                           .arg(url.toDisplayString()));
        return false;
    }
    Q_EMIT opened(url);
    return true;
}

} // namespace vzaps::ui
