#pragma once

// Every URL the app hands to the system browser (QDesktopServices::openUrl) lands here
// instead while a UrlCatcher lives, for the schemes a server could try: the safe ones and
// the ones the browser hand-off guard must stop.
#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
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

// A machine with no browser while a NoBrowser lives: QDesktopServices::openUrl returns
// false for web links. (Qt reports a handler it cannot call as a failed open, with a
// warning; expectAttempt() expects that warning, so a test also fails when nothing tried.)
class NoBrowser : public QObject
{
    Q_OBJECT
public:
    NoBrowser()
    {
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")})
            QDesktopServices::setUrlHandler(scheme, this, "noSuchBrowser");
    }
    ~NoBrowser() override
    {
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")})
            QDesktopServices::unsetUrlHandler(scheme);
    }

    static void expectAttempt()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("invokeMethod.*noSuchBrowser")));
    }
};

} // namespace vzaps::testing
