#pragma once

#include "core/api/ApiClient.h"
#include "core/settings/AppSettings.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class QTemporaryDir;

namespace vzsandbox {
class EmbeddedSandbox;
}

namespace vzaps {
class InstanceListController;
class ProfileStore;
class SecretStore;
} // namespace vzaps

namespace vzaps::ui {
class MainWindow;
class SettingsDialog;
} // namespace vzaps::ui

namespace vzaps::desk {

class AccountController;
class DeskNotifications;
class FirstPagePrefetch;

// What vzaps-desk was asked to do.
struct LaunchOptions {
    bool sandbox = false; // start the sandbox in-process and sign in to it
    QUrl baseUrl;         // empty: VZAPS_BASE_URL, else ApiClient::defaultBaseUrl()
    QString clientToken;  // VZAPS_CLIENT_TOKEN
    QString clientSecret; // VZAPS_CLIENT_SECRET (kept in memory only, never in settings)
    QString profile;      // --profile NAME: a saved account
};

struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    LaunchOptions options;
    QString text; // help or version text, or the error for Fail
};

// Parses the arguments (the first one is the program name) and reads the credentials
// from `environment`. Needs a QCoreApplication for the help text.
CommandLine parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment);

// True when the raw arguments ask only for text (--help, --version): no GUI needed.
bool wantsTextOnly(int argc, char **argv);

// One running vzaps-desk: the API client, the in-process sandbox when asked for, the
// window. Problems (no credentials, a sandbox that does not start) show on the window's
// setup page; nothing here exits, and nothing waits but for the font warm-up (FontWarmUp.h)
// before the window is built.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    // `secrets` is where client secrets live: by default the system keychain, falling
    // back to memory for this run when there is none. Tests give an in-memory store.
    explicit DeskSession(LaunchOptions options, std::unique_ptr<SecretStore> secrets = {},
                         QObject *parent = nullptr);
    ~DeskSession() override;

    // Starts the sandbox if asked, points the client at the server, loads the first page.
    void start();
    // Shows the window once the first page (or an error, or the setup page) is there, or
    // after `cap` at the latest: one first paint with content instead of a loading flash.
    void showWhenReady(std::chrono::milliseconds cap = std::chrono::milliseconds(300));

    ui::MainWindow *window() const { return m_window.get(); }
    ApiClient &client() { return m_client; }
    vzsandbox::EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }
    AccountController &accounts() const { return *m_accounts; }
    // Built with the live updates, after the first paint (null until then).
    DeskNotifications *notifications() const { return m_notifications; }
    ProfileStore &profiles() const { return *m_profiles; }
    AppSettings &settings() { return m_settings; }

    // Another start of vzaps-desk asked for this one (RunningDesk.h): brings the window to
    // the front (shown, not minimized, active), then switches to the saved account `profile`
    // or, with `sandbox`, to the sandbox, as the account menu would. A dialog with typed
    // input is asked about first; it may keep the account as it is.
    void activate(const QString &profile, bool sandbox = false);

    // Where --sandbox keeps its demo data between runs: sandbox-state.sqlite in the app's
    // data folder, so yesterday's instances (and the log entries about them) are still there.
    static QString sandboxStatePath();
    // Starts the sandbox again from fresh demo data and reloads the window (the account
    // menu's "Reset sandbox data…", after it asked).
    void resetSandbox();

private:
    // false: the window says why. `fresh` drops the kept demo data first.
    bool startSandbox(bool fresh = false);
    bool usesEnvironmentCredentials() const;
    // With credentials at hand, has the first page fetched on a worker thread while the
    // window is built; the controller expecting it is for the window to take over
    // (nullptr: start() asks).
    InstanceListController *startFirstPageEarly();
    void openSettings();
    void applySettings();

    LaunchOptions m_options;
    ApiClient m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    AppSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_sandboxDir;
    std::unique_ptr<vzsandbox::EmbeddedSandbox> m_sandbox; // from the sandbox plugin
    std::unique_ptr<FirstPagePrefetch> m_firstPage;        // its thread ends once it is done
    std::unique_ptr<ui::MainWindow> m_window;              // goes before what it uses
    AccountController *m_accounts = nullptr;
    DeskNotifications *m_notifications = nullptr;
    QPointer<ui::SettingsDialog> m_settingsDialog;
};

} // namespace vzaps::desk
