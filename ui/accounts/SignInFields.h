#pragma once

#include "core/accounts/Profile.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLineEdit;

namespace vzaps::ui {

// The fields of a profile in the sign-in dialog, and what makes them valid:
// name ("profileNameEdit"), server address ("baseUrlEdit"), realtime address
// ("realtimeUrlEdit", empty for the server's usual one, which it shows greyed), client token
// ("clientTokenEdit") and client secret ("clientSecretEdit", never shown). When a
// profile is being edited, an empty secret means "keep the stored one".
class SignInFields : public QWidget
{
    Q_OBJECT
public:
    explicit SignInFields(QWidget *parent = nullptr);

    // Fills the fields from `profile` and switches to editing it. `storedSecret` may
    // be empty; it is used to test the connection only.
    void setProfile(const Profile &profile, const QString &storedSecret);
    void setTakenNames(const QStringList &names);
    // An unlabelled row under the fields, aligned with them.
    void addRow(QLayout *row);

    bool isEditing() const { return m_original.has_value(); }
    Profile profile() const;        // as entered, trimmed; a new profile gets a fresh id
    QString enteredSecret() const;  // trimmed; empty when editing means "unchanged"
    QString secretForCheck() const; // the entered secret, else the stored one
    // Editing, with the address, token and secret as stored: saving needs no check.
    bool connectionUnchanged() const;

    // Why the profile cannot be saved yet; empty when it can.
    QString problem() const;
    // Why the connection cannot be tested yet; empty when it can.
    QString checkProblem() const;
    // Whether any field differs from what it held when the dialog filled it (the default
    // address of a new account, the stored values of an edited one): closing would lose it.
    bool hasTypedInput() const;
    // Where typing starts: the first empty field (an edited profile's secret field is empty
    // on purpose and does not count), else the name.
    QWidget *firstEmptyField() const;

Q_SIGNALS:
    void nameChanged();       // or the realtime address: what may be saved, not the connection
    void connectionChanged(); // address, token or secret

private:
    QString connectionProblem(bool forSave) const;
    void showUsualRealtimeUrl();
    QStringList texts() const;

    QFormLayout *m_layout;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_realtimeUrl;
    QLineEdit *m_token;
    QLineEdit *m_secret;
    std::optional<Profile> m_original;
    QString m_storedSecret;
    QString m_newId;
    QStringList m_takenNames;
    QStringList m_filledTexts; // the fields' texts before the user typed
};

} // namespace vzaps::ui
