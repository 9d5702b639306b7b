#pragma once

// Every URL the app hands to the system browser (QDesktopServices::openUrl) lands here
// instead while a UrlCatcher lives, for the schemes a server could try: the safe ones and
// the ones the browser hand-off guard must stop.
#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace vzaps::testing {

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    UrlCatcher()
    {
        for (const QString &scheme : schemes())
            QDesktopServices::setUrlHandler(scheme, this, "catchUrl");
    }
    ~UrlCatcher() override
    {
        for (const QString &scheme : schemes())
            QDesktopServices::unsetUrlHandler(scheme);
    }

    QList<QUrl> urls;

public Q_SLOTS:
    void catchUrl(const QUrl &url) { urls.append(url); }

private:
    static QStringList schemes()
    {
        return {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("javascript"),
                QStringLiteral("file")};
    }
};

} // namespace vzaps::testing
