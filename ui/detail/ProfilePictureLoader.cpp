#include "detail/ProfilePictureLoader.h"

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
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, &ProfilePictureLoader::onReplyFinished);
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
    const QUrl url = reply->request().url();
    QPixmap picture;
    if (reply->error() == QNetworkReply::NoError) {
        QImage image = QImage::fromData(reply->read(kMaxBytes));
        if (!image.isNull()) {
            if (image.width() > kMaxSide || image.height() > kMaxSide)
                image =
                    image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            picture = QPixmap::fromImage(image);
        }
    }
    // A picture, a non-image or a refusal (4xx/5xx) is remembered; a network failure may pass,
    // so the next selection tries again.
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError || httpStatus >= 400)
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
