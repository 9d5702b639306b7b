#pragma once

#include "core/settings/ProxySettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vzaps {
class SecretStore;
}

namespace vzaps::ui {

// The "Network proxy" part of the Settings dialog: the mode, and for a manual proxy its
// host, port, user and password. The password comes from the SecretStore, read only once
// a manual mode is shown (so opening the dialog does not touch the keychain otherwise);
// until it arrives the field is read-only with a placeholder. Saving is the dialog's job.
class ProxyGroup : public QGroupBox
{
    Q_OBJECT
public:
    ProxyGroup(const ProxySettings &settings, SecretStore &secrets, QWidget *parent = nullptr);

    ProxySettings settings() const;
    // Why these settings cannot be saved, for people; empty when they can.
    QString problem() const;

    // True when the user changed the password read from the store (a password that could
    // not be read counts as empty). Never true before the read has finished.
    bool passwordEdited() const;
    QString password() const;
    // The password now in the field is the one in the store.
    void markPasswordSaved();

Q_SIGNALS:
    void edited(); // any field changed, or the password finished loading

private:
    enum class PasswordState { NotRead, Reading, Read };

    void updateFields();
    void readPasswordOnce();
    void showNote(const QString &text);

    SecretStore &m_secrets;
    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_note;

    PasswordState m_passwordState = PasswordState::NotRead;
    QString m_savedPassword; // what the store holds, to tell whether the user changed it
    QString m_readProblem;   // why the saved password could not be read
};

} // namespace vzaps::ui
