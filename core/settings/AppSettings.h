#pragma once

#include "core/settings/ProxySettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/SettingValue.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <chrono>

namespace vzaps {

class ApiClient;

// The preferences of the Settings dialog, as plain values.
struct Preferences {
    static constexpr int kDefaultAutoRefreshSeconds = 30;
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kDefaultTimeoutSeconds = 30;
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 300;

    int autoRefreshSeconds = kDefaultAutoRefreshSeconds; // 0: off
    int defaultPageSize = kDefaultPageSize;              // rows the instance list starts with
    int requestTimeoutSeconds = kDefaultTimeoutSeconds;  // one whole API call, retries included
    bool typeToConfirm = true; // delete and cancel ask for the instance name to be typed
    // Desktop notifications when a watched instance's WhatsApp disconnects / connects.
    bool notifyDisconnects = true;
    bool notifyConnects = true;
    // The language of the texts: empty for the system's, else one of languageChoices().
    QString language;
    ProxySettings proxy;
    // The server filters the instance list by connection and billing status itself
    // (filter.connected, filter.billing_status): only in the settings file, as
    // Api/serverFiltersByStatus=true, for a server that has them; never written by the app.
    bool serverFiltersByStatus = false;

    static QList<int> autoRefreshChoices(); // 0 (off), 15, 30, 60, 300
    static QList<int> pageSizeChoices();    // 20, 50, 100
    static QStringList languageChoices();   // "" (the system's), "en", "pt_BR"
    // What is not offered becomes the default.
    static int validAutoRefreshSeconds(int seconds);
    static int validPageSize(int size);
    static int validTimeoutSeconds(int seconds);
    static QString validLanguage(const QString &language);

    std::chrono::seconds autoRefreshInterval() const
    {
        return std::chrono::seconds(autoRefreshSeconds);
    }
    std::chrono::milliseconds requestTimeout() const
    {
        return std::chrono::seconds(requestTimeoutSeconds);
    }

    friend bool operator==(const Preferences &a, const Preferences &b)
    {
        return a.autoRefreshSeconds == b.autoRefreshSeconds &&
               a.defaultPageSize == b.defaultPageSize &&
               a.requestTimeoutSeconds == b.requestTimeoutSeconds &&
               a.typeToConfirm == b.typeToConfirm && a.notifyDisconnects == b.notifyDisconnects &&
               a.notifyConnects == b.notifyConnects && a.language == b.language &&
               a.proxy == b.proxy && a.serverFiltersByStatus == b.serverFiltersByStatus;
    }
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};

// The app's preferences in QSettings, typed and checked (after qBittorrent's preferences):
// a value that is missing, garbled or not offered reads back as its default. Only
// non-secret values live here; the proxy password goes to a SecretStore under
// proxyPasswordKey().
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // The application's QSettings (organisation and application name).
    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    static QString proxyPasswordKey(); // "proxy/password"

    Preferences preferences() const;
    // Writes every value (checked as on reading) and syncs; emits changed() when any differs.
    void save(const Preferences &preferences);

    ProxySettings proxy() const;
    QNetworkProxy proxyFor(const QString &password) const { return proxy().networkProxy(password); }

    // From now on `client`'s calls use the request timeout and the proxy (see
    // ProxySettings::createFactory()); calls in flight keep theirs.
    void applyTo(ApiClient &client, const QString &proxyPassword) const;
    // The same for preferences read before (e.g. for a client on another thread).
    static void applyTo(ApiClient &client, const Preferences &preferences,
                        const QString &proxyPassword);
    // The same with the proxy password read from `secrets` first, when the proxy has a user.
    // `done`, if given, runs once on the event loop after the settings are applied, with the
    // read's status and message but never the secret (NotFound: no password saved, Ok when
    // no password was needed). A password that cannot be read leaves the proxy without one.
    // Call it before the first request and on SettingsDialog::settingsSaved().
    void applyTo(ApiClient &client, SecretStore &secrets, SecretCallback done = {}) const;

    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

Q_SIGNALS:
    // After save() changed something. The proxy password is not part of it.
    void changed();

private:
    QSettings m_settings;                       // first: the values below refer to it
    SettingValue<QString> m_autoRefreshSeconds; // numbers as text: see readNumber()
    SettingValue<QString> m_defaultPageSize;
    SettingValue<QString> m_requestTimeoutSeconds;
    SettingValue<bool> m_typeToConfirm;
    SettingValue<bool> m_notifyDisconnects;
    SettingValue<bool> m_notifyConnects;
    SettingValue<QString> m_language;
    SettingValue<bool> m_serverFiltersByStatus;
    SettingValue<QString> m_proxyMode;
    SettingValue<QString> m_proxyHost;
    SettingValue<QString> m_proxyPort;
    SettingValue<QString> m_proxyUser;
};

} // namespace vzaps
