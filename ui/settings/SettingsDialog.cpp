#include "ui/settings/SettingsDialog.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "ui/common/GrowToFit.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/settings/ProxyGroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QLabel *messageLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = named(wrappedLabel(objectName, Qt::AlignLeft), objectName, accessibleName);
    label->setTextFormat(Qt::PlainText); // a keychain's message is never markup
    label->hide();
    return label;
}

QString autoRefreshText(int seconds)
{
    switch (seconds) {
    case 0:
        return SettingsDialog::tr("Off");
    case 15:
        return SettingsDialog::tr("Every 15 seconds");
    case 30:
        return SettingsDialog::tr("Every 30 seconds");
    case 60:
        return SettingsDialog::tr("Every minute");
    case 300:
        return SettingsDialog::tr("Every 5 minutes");
    default:
        return SettingsDialog::tr("Every %1 seconds").arg(seconds);
    }
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_autoRefresh(named(new QComboBox, u"autoRefreshCombo"_s, tr("Auto-refresh")))
    , m_pageSize(named(new QComboBox, u"pageSizeCombo"_s, tr("Default rows per page")))
    , m_language(named(new QComboBox, u"languageCombo"_s, tr("Language")))
    , m_languageNote(messageLabel(u"languageNote"_s, tr("About the language")))
    , m_timeout(named(new QSpinBox, u"timeoutSpin"_s, tr("Request timeout in seconds")))
    , m_typeToConfirm(named(new QCheckBox(tr("Ask me to type the instance name")),
                            u"typeToConfirmCheck"_s,
                            tr("Type the instance name to confirm delete and cancel")))
    , m_notifyDisconnects(named(new QCheckBox(tr("When a watched instance &disconnects")),
                                u"notifyDisconnectsCheck"_s,
                                tr("Notify when a watched instance disconnects")))
    , m_notifyConnects(named(new QCheckBox(tr("When a watched instance &connects")),
                             u"notifyConnectsCheck"_s,
                             tr("Notify when a watched instance connects")))
    , m_proxy(new ProxyGroup(settings.proxy(), secrets))
    , m_resetLayout(named(new QPushButton(tr("Reset window layout")), u"resetLayoutButton"_s,
                          tr("Reset window layout")))
    , m_resetLayoutNote(messageLabel(u"resetLayoutNote"_s, tr("About the window layout")))
    , m_problemLabel(messageLabel(u"problemLabel"_s, tr("Why OK is disabled")))
    , m_failure(messageLabel(u"failureLabel"_s, tr("What went wrong")))
    , m_savingLabel(messageLabel(u"savingLabel"_s, tr("Progress")))
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel),
                      u"buttons"_s, tr("Dialog buttons")))
    , m_ok(named(m_buttons->button(QDialogButtonBox::Ok), u"okButton"_s, tr("OK")))
{
    named(this, u"settingsDialog"_s, tr("Settings"));
    setWindowTitle(tr("Settings"));
    setModal(false); // people may keep it open beside the table
    setAttribute(Qt::WA_DeleteOnClose);
    named(m_buttons->button(QDialogButtonBox::Cancel), u"cancelButton"_s, tr("Cancel"));

    const Preferences preferences = settings.preferences();
    for (int seconds : Preferences::autoRefreshChoices())
        m_autoRefresh->addItem(autoRefreshText(seconds), seconds);
    m_autoRefresh->setCurrentIndex(m_autoRefresh->findData(preferences.autoRefreshSeconds));
    for (int size : Preferences::pageSizeChoices())
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(m_pageSize->findData(preferences.defaultPageSize));
    // Each language in its own words, so it can be found by someone who cannot read the other.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Português (Brasil)"_s, u"pt_BR"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_languageNote->setText(tr("The new language shows the next time VZaps Desk starts."));
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this, saved = preferences.language] {
                m_languageNote->setVisible(m_language->currentData().toString() != saved);
                growToFit(this);
            });
    m_timeout->setRange(Preferences::kMinTimeoutSeconds, Preferences::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" seconds"));
    m_timeout->setValue(preferences.requestTimeoutSeconds);
    m_typeToConfirm->setChecked(preferences.typeToConfirm);
    m_notifyDisconnects->setChecked(preferences.notifyDisconnects);
    m_notifyConnects->setChecked(preferences.notifyConnects);

    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_failure->setStyleSheet(u"color: #b3261e;"_s);
    m_savingLabel->setText(tr("Saving the proxy password…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createGeneralGroup());
    layout->addWidget(createNotificationsGroup());
    layout->addWidget(m_proxy);
    layout->addWidget(createWindowGroup());
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_failure);
    layout->addWidget(m_savingLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_proxy, &ProxyGroup::edited, this, &SettingsDialog::updateOkButton);
    connect(m_resetLayout, &QPushButton::clicked, this, [this] {
        Q_EMIT resetLayoutRequested();
        m_resetLayoutNote->setText(tr("Done: the window size, the splitter and the table's "
                                      "columns are back to their defaults."));
        growToFit(this);
    });
    updateOkButton();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneralGroup()
{
    auto *group = named(new QGroupBox(tr("General")), u"generalGroup"_s, tr("General"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Auto-refresh:"), m_autoRefresh);
    form->addRow(tr("Default &rows per page:"), m_pageSize);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("Delete and cancel:"), m_typeToConfirm);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    return group;
}

QWidget *SettingsDialog::createNotificationsGroup()
{
    auto *group = named(new QGroupBox(tr("Desktop notifications")), u"notificationsGroup"_s,
                        tr("Desktop notifications"));
    auto *column = new QVBoxLayout(group);
    column->addWidget(m_notifyDisconnects);
    column->addWidget(m_notifyConnects);
    auto *note = wrappedLabel(u"notificationsNote"_s, Qt::AlignLeft);
    note->setText(tr("Watched instances are those pinned with Watch live."));
    note->setAccessibleName(note->text());
    note->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(note);
    return group;
}

QWidget *SettingsDialog::createWindowGroup()
{
    auto *group = named(new QGroupBox(tr("Window")), u"windowGroup"_s, tr("Window"));
    m_resetLayoutNote->setText(tr("Puts the window size, the splitter and the table's columns "
                                  "back to their defaults, at once."));
    m_resetLayoutNote->show();
    auto *row = new QHBoxLayout(group);
    row->addWidget(m_resetLayout, 0, Qt::AlignTop);
    row->addWidget(m_resetLayoutNote, 1);
    return group;
}

QString SettingsDialog::problem() const
{
    return m_proxy->problem();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void SettingsDialog::updateOkButton()
{
    const QString problem = this->problem();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    setEnabledSaying(m_ok, !m_saving && problem.isEmpty(),
                     !problem.isEmpty() ? problem : tr("Saving the settings…"));
    growToFit(this);
}

void SettingsDialog::accept()
{
    // Enter pressed twice, or while the reason OK is disabled still shows, does nothing.
    if (m_saving || !problem().isEmpty())
        return;
    m_failure->hide();
    Preferences preferences = m_settings.preferences(); // and what the dialog does not show
    preferences.autoRefreshSeconds = m_autoRefresh->currentData().toInt();
    preferences.defaultPageSize = m_pageSize->currentData().toInt();
    preferences.requestTimeoutSeconds = m_timeout->value();
    preferences.typeToConfirm = m_typeToConfirm->isChecked();
    preferences.notifyDisconnects = m_notifyDisconnects->isChecked();
    preferences.notifyConnects = m_notifyConnects->isChecked();
    preferences.language = m_language->currentData().toString();
    preferences.proxy = m_proxy->settings();
    m_settings.save(preferences);

    if (m_proxy->passwordEdited())
        savePassword();
    else
        finishSaving({});
}

void SettingsDialog::savePassword()
{
    m_saving = true;
    m_proxy->setEnabled(false); // the password must not change while it is being written
    m_savingLabel->show();
    updateOkButton();

    const QString password = m_proxy->password();
    auto done = [this, removing = password.isEmpty()](const SecretResult &result) {
        // Removing a password that was never stored leaves the store as wanted.
        const bool stored =
            result.ok() || (removing && result.status == SecretResult::Status::NotFound);
        if (stored)
            m_proxy->markPasswordSaved();
        finishSaving(stored ? QString()
                            : tr("The other settings were saved, but the proxy password was "
                                 "not: %1")
                                  .arg(result.message));
    };
    if (password.isEmpty())
        m_secrets.remove(AppSettings::proxyPasswordKey(), this, done);
    else
        m_secrets.write(AppSettings::proxyPasswordKey(), password, this, done);
}

void SettingsDialog::finishSaving(const QString &failure)
{
    m_saving = false;
    m_proxy->setEnabled(true);
    m_savingLabel->hide();
    Q_EMIT settingsSaved();
    if (failure.isEmpty()) {
        if (isVisible()) // not after Cancel during the write
            QDialog::accept();
        return;
    }
    m_failure->setText(failure);
    m_failure->show();
    updateOkButton();
}

} // namespace vzaps::ui
