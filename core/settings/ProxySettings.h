#pragma once

#include <QNetworkProxy>
#include <QString>

class QNetworkProxyFactory;

namespace vzaps {

// How vzaps-desk reaches VZaps.
enum class ProxyMode {
    System, // the operating system's proxy configuration (the default)
    None,   // always direct
    Http,   // a manual HTTP proxy (CONNECT for https)
    Socks5, // a manual SOCKS5 proxy
};

// How QSettings stores a mode: "system", "none", "http", "socks5". Anything else reads back
// as System, the default.
QString proxyModeName(ProxyMode mode);
ProxyMode proxyModeFromName(const QString &name);

// The proxy settings people choose. The password is not here: it lives in the SecretStore
// under AppSettings::proxyPasswordKey(), never in QSettings.
struct ProxySettings {
    ProxyMode mode = ProxyMode::System;
    QString host;
    int port = 0; // 0: not set
    QString user;

    bool isManual() const { return mode == ProxyMode::Http || mode == ProxyMode::Socks5; }
    // A usable manual proxy with a user: its password has to be read (from a SecretStore)
    // before requests can go through it.
    bool needsPassword() const { return isManual() && !user.isEmpty() && problem().isEmpty(); }

    // Why these settings cannot be used, for people; empty when they can. Only a manual
    // proxy needs anything: a host name and a port from 1 to 65535.
    QString problem() const;

    // The manual proxy with its credentials; NoProxy for None; DefaultProxy for System and
    // for an unusable manual proxy (e.g. a hand-edited settings file without a host), which
    // then falls back to the system configuration.
    QNetworkProxy networkProxy(const QString &password) const;

    // A proxy factory for one QNetworkAccessManager (which takes ownership). It sends
    // requests to this computer (localhost, 127.0.0.1, ::1, e.g. the sandbox) direct in
    // every mode, because a proxy elsewhere cannot reach them; everything else goes to
    // networkProxy(), or for System to QNetworkProxyFactory::systemProxyForQuery() (libproxy
    // or http_proxy / no_proxy on Linux), whatever the application-wide proxy is.
    QNetworkProxyFactory *createFactory(const QString &password) const;

    friend bool operator==(const ProxySettings &a, const ProxySettings &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port && a.user == b.user;
    }
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};

} // namespace vzaps
