#include "ui/detail/ProfilePictureLoader.h"

#include "core/api/UrlGuard.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ProfilePictureLoader::ProfilePictureLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ProfilePictureLoader::~ProfilePictureLoader()
{
    cancel();
}

void ProfilePictureLoader::load(const QUrl &url)
{
    cancel();
    if (const auto it = m_cache.constFind(url); it != m_cache.cend()) {
        Q_EMIT finished(url, *it);
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !m_network ||
        (scheme != "https"_L1 && scheme != "http"_L1 && scheme != "data"_L1)) {
        remember(url, {});
        Q_EMIT finished(url, {});
        return;
    }
    m_requestedUrl = url;
    m_redirects = 0;
    fetch(url);
}

void ProfilePictureLoader::fetch(const QUrl &url)
{
    // A bare GET: no credential header, no cookie (the API's server may have set one for the
    // same host name) and no redirect followed by Qt, which would add the jar's cookies.
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_refused = false;
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > kMaxBytes)
            refuse(reply);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            refuse(reply);
    });
    connect(reply, &QNetworkReply::finished, this, &ProfilePictureLoader::onReplyFinished);
}

bool ProfilePictureLoader::mayRedirectTo(const QUrl &from, const QUrl &target)
{
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty())
        return false;
    if (scheme == "https"_L1)
        return true;
    // http only from this computer to this computer (the sandbox): a picture elsewhere may not
    // send the app to a local service.
    return scheme == "http"_L1 && urlguard::isLoopbackHost(target.host()) &&
           urlguard::isLoopbackHost(from.host());
}

void ProfilePictureLoader::refuse(QNetworkReply *reply)
{
    m_refused = true;
    reply->abort();
}

void ProfilePictureLoader::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ProfilePictureLoader::onReplyFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const QUrl url = m_requestedUrl;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    // Pictures may move to another host, but only to https:// (or http:// on this computer).
    if (httpStatus >= 300 && httpStatus < 400 && !m_refused) {
        const QUrl target = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode));
        if (m_redirects < kMaxRedirects && mayRedirectTo(reply->url(), target)) {
            ++m_redirects;
            fetch(target);
            return;
        }
        m_refused = true;
    }

    QPixmap picture;
    if (reply->error() == QNetworkReply::NoError && !m_refused) {
        QImage image = QImage::fromData(reply->read(kMaxBytes));
        if (!image.isNull()) {
            if (image.width() > kMaxSide || image.height() > kMaxSide)
                image =
                    image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            picture = QPixmap::fromImage(image);
        }
    }
    // A picture, a non-image or a refusal (4xx/5xx, too large, a redirect we do not follow) is
    // remembered; a network failure may pass, so the next selection tries again.
    if (reply->error() == QNetworkReply::NoError || httpStatus >= 400 || m_refused)
        remember(url, picture);
    Q_EMIT finished(url, picture);
}

void ProfilePictureLoader::remember(const QUrl &url, const QPixmap &picture)
{
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    m_cache.insert(url, picture);
}

} // namespace vzaps::ui
