#include "core/accounts/ProfileStore.h"

#include "core/types/Validation.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"Profiles"_s;
const QString kLastUsed = u"Profiles/lastUsed"_s;
constexpr qsizetype kMaxNameLength = 100;

QString keyOf(const QString &id, QLatin1StringView field)
{
    return kGroup + u'/' + id + u'/' + field;
}

// What add() and update() save and hand back: names and tokens without stray spaces.
Profile trimmed(Profile profile)
{
    profile.name = profile.name.trimmed();
    profile.clientToken = profile.clientToken.trimmed();
    return profile;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

ProfileStore::ProfileStore(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_ownSettings(std::make_unique<QSettings>())
    , m_settings(*m_ownSettings)
    , m_secrets(secrets)
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    m_settings.beginGroup(kGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();

    QList<Profile> result;
    for (const QString &id : ids) {
        if (const std::optional<Profile> profile = findById(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<Profile> all = profiles();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&wanted](const Profile &profile) {
        return profile.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (found == all.cend())
        return std::nullopt;
    return *found;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    Profile profile;
    profile.id = id;
    profile.name = m_settings.value(keyOf(id, "name"_L1)).toString();
    profile.baseUrl = QUrl(m_settings.value(keyOf(id, "baseUrl"_L1)).toString());
    profile.clientToken = m_settings.value(keyOf(id, "clientToken"_L1)).toString();
    profile.realtimeUrl = QUrl(m_settings.value(keyOf(id, "realtimeUrl"_L1)).toString());
    if (!profile.isValid())
        return std::nullopt; // absent, or edited into something unusable by hand
    return profile;
}

Profile ProfileStore::newProfile(const QString &name, const QUrl &baseUrl,
                                 const QString &clientToken)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name.trimmed();
    profile.baseUrl = baseUrl;
    profile.clientToken = clientToken.trimmed();
    return profile;
}

QString ProfileStore::problemWith(const Profile &profile) const
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name.");
    if (name.size() > kMaxNameLength)
        return tr("The profile name is too long (at most %1 characters).").arg(kMaxNameLength);
    if (hasControlCharacters(name))
        return tr("The profile name cannot contain line breaks or other control characters.");
    if (const std::optional<Profile> same = find(name); same && same->id != profile.id)
        return tr("There is already a profile named \"%1\"; choose another name.").arg(same->name);
    const QString urlProblem = validation::checkHttpUrl(profile.baseUrl.toString(), tr("base URL"));
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (!profile.realtimeUrl.isEmpty()) {
        const QString realtimeProblem =
            validation::checkSocketUrl(profile.realtimeUrl.toString(), tr("realtime address"));
        if (!realtimeProblem.isEmpty())
            return realtimeProblem;
    }
    const QString token = profile.clientToken.trimmed();
    if (token.isEmpty())
        return tr("Give the account's client token.");
    if (hasControlCharacters(token) || token.contains(u' '))
        return tr("The client token cannot contain spaces or control characters.");
    return {};
}

ProfileEdit ProfileStore::add(const QString &name, const QUrl &baseUrl, const QString &clientToken)
{
    return add(newProfile(name, baseUrl, clientToken));
}

ProfileEdit ProfileStore::add(const Profile &profile)
{
    ProfileEdit edit{trimmed(profile), {}};
    if (edit.profile.id.isEmpty())
        edit.profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (edit.profile.id.contains(u'/'))
        edit.problem = tr("A profile id cannot contain \"/\".");
    else if (findById(edit.profile.id))
        edit.problem = tr("This profile is already saved; change it with update().");
    if (edit.ok())
        edit.problem = problemWith(edit.profile);
    if (edit.ok())
        edit.problem = save(edit.profile);
    return edit;
}

ProfileEdit ProfileStore::update(const Profile &profile)
{
    ProfileEdit edit{trimmed(profile), {}};
    if (!findById(edit.profile.id))
        edit.problem = tr("This profile no longer exists; it may have been removed meanwhile.");
    else
        edit.problem = problemWith(edit.profile);
    if (edit.ok())
        edit.problem = save(edit.profile);
    return edit;
}

bool ProfileStore::remove(const QString &id, QObject *context, SecretCallback done)
{
    const std::optional<Profile> profile = findById(id);
    if (!profile)
        return false;
    m_settings.remove(kGroup + u'/' + id);
    if (m_settings.value(kLastUsed).toString() == id)
        m_settings.remove(kLastUsed);
    m_settings.sync();
    Q_EMIT profilesChanged();
    m_secrets.remove(profile->secretKey(), context, std::move(done));
    return true;
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings.value(kLastUsed).toString();
    return findById(id) ? id : QString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id.isEmpty())
        m_settings.remove(kLastUsed);
    else
        m_settings.setValue(kLastUsed, id);
}

QString ProfileStore::save(const Profile &profile)
{
    m_settings.setValue(keyOf(profile.id, "name"_L1), profile.name);
    m_settings.setValue(keyOf(profile.id, "baseUrl"_L1), profile.baseUrl.toString());
    m_settings.setValue(keyOf(profile.id, "clientToken"_L1), profile.clientToken);
    if (profile.realtimeUrl.isEmpty())
        m_settings.remove(keyOf(profile.id, "realtimeUrl"_L1));
    else
        m_settings.setValue(keyOf(profile.id, "realtimeUrl"_L1), profile.realtimeUrl.toString());
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        return tr("Could not save the profile to %1; check that the file and its folder "
                  "can be written.")
            .arg(m_settings.fileName());
    }
    Q_EMIT profilesChanged();
    return {};
}

} // namespace vzaps
