#include "core/realtime/RealtimeEndpoint.h"

using namespace Qt::StringLiterals;

namespace vzaps::realtime {

QUrl realtimeBaseUrlFor(const QUrl &apiBaseUrl, const QUrl &configured)
{
    const auto isSocketUrl = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty() &&
               (url.scheme() == u"ws"_s || url.scheme() == u"wss"_s);
    };
    if (isSocketUrl(configured))
        return configured.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (apiBaseUrl.host().compare(u"api.vzaps.com"_s, Qt::CaseInsensitive) == 0)
        return QUrl(QString::fromLatin1(kProductionRealtimeUrl));
    QUrl url = apiBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (url.scheme() == u"http"_s)
        url.setScheme(u"ws"_s);
    else if (url.scheme() == u"https"_s)
        url.setScheme(u"wss"_s);
    else
        return {};
    return isSocketUrl(url) ? url : QUrl();
}

QNetworkRequest socketRequest(const QUrl &realtimeBaseUrl, const SocketRequestParts &parts)
{
    QUrl url = realtimeBaseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/events/ws"_s);
    // Ids and tokens are opaque: every byte but the unreserved ones is percent-encoded, so
    // a '+', '&' or '=' in them reaches the server as it is.
    QList<QByteArray> items;
    const auto add = [&items](const char *key, const QString &value) {
        if (!value.isEmpty())
            items << QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
    };
    add("instance_id", parts.instanceId);
    add("events", parts.eventTypes.join(u','));
    add("last_event_id", parts.lastEventId);
    const Credentials &credentials = parts.credentials;
    add("access_token", credentials.accessToken);
    add("client_token", credentials.clientToken);
    add("instance_token", credentials.instanceToken);
    url.setQuery(QString::fromLatin1(items.join('&')), QUrl::StrictMode);

    QNetworkRequest request(url);
    if (!credentials.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + credentials.accessToken.toUtf8());
    if (!credentials.clientToken.isEmpty())
        request.setRawHeader("X-Client-Token", credentials.clientToken.toUtf8());
    if (!credentials.instanceToken.isEmpty())
        request.setRawHeader("X-Instance-Token", credentials.instanceToken.toUtf8());
    return request;
}

} // namespace vzaps::realtime
