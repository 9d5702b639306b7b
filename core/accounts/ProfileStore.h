#pragma once

#include "core/accounts/Profile.h"
#include "core/settings/SecretStore.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace vzaps {

// A profile as add() or update() left it, or why it was refused (one sentence for people).
struct ProfileEdit {
    Profile profile;
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// The profiles in QSettings, group "Profiles", one subgroup per profile id with
// the non-secret parts only: name, base URL, client token. Each profile's client secret
// lives in the SecretStore under Profile::secretKey(); this store only removes it, with the
// profile. vzaps-desk and vzapsctl share the file (see AppIdentity.h).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` and `secrets` must outlive this store.
    ProfileStore(QSettings &settings, SecretStore &secrets, QObject *parent = nullptr);
    // On the application's QSettings() (organization and application names set by the app).
    explicit ProfileStore(SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;                        // sorted by name
    std::optional<Profile> find(const QString &name) const; // ignoring case
    std::optional<Profile> findById(const QString &id) const;

    // A profile with a fresh id (a UUID without braces) and trimmed fields, not saved yet.
    static Profile newProfile(const QString &name, const QUrl &baseUrl, const QString &clientToken);
    // Why add() (for a new id) or update() (for an existing one) would refuse `profile`;
    // empty when it would accept it.
    QString problemWith(const Profile &profile) const;

    ProfileEdit add(const QString &name, const QUrl &baseUrl, const QString &clientToken);
    // A profile from newProfile(), or one with an empty id (it gets one); the id of a
    // saved profile is refused (change that with update()).
    ProfileEdit add(const Profile &profile);
    ProfileEdit update(const Profile &profile);
    // Removes the profile and then its secret; `done` gets the secret store's answer
    // (NotFound when there was none). False, and `done` is never called, if `id` is unknown.
    bool remove(const QString &id, QObject *context = nullptr, SecretCallback done = {});

    // The profile the desk signed in with last; empty when none (or it was removed).
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    SecretStore &secrets() const { return m_secrets; }

Q_SIGNALS:
    void profilesChanged();

private:
    QString save(const Profile &profile); // writes and syncs; a problem sentence or empty

    std::unique_ptr<QSettings> m_ownSettings; // only when constructed without settings
    QSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace vzaps
