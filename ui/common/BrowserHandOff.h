#pragma once

#include <QObject>
#include <QUrl>

namespace vzaps::ui {

// Gives URLs to the system browser through the guard of docs/architecture.md §4: https, or
// http on loopback (the sandbox). Anything else is refused and reported, never opened.
// When no browser opens a good link, the link goes to the clipboard and that is reported.
class BrowserHandOff : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True when the URL went to the browser; otherwise `refused` was emitted.
    bool open(const QUrl &url);

Q_SIGNALS:
    void refused(const QString &reason);
    void opened(const QUrl &url);
};

} // namespace vzaps::ui
