#include "core/settings/ProxySettings.h"

#include "core/api/UrlGuard.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::ProxySettings", text);
}

constexpr int kMaxPort = 65535;

bool isThisComputer(const QNetworkProxyQuery &query)
{
    return urlguard::isLoopbackHost(query.url().isValid() ? query.url().host()
                                                          : query.peerHostName());
}

// Stateless once built, so QNetworkAccessManager may query it from any thread.
class ClientProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ClientProxyFactory(QNetworkProxy proxy)
        : m_proxy(std::move(proxy))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isThisComputer(query) || m_proxy.type() == QNetworkProxy::NoProxy)
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (m_proxy.type() == QNetworkProxy::DefaultProxy) // System, or an unusable manual proxy
            return systemProxyForQuery(query);
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy; // NoProxy, DefaultProxy (the system's) or a manual proxy
};

} // namespace

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Http:
        return u"http"_s;
    case ProxyMode::Socks5:
        return u"socks5"_s;
    }
    return u"system"_s;
}

ProxyMode proxyModeFromName(const QString &name)
{
    for (ProxyMode mode : {ProxyMode::None, ProxyMode::Http, ProxyMode::Socks5}) {
        if (name == proxyModeName(mode))
            return mode;
    }
    return ProxyMode::System;
}

QString ProxySettings::problem() const
{
    if (!isManual())
        return {};
    const QString trimmedHost = host.trimmed();
    if (trimmedHost.isEmpty())
        return tr("Enter the host name of the proxy.");
    // People paste URLs; the scheme comes from the proxy type and the port has its own field.
    if (trimmedHost.contains("://"_L1))
        return tr("Enter only the host name of the proxy, without http:// or socks5://.");
    if (trimmedHost.contains(u' ') || trimmedHost.contains(u'/'))
        return tr("The proxy host name cannot contain spaces or slashes.");
    if (port < 1 || port > kMaxPort)
        return tr("Enter the port of the proxy (1 to %1).").arg(kMaxPort);
    return {};
}

QNetworkProxy ProxySettings::networkProxy(const QString &password) const
{
    if (mode == ProxyMode::None)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!isManual() || !problem().isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    const auto type =
        mode == ProxyMode::Http ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy;
    return QNetworkProxy(type, host.trimmed(), static_cast<quint16>(port), user,
                         user.isEmpty() ? QString() : password);
}

QNetworkProxyFactory *ProxySettings::createFactory(const QString &password) const
{
    return new ClientProxyFactory(networkProxy(password));
}

} // namespace vzaps
