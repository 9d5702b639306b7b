#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace vzaps {
class AppSettings;
class SecretStore;
} // namespace vzaps

namespace vzaps::ui {

class ProxyGroup;

// The Settings dialog: auto-refresh, default page size, request timeout,
// type-to-confirm, desktop notifications, network proxy, and "Reset window layout". It sends no API
// request, so it is not an ActionDialog, but it looks and behaves like one: OK is disabled with the
// reason beside it until the input is valid, a failure keeps everything typed.
//
// OK writes the preferences to AppSettings at once, then the proxy password to the
// SecretStore (only when the user changed it; an empty password removes it). If that write
// fails, the other settings stay saved (they do not depend on the keychain), the dialog
// stays open with the message and the typed password, and OK tries the password again.
// Open it non-modally with show() or open(); it deletes itself when closed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The sentence beside the disabled OK button; empty when OK may be pressed.
    QString problem() const;
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override; // saves; closes once the password is stored too

Q_SIGNALS:
    // AppSettings were written and the proxy password settled (stored, or its write
    // failed): apply them (AppSettings::applyTo() with the SecretStore, and the rest).
    void settingsSaved();
    // "Reset window layout" was pressed; it does not wait for OK and Cancel keeps it.
    void resetLayoutRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createGeneralGroup();
    QWidget *createNotificationsGroup();
    QWidget *createWindowGroup();
    void updateOkButton();
    void savePassword();
    void finishSaving(const QString &failure);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QComboBox *m_autoRefresh;
    QComboBox *m_pageSize;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_timeout;
    QCheckBox *m_typeToConfirm;
    QCheckBox *m_notifyDisconnects;
    QCheckBox *m_notifyConnects;
    ProxyGroup *m_proxy;
    QPushButton *m_resetLayout;
    QLabel *m_resetLayoutNote;
    QLabel *m_problemLabel;
    QLabel *m_failure;
    QLabel *m_savingLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_saving = false;
};

} // namespace vzaps::ui
