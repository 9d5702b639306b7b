#include "app/vzapsctl/ProfileCommands.h"

#include "app/vzapsctl/ExitCodes.h"
#include "app/vzapsctl/Output.h"

#include "core/accounts/AppIdentity.h"
#include "core/api/ApiClient.h"
#include "core/settings/PrivateFiles.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace vzapsctl {

using namespace Qt::StringLiterals;
using namespace vzaps;

namespace {

constexpr qint64 kMaxSecretLength = 4096;

int usageError(const QString &message)
{
    output::toStderr(message);
    return ExitUsage;
}

} // namespace

DeskProfiles::DeskProfiles(QObject *parent)
    : QObject(parent)
    , m_settings(QString(identity::kOrganizationName), QString(identity::kDeskApplicationName))
    , m_store(m_settings, m_secrets)
{
    // A CLI should not wait minutes for an unlock prompt nobody may see.
    m_secrets.setTimeout(std::chrono::seconds(60));
    privatefiles::tightenIfPresent(m_settings.fileName()); // it holds client tokens
}

ProfileCommands::ProfileCommands(const Invocation &invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_profiles(new DeskProfiles(this))
{}

std::optional<int> ProfileCommands::start()
{
    const QString name = m_invocation.commandName();
    if (name == "profile list"_L1)
        return list();
    if (name == "profile add"_L1)
        return add();
    if (name == "profile remove"_L1)
        return remove();
    return usageError(u"command \"%1\" is not implemented"_s.arg(name));
}

std::optional<int> ProfileCommands::list()
{
    const QList<Profile> profiles = m_profiles->store().profiles();
    output::toStdout(m_invocation.json() ? output::profilesJson(profiles)
                                         : output::profileTable(profiles));
    return ExitOk;
}

std::optional<int> ProfileCommands::add()
{
    const std::optional<QString> token = m_invocation.value("client-token"_L1);
    if (!token)
        return usageError(u"\"profile add\" needs --client-token T (see: vzapsctl profile add "
                          "--help)"_s);
    const QUrl baseUrl = m_invocation.baseUrl()
                             ? QUrl(m_invocation.baseUrl()->trimmed(), QUrl::StrictMode)
                             : ApiClient::defaultBaseUrl();
    const Profile profile = ProfileStore::newProfile(m_invocation.argument(0), baseUrl, *token);
    if (const QString problem = m_profiles->store().problemWith(profile); !problem.isEmpty())
        return usageError(problem);

    if (m_invocation.isSet("no-secret"_L1)) {
        const ProfileEdit added = m_profiles->store().add(profile);
        if (!added.ok()) {
            output::toStderr(added.problem);
            return ExitUnexpected;
        }
        output::toStdout(u"Added profile \"%1\" (%2) without a client secret: give it in "
                         "VZAPS_CLIENT_SECRET when you use --profile \"%1\".\n"_s.arg(
                             profile.name, profile.baseUrl.toString()));
        return ExitOk;
    }

    const QString secret =
        readSecretLine(u"Client secret of profile \"%1\" (not shown): "_s.arg(profile.name));
    if (secret.isEmpty())
        return usageError(u"no client secret on standard input: pipe it in (printf '%s\\n' "
                          "\"$SECRET\" | vzapsctl profile add ...), or add the profile with "
                          "--no-secret and give it in VZAPS_CLIENT_SECRET when you use it"_s);

    m_profiles->secrets().write(
        profile.secretKey(), secret, this, [this, profile](const SecretResult &result) {
            if (result.ok())
                return storeProfile(profile);
            if (result.status == SecretResult::Status::Unavailable)
                output::toStderr(u"the system keychain is not available (%1), so the client "
                                 "secret cannot be kept and profile \"%2\" was not added. Run "
                                 "this where a keychain is unlocked, or add the profile with "
                                 "--no-secret and give VZAPS_CLIENT_SECRET when you use it."_s.arg(
                                     result.message, profile.name));
            else
                output::toStderr(
                    u"could not store the client secret in the system keychain "
                    "(%1); profile \"%2\" was not added."_s.arg(result.message, profile.name));
            Q_EMIT finished(ExitUnexpected);
        });
    return std::nullopt;
}

void ProfileCommands::storeProfile(const Profile &profile)
{
    const ProfileEdit added = m_profiles->store().add(profile);
    if (added.ok()) {
        output::toStdout(u"Added profile \"%1\" (%2); its client secret is in the system "
                         "keychain.\n"_s.arg(profile.name, profile.baseUrl.toString()));
        return Q_EMIT finished(ExitOk);
    }
    output::toStderr(added.problem);
    // Take the secret back out: no keychain entry without its profile.
    m_profiles->secrets().remove(profile.secretKey(), this,
                                 [this](const SecretResult &) { Q_EMIT finished(ExitUnexpected); });
}

std::optional<int> ProfileCommands::remove()
{
    const QString name = m_invocation.argument(0);
    const std::optional<Profile> profile = m_profiles->store().find(name);
    if (!profile) {
        output::toStderr(
            u"there is no profile named \"%1\" (see: vzapsctl profile list)"_s.arg(name.trimmed()));
        return ExitNotFound;
    }
    m_profiles->store().remove(profile->id, this, [this, profile](const SecretResult &result) {
        output::toStdout(u"Removed profile \"%1\".\n"_s.arg(profile->name));
        switch (result.status) {
        case SecretResult::Status::Ok:
        case SecretResult::Status::NotFound:
            return Q_EMIT finished(ExitOk);
        case SecretResult::Status::Unavailable:
            output::toStderr(
                u"note: the system keychain is not available (%1); if it holds a "
                "secret of this profile, delete it there (service \"%2\", key "
                "\"%3\")."_s.arg(result.message, identity::kSecretService, profile->secretKey()));
            return Q_EMIT finished(ExitOk);
        case SecretResult::Status::Failed:
            break;
        }
        output::toStderr(
            u"could not delete the client secret of profile \"%1\" from the system "
            "keychain (%2); delete it there (service \"%3\", key \"%4\")."_s.arg(
                profile->name, result.message, identity::kSecretService, profile->secretKey()));
        Q_EMIT finished(ExitUnexpected);
    });
    return std::nullopt;
}

int profileSecretFailure(const QString &profileName, const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        break;
    case SecretResult::Status::NotFound:
        return usageError(
            u"profile \"%1\" has no client secret in the system keychain: set "
            "VZAPS_CLIENT_SECRET, or remove the profile and add it again"_s.arg(profileName));
    case SecretResult::Status::Unavailable:
        return usageError(u"the system keychain is not available (%1), so the client secret of "
                          "profile \"%2\" cannot be read: set VZAPS_CLIENT_SECRET"_s.arg(
                              result.message, profileName));
    case SecretResult::Status::Failed:
        output::toStderr(u"could not read the client secret of profile \"%1\" from the system "
                         "keychain (%2)"_s.arg(profileName, result.message));
        return ExitUnexpected;
    }
    return ExitUnexpected;
}

QString readSecretLine(const QString &prompt)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    // At a terminal: ask, and keep the secret off the screen.
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#else
    Q_UNUSED(prompt);
#endif
    const QByteArray line = in.readLine(kMaxSecretLength);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return QString::fromUtf8(line).trimmed();
}

} // namespace vzapsctl
