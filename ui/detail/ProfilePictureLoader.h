#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace vzaps::ui {

// Fetches profile pictures (at most kMaxBytes each, never with credentials), one at a time, and
// keeps them in memory per URL (refusals too, so a broken URL is not fetched again on every
// selection). Loading another URL or cancel() aborts the request in flight.
class ProfilePictureLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxCached = 100;
    static constexpr int kMaxSide = 128; // the avatar is 64 px: room for 2× screens
    static constexpr int kMaxRedirects = 5;

    explicit ProfilePictureLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProfilePictureLoader() override;

    // Emits `finished` later (or now, from the cache). Only http, https and data URLs are fetched.
    void load(const QUrl &url);
    void cancel();
    bool isCached(const QUrl &url) const { return m_cache.contains(url); }
    bool isLoading() const { return !m_reply.isNull(); }
    // A picture's redirect from `from` is followed only to https://, or to http:// on this
    // computer when `from` is on this computer too.
    static bool mayRedirectTo(const QUrl &from, const QUrl &target);

Q_SIGNALS:
    // `picture` is null when the URL gave no usable image.
    void finished(const QUrl &url, const QPixmap &picture);

private:
    void fetch(const QUrl &url); // one hop of load()
    void onReplyFinished();
    void refuse(QNetworkReply *reply); // aborts it, and remembers the URL as giving no picture
    void remember(const QUrl &url, const QPixmap &picture);

    QNetworkAccessManager *m_network;
    QHash<QUrl, QPixmap> m_cache;
    QPointer<QNetworkReply> m_reply;
    QUrl m_requestedUrl;    // what load() was asked for, whatever redirects followed
    int m_redirects = 0;    // followed so far for m_requestedUrl
    bool m_refused = false; // the reply in flight was aborted by refuse()
};

} // namespace vzaps::ui
