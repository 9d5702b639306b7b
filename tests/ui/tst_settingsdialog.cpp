// The Settings dialog, offscreen: prefilled from AppSettings, OK saves, a manual
// proxy needs a host and a port, the proxy password goes to the SecretStore only (read when
// a manual proxy shows, written only when changed), a failed write keeps the dialog open,
// and "Reset window layout" asks the main window. VZAPS_SHOT_DIR=/tmp saves grabs there.
#include "core/settings/AppSettings.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/FakeSecretStore.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/support/Keyboard.h"
#include "tests/support/Shots.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using vzaps::test::FakeSecretStore;

namespace vzaps::ui {

namespace {

const QString kPassword = u"pw-Xy72-only-in-the-store"_s;

template<typename W>
W *child(QWidget *dialog, const QString &name)
{
    return dialog->findChild<W *>(name);
}

Preferences savedManualProxy()
{
    Preferences preferences;
    preferences.autoRefreshSeconds = 60;
    preferences.defaultPageSize = 100;
    preferences.requestTimeoutSeconds = 90;
    preferences.typeToConfirm = false;
    preferences.notifyConnects = false;
    preferences.proxy.mode = ProxyMode::Socks5;
    preferences.proxy.host = u"proxy.example.test"_s;
    preferences.proxy.port = 1080;
    preferences.proxy.user = u"agent"_s;
    return preferences;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<FakeSecretStore> m_store;
    QPointer<SettingsDialog> m_dialog;

    SettingsDialog *openDialog()
    {
        m_dialog = new SettingsDialog(*m_settings, *m_store);
        m_dialog->show();
        return m_dialog;
    }
    QLineEdit *passwordEdit() { return child<QLineEdit>(m_dialog, u"proxyPasswordEdit"_s); }
    QPushButton *okButton() { return child<QPushButton>(m_dialog, u"okButton"_s); }
    // Switches to a complete manual HTTP proxy and waits for the saved password.
    void fillManualProxy()
    {
        choose(child<QComboBox>(m_dialog, u"proxyModeCombo"_s), int(ProxyMode::Http));
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"proxyHostEdit"_s), u"proxy.example.test"_s);
        child<QSpinBox>(m_dialog, u"proxyPortSpin"_s)->setValue(3128);
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"proxyUserEdit"_s), u"agent"_s);
        QTRY_VERIFY(!passwordEdit()->isReadOnly());
    }

private Q_SLOTS:
    void initTestCase() { vzaps::testing::isolateSettings(u"tst_settingsdialog"_s); }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        m_settings = std::make_unique<AppSettings>();
        m_store = std::make_unique<FakeSecretStore>();
    }

    void cleanup()
    {
        delete m_dialog;
        m_store.reset();
        m_settings.reset();
    }

    void defaultsShown()
    {
        openDialog();
        QCOMPARE(m_dialog->objectName(), u"settingsDialog"_s);
        QVERIFY(!m_dialog->isModal());
        QCOMPARE(child<QComboBox>(m_dialog, u"autoRefreshCombo"_s)->currentData().toInt(), 30);
        QCOMPARE(child<QComboBox>(m_dialog, u"autoRefreshCombo"_s)->count(), 5);
        QCOMPARE(child<QComboBox>(m_dialog, u"pageSizeCombo"_s)->currentData().toInt(), 50);
        QCOMPARE(child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->value(), 30);
        QVERIFY(child<QCheckBox>(m_dialog, u"typeToConfirmCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(m_dialog, u"notifyDisconnectsCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(m_dialog, u"notifyConnectsCheck"_s)->isChecked());
        QCOMPARE(child<QComboBox>(m_dialog, u"proxyModeCombo"_s)->currentData().toInt(),
                 int(ProxyMode::System));
        QVERIFY(!child<QLineEdit>(m_dialog, u"proxyHostEdit"_s)->isEnabled());
        QVERIFY(okButton()->isEnabled());
        QCOMPARE(m_store->reads, 0); // no manual proxy: the keychain is not touched
        // Every control says what it is, to tests and to assistive technology.
        const auto widgets = m_dialog->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget) ||
                qobject_cast<QPushButton *>(widget)) {
                if (widget->objectName().startsWith("qt_"_L1))
                    continue; // a spin box's or combo's own inner line edit
                QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
                QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(),
                         qPrintable(widget->objectName()));
            }
        }
    }

    void prefilledFromSettings()
    {
        m_settings->save(savedManualProxy());
        m_store->secrets.insert(AppSettings::proxyPasswordKey(), kPassword);
        m_store->holdReads = true;
        openDialog();
        QCOMPARE(child<QComboBox>(m_dialog, u"autoRefreshCombo"_s)->currentData().toInt(), 60);
        QCOMPARE(child<QComboBox>(m_dialog, u"pageSizeCombo"_s)->currentData().toInt(), 100);
        QCOMPARE(child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->value(), 90);
        QVERIFY(!child<QCheckBox>(m_dialog, u"typeToConfirmCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(m_dialog, u"notifyDisconnectsCheck"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(m_dialog, u"notifyConnectsCheck"_s)->isChecked());
        QCOMPARE(child<QComboBox>(m_dialog, u"proxyModeCombo"_s)->currentData().toInt(),
                 int(ProxyMode::Socks5));
        QCOMPARE(child<QLineEdit>(m_dialog, u"proxyHostEdit"_s)->text(), u"proxy.example.test"_s);
        QCOMPARE(child<QSpinBox>(m_dialog, u"proxyPortSpin"_s)->value(), 1080);
        QCOMPARE(child<QLineEdit>(m_dialog, u"proxyUserEdit"_s)->text(), u"agent"_s);

        // The password loads in the background, with a placeholder meanwhile.
        QCOMPARE(passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(passwordEdit()->isReadOnly());
        QVERIFY(passwordEdit()->text().isEmpty());
        QVERIFY(passwordEdit()->placeholderText().contains(u"Loading"_s));
        m_store->releaseReads();
        QTRY_VERIFY(!passwordEdit()->isReadOnly());
        QVERIFY(passwordEdit()->text() == kPassword);
        QCOMPARE(m_store->reads, 1);
    }

    void changingValuesAndOkSaves()
    {
        openDialog();
        QSignalSpy saved(m_dialog, &SettingsDialog::settingsSaved);
        choose(child<QComboBox>(m_dialog, u"autoRefreshCombo"_s), 0);
        choose(child<QComboBox>(m_dialog, u"pageSizeCombo"_s), 20);
        child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->setValue(120);
        QTest::mouseClick(child<QCheckBox>(m_dialog, u"typeToConfirmCheck"_s), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(m_dialog, u"notifyDisconnectsCheck"_s), Qt::LeftButton);
        choose(child<QComboBox>(m_dialog, u"proxyModeCombo"_s), int(ProxyMode::None));
        QTest::mouseClick(okButton(), Qt::LeftButton);

        QCOMPARE(saved.count(), 1);
        QTRY_VERIFY(!m_dialog); // closed and deleted
        const Preferences preferences = AppSettings().preferences();
        QCOMPARE(preferences.autoRefreshSeconds, 0);
        QCOMPARE(preferences.defaultPageSize, 20);
        QCOMPARE(preferences.requestTimeoutSeconds, 120);
        QVERIFY(!preferences.typeToConfirm);
        QVERIFY(!preferences.notifyDisconnects);
        QVERIFY(preferences.notifyConnects);
        QCOMPARE(preferences.proxy.mode, ProxyMode::None);
        QCOMPARE(m_store->writes + m_store->removes, 0);
    }

    void languageIsChosenHereAndSaysWhenItShows()
    {
        openDialog();
        QTRY_COMPARE(QApplication::activeWindow(), m_dialog.data());
        auto *language = child<QComboBox>(m_dialog, u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), QString());  // the system's
        QCOMPARE(language->itemText(2), u"Português (Brasil)"_s); // in its own words
        QLabel *note = child<QLabel>(m_dialog, u"languageNote"_s);
        QVERIFY(!note->isVisible());

        // Alt+L to the combo, End for the last language: the note says when it shows.
        QVERIFY(vzaps::testing::press(Qt::Key_L, Qt::AltModifier));
        QCOMPARE(QApplication::focusWidget(), language);
        QVERIFY(vzaps::testing::press(Qt::Key_End));
        QCOMPARE(language->currentData().toString(), u"pt_BR"_s);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), u"The new language shows the next time VZaps Desk starts."_s);
        QVERIFY(vzaps::testing::press(Qt::Key_Return));
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(AppSettings().preferences().language, u"pt_BR"_s);

        // Reopened: the choice is shown, and going back to it hides the note again.
        openDialog();
        language = child<QComboBox>(m_dialog, u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), u"pt_BR"_s);
        language->setCurrentIndex(0);
        QVERIFY(child<QLabel>(m_dialog, u"languageNote"_s)->isVisible());
        language->setCurrentIndex(2);
        QVERIFY(!child<QLabel>(m_dialog, u"languageNote"_s)->isVisible());
    }

    void cancelSavesNothing()
    {
        openDialog();
        QSignalSpy saved(m_dialog, &SettingsDialog::settingsSaved);
        child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->setValue(200);
        QTest::mouseClick(child<QPushButton>(m_dialog, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(AppSettings().preferences().requestTimeoutSeconds, 30);
    }

    void manualProxyNeedsHostAndPort()
    {
        openDialog();
        auto *problem = child<QLabel>(m_dialog, u"problemLabel"_s);
        choose(child<QComboBox>(m_dialog, u"proxyModeCombo"_s), int(ProxyMode::Http));
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"host name"_s));
        QCOMPARE(m_dialog->problem(), problem->text());

        QTest::keyClicks(child<QLineEdit>(m_dialog, u"proxyHostEdit"_s), u"proxy.example.test"_s);
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(problem->text().contains(u"port"_s));
        QTest::keyClick(m_dialog, Qt::Key_Return); // Enter does nothing while OK is disabled
        QVERIFY(m_dialog && m_dialog->isVisible());

        child<QSpinBox>(m_dialog, u"proxyPortSpin"_s)->setValue(3128);
        QVERIFY(okButton()->isEnabled());
        QVERIFY(!problem->isVisible());
        QVERIFY(m_dialog->problem().isEmpty());
    }

    void passwordGoesToTheStoreOnly()
    {
        openDialog();
        QSignalSpy saved(m_dialog, &SettingsDialog::settingsSaved);
        fillManualProxy();
        QTest::keyClicks(passwordEdit(), kPassword);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_store->writes, 1);
        QVERIFY(m_store->secrets.value(AppSettings::proxyPasswordKey()) == kPassword);
        QCOMPARE(AppSettings().proxy().user, u"agent"_s);
        const QByteArray bytes = settingsFileBytes();
        QVERIFY(bytes.contains("proxy.example.test"));
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
    }

    void unchangedPasswordIsNotWritten()
    {
        m_settings->save(savedManualProxy());
        m_store->secrets.insert(AppSettings::proxyPasswordKey(), kPassword);
        openDialog();
        QTRY_VERIFY(passwordEdit()->text() == kPassword);
        child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->setValue(60);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_store->writes + m_store->removes, 0);
        QCOMPARE(AppSettings().preferences().requestTimeoutSeconds, 60);
    }

    void clearedPasswordIsRemoved()
    {
        m_settings->save(savedManualProxy());
        m_store->secrets.insert(AppSettings::proxyPasswordKey(), kPassword);
        openDialog();
        QTRY_VERIFY(!passwordEdit()->text().isEmpty());
        passwordEdit()->clear();
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_store->removes, 1);
        QVERIFY(!m_store->secrets.contains(AppSettings::proxyPasswordKey()));
    }

    void passwordNeedsAUser()
    {
        openDialog();
        fillManualProxy();
        child<QLineEdit>(m_dialog, u"proxyUserEdit"_s)->clear();
        QTest::keyClicks(passwordEdit(), u"x"_s);
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(m_dialog->problem().contains(u"user name"_s));
    }

    void storeFailureKeepsTheDialog()
    {
        m_store->writeStatus = SecretResult::Status::Unavailable;
        openDialog();
        QSignalSpy saved(m_dialog, &SettingsDialog::settingsSaved);
        fillManualProxy();
        child<QSpinBox>(m_dialog, u"timeoutSpin"_s)->setValue(75);
        QTest::keyClicks(passwordEdit(), kPassword);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(m_dialog->isSaving());
        QVERIFY(!okButton()->isEnabled()); // no second write while the first runs

        auto *failure = child<QLabel>(m_dialog, u"failureLabel"_s);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY(failure->text().contains(m_store->failureMessage));
        QVERIFY(failure->text().contains(u"other settings were saved"_s));
        QVERIFY(!failure->text().contains(kPassword));
        QCOMPARE(saved.count(), 1); // the other settings are saved: apply them
        QCOMPARE(AppSettings().preferences().requestTimeoutSeconds, 75);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(passwordEdit()->text() == kPassword); // what was typed stays
        QVERIFY(okButton()->isEnabled());
        QVERIFY(!m_store->secrets.contains(AppSettings::proxyPasswordKey()));

        // The keychain is back: OK tries again and closes.
        m_store->writeStatus = SecretResult::Status::Ok;
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(saved.count(), 2);
        QVERIFY(m_store->secrets.value(AppSettings::proxyPasswordKey()) == kPassword);
    }

    void unreadablePasswordIsShown()
    {
        m_settings->save(savedManualProxy());
        m_store->readStatus = SecretResult::Status::Failed;
        openDialog();
        auto *note = child<QLabel>(m_dialog, u"proxyPasswordNote"_s);
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains(m_store->failureMessage));
        QVERIFY(!passwordEdit()->isReadOnly());
        QTest::mouseClick(okButton(), Qt::LeftButton); // not typed: nothing written over it
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_store->writes + m_store->removes, 0);
    }

    void memoryOnlyStoreIsSaid()
    {
        m_store->persistent = false;
        openDialog();
        fillManualProxy();
        auto *note = child<QLabel>(m_dialog, u"proxyPasswordNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"until vzaps-desk quits"_s));
    }

    void resetLayoutAsksTheWindow()
    {
        openDialog();
        QSignalSpy reset(m_dialog, &SettingsDialog::resetLayoutRequested);
        QSignalSpy saved(m_dialog, &SettingsDialog::settingsSaved);
        auto *note = child<QLabel>(m_dialog, u"resetLayoutNote"_s);
        QTest::mouseClick(child<QPushButton>(m_dialog, u"resetLayoutButton"_s), Qt::LeftButton);
        QCOMPARE(reset.count(), 1);
        QVERIFY(note->text().startsWith(u"Done"_s));
        QVERIFY(m_dialog->isVisible()); // it does not close or save the dialog
        QCOMPARE(saved.count(), 0);
    }

    // Grabs for people to look at; saved only with VZAPS_SHOT_DIR.
    void shots()
    {
        const auto shoot = [&](const QString &file) {
            QVERIFY(vzaps::testing::saveShot(m_dialog, file));
        };
        m_store->persistent = false; // to see the note about a memory-only store
        openDialog();
        shoot(u"shot-settings-defaults.png"_s);
        choose(child<QComboBox>(m_dialog, u"proxyModeCombo"_s), int(ProxyMode::Http));
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"proxyHostEdit"_s), u"proxy.example.test"_s);
        QTRY_VERIFY(!passwordEdit()->isReadOnly());
        shoot(u"shot-settings-problem.png"_s);
        m_store->writeStatus = SecretResult::Status::Unavailable;
        child<QSpinBox>(m_dialog, u"proxyPortSpin"_s)->setValue(3128);
        QTest::keyClicks(child<QLineEdit>(m_dialog, u"proxyUserEdit"_s), u"agent"_s);
        QTest::keyClicks(passwordEdit(), kPassword);
        QTest::mouseClick(child<QPushButton>(m_dialog, u"resetLayoutButton"_s), Qt::LeftButton);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(m_dialog, u"failureLabel"_s)->isVisible());
        shoot(u"shot-settings-failure.png"_s);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestSettingsDialog)
#include "tst_settingsdialog.moc"
