#pragma once

#include "core/accounts/Profile.h"

#include <QObject>
#include <QPointer>

class QMenu;

namespace vzaps {
class ApiClient;
class ProfileStore;
class SecretStore;
} // namespace vzaps

namespace vzaps::ui {
class MainWindow;
class SignInDialog;
} // namespace vzaps::ui

namespace vzaps::desk {

// The accounts of one vzaps-desk window: signs in with a saved profile, offers
// the account switcher (a menu on the window's toolbar), adds, edits and removes
// profiles through the sign-in dialog, and switches accounts cleanly: what is in flight
// is cancelled, the old access token dropped and the table cleared before the other
// account loads. Profiles and secrets come from the stores it is given.
class AccountController : public QObject
{
    Q_OBJECT
public:
    AccountController(ApiClient &client, ui::MainWindow &window, ProfileStore &profiles,
                      QObject *parent = nullptr);

    // Signs in with the profile called `name`, else the last one used, else the first;
    // with none saved, asks for an account.
    void start(const QString &name = {});
    void switchTo(const QString &profileId);
    // The sign-in dialog, for a new profile or to edit `profileId`.
    void showSignIn(const QString &profileId = {});
    void removeProfile(const QString &profileId);

    // Another start of vzaps-desk asked for the saved account `name` (--profile NAME): switches
    // to it as the menu does, unless it is the one in use already or there is none of that
    // name (the status bar says so). A dialog with typed input asks about it first; while it
    // does, nothing switches.
    void switchToAsked(const QString &name);
    // Closes the dialogs that act on the current account as their Cancel would: false, with
    // that dialog still open, while one with typed input asks whether to discard it.
    bool closeDialogsAsking();

    // The window now talks to the embedded sandbox: no saved account is in use, and the
    // switcher says so.
    void useSandbox();
    bool usingSandbox() const { return m_usingSandbox; }

    // --base-url: this run talks to `url` whatever the profile says (not saved).
    void setBaseUrlOverride(const QUrl &url) { m_baseUrlOverride = url; }

    QString currentProfileId() const { return m_currentId; }
    ui::SignInDialog *signInDialog() const; // the open one, if any
    // The switcher's menu; rebuilt whenever the profiles change.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // "Try the sandbox" or the menu's sandbox entry.
    void sandboxRequested();
    // "Reset sandbox data…", confirmed: the sandbox is to start again from its demo data.
    void sandboxResetRequested();

private:
    void saveAccepted(const Profile &profile, const QString &secret);
    void connectTo(const Profile &profile, const QString &secret);
    void confirmRemoval(const QString &profileId);
    void confirmSandboxReset();
    void rebuildMenu();

    ApiClient &m_client;
    ui::MainWindow &m_window;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QString m_currentId;
    bool m_usingSandbox = false;
    QUrl m_baseUrlOverride;
    QMenu *m_menu;
    QPointer<ui::SignInDialog> m_signIn;
};

} // namespace vzaps::desk
