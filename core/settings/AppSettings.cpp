#include "core/settings/AppSettings.h"

#include "core/api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps {

static_assert(ApiClient::kDefaultTimeout ==
                  std::chrono::seconds(Preferences::kDefaultTimeoutSeconds),
              "the Settings dialog's default timeout is the client's own");

namespace {

constexpr int kMaxPort = 65535;

// Numbers are kept as text and parsed strictly: QVariant turns any text into 0, and 0 is a
// valid choice (auto-refresh off), so a garbled value would silently switch it off.
int readNumber(const SettingValue<QString> &value, int fallback)
{
    bool ok = false;
    const int number = value.get().trimmed().toInt(&ok);
    return ok ? number : fallback;
}

void writeNumber(SettingValue<QString> &value, int number)
{
    value.set(QString::number(number));
}

} // namespace

QList<int> Preferences::autoRefreshChoices()
{
    return {0, 15, 30, 60, 300};
}

QList<int> Preferences::pageSizeChoices()
{
    return {20, 50, 100};
}

QStringList Preferences::languageChoices()
{
    return {QString(), u"en"_s, u"pt_BR"_s};
}

QString Preferences::validLanguage(const QString &language)
{
    return languageChoices().contains(language) ? language : QString();
}

int Preferences::validAutoRefreshSeconds(int seconds)
{
    return autoRefreshChoices().contains(seconds) ? seconds : kDefaultAutoRefreshSeconds;
}

int Preferences::validPageSize(int size)
{
    return pageSizeChoices().contains(size) ? size : kDefaultPageSize;
}

int Preferences::validTimeoutSeconds(int seconds)
{
    return seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds ? seconds
                                                                          : kDefaultTimeoutSeconds;
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_autoRefreshSeconds(m_settings, u"Preferences/autoRefreshSeconds"_s)
    , m_defaultPageSize(m_settings, u"Preferences/defaultPageSize"_s)
    , m_requestTimeoutSeconds(m_settings, u"Preferences/requestTimeoutSeconds"_s)
    , m_typeToConfirm(m_settings, u"Preferences/typeToConfirm"_s, true)
    , m_notifyDisconnects(m_settings, u"Notifications/disconnects"_s, true)
    , m_notifyConnects(m_settings, u"Notifications/connects"_s, true)
    , m_language(m_settings, u"Preferences/language"_s)
    , m_serverFiltersByStatus(m_settings, u"Api/serverFiltersByStatus"_s, false)
    , m_proxyMode(m_settings, u"Proxy/mode"_s)
    , m_proxyHost(m_settings, u"Proxy/host"_s)
    , m_proxyPort(m_settings, u"Proxy/port"_s)
    , m_proxyUser(m_settings, u"Proxy/user"_s)
{}

AppSettings::~AppSettings() = default;

QString AppSettings::proxyPasswordKey()
{
    return u"proxy/password"_s;
}

Preferences AppSettings::preferences() const
{
    Preferences p;
    p.autoRefreshSeconds = Preferences::validAutoRefreshSeconds(
        readNumber(m_autoRefreshSeconds, Preferences::kDefaultAutoRefreshSeconds));
    p.defaultPageSize =
        Preferences::validPageSize(readNumber(m_defaultPageSize, Preferences::kDefaultPageSize));
    p.requestTimeoutSeconds = Preferences::validTimeoutSeconds(
        readNumber(m_requestTimeoutSeconds, Preferences::kDefaultTimeoutSeconds));
    p.typeToConfirm = m_typeToConfirm.get();
    p.notifyDisconnects = m_notifyDisconnects.get();
    p.notifyConnects = m_notifyConnects.get();
    p.language = Preferences::validLanguage(m_language.get());
    p.serverFiltersByStatus = m_serverFiltersByStatus.get();
    p.proxy = proxy();
    return p;
}

ProxySettings AppSettings::proxy() const
{
    ProxySettings proxy;
    proxy.mode = proxyModeFromName(m_proxyMode.get());
    proxy.host = m_proxyHost.get().trimmed();
    const int port = readNumber(m_proxyPort, 0);
    proxy.port = port >= 1 && port <= kMaxPort ? port : 0;
    proxy.user = m_proxyUser.get();
    return proxy;
}

void AppSettings::save(const Preferences &preferences)
{
    const Preferences before = this->preferences();
    writeNumber(m_autoRefreshSeconds,
                Preferences::validAutoRefreshSeconds(preferences.autoRefreshSeconds));
    writeNumber(m_defaultPageSize, Preferences::validPageSize(preferences.defaultPageSize));
    writeNumber(m_requestTimeoutSeconds,
                Preferences::validTimeoutSeconds(preferences.requestTimeoutSeconds));
    m_typeToConfirm.set(preferences.typeToConfirm);
    m_notifyDisconnects.set(preferences.notifyDisconnects);
    m_notifyConnects.set(preferences.notifyConnects);
    m_language.set(Preferences::validLanguage(preferences.language));
    const ProxySettings &proxy = preferences.proxy;
    m_proxyMode.set(proxyModeName(proxy.mode));
    // Host, port and user stay when the mode goes back to System, ready for the next switch.
    m_proxyHost.set(proxy.host.trimmed());
    writeNumber(m_proxyPort, proxy.port >= 1 && proxy.port <= kMaxPort ? proxy.port : 0);
    m_proxyUser.set(proxy.user);
    m_settings.sync();
    if (this->preferences() != before)
        Q_EMIT changed();
}

void AppSettings::applyTo(ApiClient &client, const QString &proxyPassword) const
{
    applyTo(client, preferences(), proxyPassword);
}

void AppSettings::applyTo(ApiClient &client, const Preferences &preferences,
                          const QString &proxyPassword)
{
    client.setTimeout(preferences.requestTimeout());
    // setProxyFactory() also clears any proxy set with setProxy(); the manager owns the factory.
    client.network()->setProxyFactory(preferences.proxy.createFactory(proxyPassword));
}

void AppSettings::applyTo(ApiClient &client, SecretStore &secrets, SecretCallback done) const
{
    const ProxySettings proxy = this->proxy();
    if (!proxy.needsPassword()) {
        applyTo(client, QString());
        if (done) {
            QMetaObject::invokeMethod(
                &client, [done = std::move(done)] { done(SecretResult{}); }, Qt::QueuedConnection);
        }
        return;
    }
    // The client is the context: the settings are read again when the password arrives, so
    // a save in between is not undone by this older read.
    QPointer<const AppSettings> self(this);
    secrets.read(proxyPasswordKey(), &client,
                 [self, &client, done = std::move(done)](const SecretResult &result) {
                     if (self)
                         self->applyTo(client, result.ok() ? result.secret : QString());
                     if (!done)
                         return;
                     SecretResult told = result;
                     told.secret.clear(); // the caller learns what happened, not the password
                     done(told);
                 });
}

} // namespace vzaps
