#pragma once

#include "core/accounts/Profile.h"
#include "core/api/ConnectionCheck.h"

#include <QDialog>

#include <chrono>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace vzaps::ui {

class ConnectionResultView;
class SignInFields;

// Sign in to a VZaps account, add one, or edit one: a name, the server
// address, the client token and secret, "Test connection" and "Try the sandbox".
//
// The dialog saves nothing: it emits profileAccepted() and closes, and the caller
// stores the profile and the secret. Credentials are checked before that: Save runs the
// connection check unless one already passed for the values shown, and accepts only
// when it passes. When the check could not reach the server (unreachable, timeout)
// the credentials may still be right, so "Save anyway" appears; a refused secret, a
// TLS failure or a broken server never lets them through. Editing a profile without
// touching its address, token or secret (a rename) needs no check.
//
// Editing a connection field cancels a running check; closing the dialog cancels it too.
// Non-modal: open it with open() or show(); it deletes itself when closed.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr); // for a new profile
    ~SignInDialog() override;

    // Edits `profile` instead: the fields are filled and an empty secret field means
    // "keep the stored secret". `storedSecret`, when the caller has it, is used by the
    // connection check only; it is never shown.
    void setProfile(const Profile &profile, const QString &storedSecret = {});
    // Names of the other profiles; the new name must differ from each (ignoring case).
    void setTakenNames(const QStringList &names);
    void setCheckTimeout(std::chrono::milliseconds timeout);

    bool isEditing() const;
    // Why Save is disabled; empty when the input is complete.
    QString problem() const;
    bool isChecking() const;
    // The profile as entered (a new one gets a fresh id).
    Profile profile() const;

public Q_SLOTS:
    // Escape, Cancel and the close button: asks first when something was typed.
    void reject() override;

Q_SIGNALS:
    // The user confirmed these values; `secret` is empty when an edited profile keeps
    // its stored secret. The dialog closes right after.
    void profileAccepted(const vzaps::Profile &profile, const QString &secret);
    // "Try the sandbox": the caller starts the embedded sandbox. The dialog closes.
    void sandboxRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSandboxRow();
    void onConnectionEdited();
    void updateState();
    void startCheck(bool saveWhenPassed);
    void onCheckFinished(const ConnectionCheck::Outcome &outcome);
    void onSaveClicked();
    void acceptProfile(); // emits profileAccepted and closes

    ConnectionCheck *m_check;
    QLabel *m_intro;
    SignInFields *m_fields;
    QPushButton *m_test;
    QLabel *m_testHint;
    ConnectionResultView *m_result;
    QLabel *m_problem;
    QWidget *m_sandboxRow;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_saveAnyway;

    bool m_shown = false;           // the first show places the focus
    bool m_checkPassed = false;     // a check passed for the connection values shown
    bool m_saveWhenPassed = false;  // Save started the running check
    bool m_offerSaveAnyway = false; // the last check could not reach the server
    bool m_discarding = false;      // the user agreed to lose what was typed
};

} // namespace vzaps::ui
