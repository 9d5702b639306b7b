#include "app/vzaps-desk/AccountController.h"

#include "core/accounts/ProfileStore.h"
#include "core/api/ApiClient.h"
#include "core/api/UrlGuard.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/LiveUpdates.h"
#include "core/settings/SecretStore.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

AccountController::AccountController(ApiClient &client, ui::MainWindow &window,
                                     ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_profiles(profiles)
    , m_secrets(profiles.secrets())
    , m_menu(new QMenu(tr("&Account"), &window))
{
    m_menu->setObjectName(u"accountMenu"_s);
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &AccountController::rebuildMenu);
    connect(&m_window, &ui::MainWindow::signInRequested, this, [this] { showSignIn(); });
    rebuildMenu();
}

void AccountController::start(const QString &name)
{
    std::optional<Profile> profile;
    if (!name.isEmpty()) {
        profile = m_profiles.find(name);
        if (!profile) {
            m_window.showSetupPage(tr("There is no saved account called “%1”.").arg(name));
            return showSignIn();
        }
    }
    if (!profile)
        profile = m_profiles.findById(m_profiles.lastUsedId());
    if (!profile && !m_profiles.profiles().isEmpty())
        profile = m_profiles.profiles().first();
    if (!profile) {
        m_window.showSetupPage();
        return showSignIn();
    }
    switchTo(profile->id);
}

void AccountController::switchTo(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles.findById(profileId);
    if (!profile)
        return;
    m_secrets.read(
        profile->secretKey(), this, [this, profile = *profile](const SecretResult &result) {
            if (!result.ok()) {
                m_window.showSetupPage(
                    result.status == SecretResult::Status::NotFound
                        ? tr("The client secret of “%1” is not saved here; enter it again.")
                              .arg(profile.name)
                        : tr("The client secret of “%1” could not be read: %2")
                              .arg(profile.name, result.message));
                return showSignIn(profile.id);
            }
            connectTo(profile, result.secret);
        });
}

void AccountController::switchToAsked(const QString &name)
{
    const std::optional<Profile> profile = m_profiles.find(name);
    if (!profile) {
        // The name came from another process: shown on one line and cut to a readable size.
        QString shown = name.simplified();
        if (shown.size() > 100)
            shown = shown.left(100) + u'…';
        return m_window.showMessage(tr("There is no saved account called “%1”.").arg(shown));
    }
    if (profile->id == m_currentId && !m_usingSandbox)
        return;
    if (!closeDialogsAsking())
        return m_window.showMessage(tr("Not switched to “%1”: a dialog has unsaved input. Close "
                                       "it, then choose the account in the account menu.")
                                        .arg(profile->name));
    switchTo(profile->id);
}

bool AccountController::closeDialogsAsking()
{
    if (m_signIn && m_signIn->isVisible() && !m_signIn->close())
        return false;
    return m_window.launcher().closeAsking();
}

void AccountController::connectTo(const Profile &profile, const QString &secret)
{
    // Dialogs and waiting panels act on the account they were opened for: they go first.
    m_window.launcher().closeAll();
    // A new base URL or credentials cancel what is in flight and drop the access token.
    const QUrl baseUrl = m_baseUrlOverride.isEmpty() ? profile.baseUrl : m_baseUrlOverride;
    m_client.setBaseUrl(baseUrl);
    m_client.setCredentials(profile.clientToken, secret);
    // Another server given on the command line has its own realtime host, not the profile's.
    m_window.liveUpdates().setConfiguredRealtimeUrl(
        m_baseUrlOverride.isEmpty() ? profile.realtimeUrl : QUrl());
    m_window.controller().clear();
    m_currentId = profile.id;
    m_usingSandbox = false;
    m_profiles.setLastUsedId(profile.id);
    const bool sandbox = urlguard::isLoopbackHost(baseUrl.host());
    m_window.setConnectionInfo({sandbox, profile.name});
    rebuildMenu();
    m_window.start();
}

void AccountController::useSandbox()
{
    m_window.launcher().closeAll();
    m_currentId.clear();
    m_usingSandbox = true;
    m_window.liveUpdates().setConfiguredRealtimeUrl({}); // the sandbox's own host
    rebuildMenu();
}

ui::SignInDialog *AccountController::signInDialog() const
{
    return m_signIn;
}

void AccountController::showSignIn(const QString &profileId)
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new ui::SignInDialog(&m_window);
    QStringList taken;
    const QList<Profile> all = m_profiles.profiles();
    for (const Profile &profile : all) {
        if (profile.id != profileId)
            taken.append(profile.name);
    }
    m_signIn->setTakenNames(taken);
    if (const auto editing = m_profiles.findById(profileId))
        m_signIn->setProfile(*editing);
    connect(m_signIn, &ui::SignInDialog::profileAccepted, this, &AccountController::saveAccepted);
    connect(m_signIn, &ui::SignInDialog::sandboxRequested, this,
            &AccountController::sandboxRequested);
    // The window first: a dialog mapped before its parent window can end up behind it.
    if (!m_window.isVisible())
        m_window.show();
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void AccountController::saveAccepted(const Profile &profile, const QString &secret)
{
    const bool known = m_profiles.findById(profile.id).has_value();
    const ProfileEdit edit = known ? m_profiles.update(profile) : m_profiles.add(profile);
    if (!edit.ok())
        return m_window.showSetupPage(edit.problem);
    if (secret.isEmpty()) // an edit that keeps the stored secret
        return switchTo(edit.profile.id);
    m_secrets.write(edit.profile.secretKey(), secret, this,
                    [this, saved = edit.profile, secret](const SecretResult &result) {
                        // Not remembered is no reason to stop working: this run signs in.
                        if (!result.ok())
                            m_window.showNotice(tr("The client secret of “%1” was not saved: %2")
                                                    .arg(saved.name, result.message));
                        connectTo(saved, secret);
                    });
}

void AccountController::removeProfile(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles.findById(profileId);
    if (!profile)
        return;
    m_profiles.remove(profileId, this, [this, name = profile->name](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            m_window.showNotice(tr("“%1” was removed, but its secret could not be deleted "
                                   "from the keychain: %2")
                                    .arg(name, result.message));
    });
    if (profileId == m_currentId) {
        m_currentId.clear();
        m_client.cancelAll();
        m_client.setCredentials({}, {});
        m_window.controller().clear();
        start();
    }
}

void AccountController::confirmRemoval(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles.findById(profileId);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                tr("Remove “%1” from VZaps Desk? Its client secret is deleted "
                                   "from the keychain; the account itself is not touched.")
                                    .arg(profile->name),
                                QMessageBox::Cancel, &m_window);
    box->setObjectName(u"removeAccountBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveAccountButton"_s);
    connect(remove, &QPushButton::clicked, this, [this, profileId] { removeProfile(profileId); });
    box->open(); // never exec(): the window keeps running
}

void AccountController::confirmSandboxReset()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset sandbox data"),
                                tr("Start the sandbox again from its demo data? Every instance "
                                   "created, changed or deleted in it since is lost. The action "
                                   "log keeps its entries."),
                                QMessageBox::Cancel, &m_window);
    box->setObjectName(u"resetSandboxBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *reset = box->addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    reset->setObjectName(u"confirmResetSandboxButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(reset, &QPushButton::clicked, this, &AccountController::sandboxResetRequested);
    box->open();
}

void AccountController::rebuildMenu()
{
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    const QList<Profile> all = m_profiles.profiles();
    for (const Profile &profile : all) {
        QAction *entry = m_menu->addAction(profile.name);
        entry->setObjectName(u"account_"_s + profile.id);
        entry->setToolTip(profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        entry->setCheckable(true);
        entry->setChecked(profile.id == m_currentId);
        group->addAction(entry);
        connect(entry, &QAction::triggered, this, [this, id = profile.id] { switchTo(id); });
    }
    if (!all.isEmpty())
        m_menu->addSeparator();
    QAction *add = m_menu->addAction(tr("&Add account…"));
    add->setObjectName(u"addAccountAction"_s);
    connect(add, &QAction::triggered, this, [this] { showSignIn(); });
    const bool signedIn = !m_currentId.isEmpty();
    const QString whyNot = m_usingSandbox ? tr("The sandbox is not a saved account.")
                                          : tr("No saved account is in use.");
    QAction *edit = m_menu->addAction(tr("&Edit this account…"));
    edit->setObjectName(u"editAccountAction"_s);
    edit->setEnabled(signedIn);
    edit->setToolTip(signedIn ? tr("Change the name, address or credentials") : whyNot);
    connect(edit, &QAction::triggered, this, [this] { showSignIn(m_currentId); });
    QAction *remove = m_menu->addAction(tr("&Remove this account"));
    remove->setObjectName(u"removeAccountAction"_s);
    remove->setEnabled(signedIn);
    remove->setToolTip(signedIn ? tr("Forget this account and its secret") : whyNot);
    connect(remove, &QAction::triggered, this, [this] { confirmRemoval(m_currentId); });
    m_menu->addSeparator();
    QAction *sandbox = m_menu->addAction(tr("Use the &sandbox"));
    sandbox->setObjectName(u"useSandboxAction"_s);
    sandbox->setCheckable(true);
    sandbox->setChecked(m_usingSandbox);
    group->addAction(sandbox);
    connect(sandbox, &QAction::triggered, this, &AccountController::sandboxRequested);
    QAction *reset = m_menu->addAction(tr("Reset sandbox &data…"));
    reset->setObjectName(u"resetSandboxAction"_s);
    reset->setEnabled(m_usingSandbox);
    reset->setToolTip(m_usingSandbox ? tr("Start the sandbox again from its demo data")
                                     : tr("The sandbox is not in use."));
    connect(reset, &QAction::triggered, this, &AccountController::confirmSandboxReset);
    m_menu->setToolTipsVisible(true); // a disabled item says why

    const std::optional<Profile> current = m_profiles.findById(m_currentId);
    m_menu->setTitle(current ? current->name : m_usingSandbox ? tr("Sandbox") : tr("Account"));
    m_window.setAccountMenu(m_menu);
}

} // namespace vzaps::desk
