#pragma once

#include "app/vzapsctl/CommandLine.h"

#include "core/accounts/KeychainSecretStore.h"
#include "core/accounts/ProfileStore.h"

#include <QObject>
#include <QSettings>

#include <optional>

namespace vzapsctl {

// The profiles of VZaps Desk as vzapsctl sees them: the desk's own settings file (the names
// in accounts/AppIdentity.h) and the same keychain service. vzapsctl uses the keychain
// directly, not FallbackSecretStore: a secret held in memory would be gone when it exits.
class DeskProfiles : public QObject
{
    Q_OBJECT
public:
    explicit DeskProfiles(QObject *parent = nullptr);

    vzaps::ProfileStore &store() { return m_store; }
    vzaps::KeychainSecretStore &secrets() { return m_secrets; }

private:
    QSettings m_settings;
    vzaps::KeychainSecretStore m_secrets;
    vzaps::ProfileStore m_store;
};

// `profile list`, `profile add NAME` and `profile remove NAME`.
class ProfileCommands : public QObject
{
    Q_OBJECT
public:
    explicit ProfileCommands(const Invocation &invocation, QObject *parent = nullptr);

    // The exit code when it is decided at once, else nullopt and finished() follows.
    std::optional<int> start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    std::optional<int> list();
    std::optional<int> add();
    std::optional<int> remove();
    void storeProfile(const vzaps::Profile &profile); // after its secret is in the keychain

    const Invocation &m_invocation;
    DeskProfiles *m_profiles = nullptr;
};

// Says why the --profile's client secret could not be read from the keychain; the exit code.
int profileSecretFailure(const QString &profileName, const vzaps::SecretResult &result);

// One line from standard input with the terminal's echo off, trimmed; empty at end of input.
QString readSecretLine(const QString &prompt);

} // namespace vzapsctl
