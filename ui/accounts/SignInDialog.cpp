#include "ui/accounts/SignInDialog.h"

#include "ui/accounts/ConnectionResultView.h"
#include "ui/accounts/SignInFields.h"
#include "ui/common/DiscardQuestion.h"
#include "ui/common/GrowToFit.h"
#include "ui/common/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_check(new ConnectionCheck(this))
    , m_intro(wrappedLabel(u"introLabel"_s, Qt::AlignLeft))
    , m_fields(named(new SignInFields, u"signInFields"_s, tr("Account")))
    , m_test(named(new QPushButton(tr("&Test connection")), u"testConnectionButton"_s,
                   tr("Test connection")))
    , m_testHint(wrappedLabel(u"testHintLabel"_s, Qt::AlignLeft | Qt::AlignVCenter))
    , m_result(named(new ConnectionResultView, u"connectionResult"_s, tr("Connection test")))
    , m_problem(wrappedLabel(u"problemLabel"_s, Qt::AlignLeft))
    , m_sandboxRow(createSandboxRow())
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel),
                      u"buttons"_s, tr("Dialog buttons")))
    , m_save(named(m_buttons->button(QDialogButtonBox::Ok), u"okButton"_s, tr("Sign in")))
    , m_saveAnyway(named(m_buttons->addButton(tr("Save &anyway"), QDialogButtonBox::ActionRole),
                         u"saveAnywayButton"_s, tr("Save anyway")))
{
    named(this, u"signInDialog"_s, tr("Sign in to VZaps"));
    setWindowTitle(tr("Sign in to VZaps"));
    setAttribute(Qt::WA_DeleteOnClose); // a window of its own, like the action dialogs
    setMinimumWidth(520);

    setPurpose(m_intro, tr("About signing in"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("Sign in with your VZaps account's client token and client secret. "
                        "They are checked with the server before anything is saved; the secret "
                        "never goes to a settings file."));
    m_test->setAutoDefault(false);
    // Why Test is disabled, beside it, for whoever does not hover for the tooltip.
    setPurpose(m_testHint, tr("Why testing is not possible yet"));
    m_testHint->setTextFormat(Qt::PlainText);
    m_testHint->setForegroundRole(QPalette::PlaceholderText);
    setPurpose(m_problem, tr("Why saving is not possible yet"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_save->setText(tr("&Sign in"));
    m_saveAnyway->setAutoDefault(false);
    m_saveAnyway->setToolTip(tr("The server could not be reached, so the credentials are "
                                "untested. Save them anyway and sign in later."));
    named(m_buttons->button(QDialogButtonBox::Cancel), u"cancelButton"_s, tr("Cancel"));

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testHint, 1);
    m_fields->addRow(testRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_fields);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
    layout->addWidget(m_sandboxRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_fields, &SignInFields::nameChanged, this, &SignInDialog::updateState);
    connect(m_fields, &SignInFields::connectionChanged, this, &SignInDialog::onConnectionEdited);
    connect(m_test, &QPushButton::clicked, this, [this] { startCheck(false); });
    connect(m_check, &ConnectionCheck::finished, this, &SignInDialog::onCheckFinished);
    // Save must not close the dialog by itself: the check decides.
    connect(m_save, &QPushButton::clicked, this, &SignInDialog::onSaveClicked);
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty() && !isChecking())
            acceptProfile();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    updateState();
}

SignInDialog::~SignInDialog() = default; // the check is a child: destroying it cancels it

QWidget *SignInDialog::createSandboxRow()
{
    auto *row = named(new QWidget, u"sandboxRow"_s, tr("Sandbox"));
    auto *text = wrappedLabel(u"sandboxLabel"_s, Qt::AlignLeft | Qt::AlignVCenter);
    setPurpose(text, tr("About the sandbox"));
    text->setText(tr("No account yet? Try everything on a local sandbox with demo data."));
    auto *button = named(new QPushButton(tr("Try the sand&box")), u"trySandboxButton"_s,
                         tr("Try the sandbox"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this] {
        m_check->cancel();
        Q_EMIT sandboxRequested();
        done(QDialog::Accepted);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(button);
    return row;
}

void SignInDialog::setProfile(const Profile &profile, const QString &storedSecret)
{
    setWindowTitle(tr("Edit account “%1”").arg(profile.name));
    m_intro->setText(tr("Change the account's name, server or credentials. Changed credentials "
                        "are checked with the server before they are saved."));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save"));
    m_sandboxRow->hide();
    m_fields->setProfile(profile, storedSecret);
    updateState();
}

void SignInDialog::setTakenNames(const QStringList &names)
{
    m_fields->setTakenNames(names);
}

void SignInDialog::setCheckTimeout(std::chrono::milliseconds timeout)
{
    m_check->setTimeout(timeout);
}

bool SignInDialog::isEditing() const
{
    return m_fields->isEditing();
}

QString SignInDialog::problem() const
{
    return m_fields->problem();
}

bool SignInDialog::isChecking() const
{
    return m_check->isRunning();
}

Profile SignInDialog::profile() const
{
    return m_fields->profile();
}

void SignInDialog::onConnectionEdited()
{
    // What was tested is no longer what is shown.
    if (isChecking()) {
        m_check->cancel();
        m_result->showNote(tr("The test was stopped because the details changed."));
    } else {
        m_result->clear();
    }
    m_checkPassed = false;
    m_saveWhenPassed = false;
    m_offerSaveAnyway = false;
    updateState();
}

void SignInDialog::updateState()
{
    const QString why = problem();
    const bool checking = isChecking();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    setEnabledSaying(m_save, why.isEmpty() && !checking,
                     !why.isEmpty() ? why : tr("Checking the connection…"));
    m_saveAnyway->setVisible(m_offerSaveAnyway && why.isEmpty() && !checking);
    const QString testProblem = m_fields->checkProblem();
    setEnabledSaying(m_test, testProblem.isEmpty() && !checking,
                     !testProblem.isEmpty() ? testProblem : tr("Checking the connection…"));
    m_test->setToolTip(testProblem.isEmpty()
                           ? tr("Sign in and list one instance, without saving anything")
                           : testProblem);
    // Beside the button only when the line under the fields does not already say it.
    m_testHint->setText(testProblem == why ? QString() : testProblem);
    growToFit(this);
}

void SignInDialog::startCheck(bool saveWhenPassed)
{
    if (!m_fields->checkProblem().isEmpty())
        return;
    const Profile current = profile();
    m_saveWhenPassed = saveWhenPassed;
    m_offerSaveAnyway = false;
    const QString host = ConnectionCheck::hostText(current.baseUrl);
    m_result->showRunning(saveWhenPassed
                              ? tr("Checking the connection to %1 before saving…").arg(host)
                              : tr("Testing the connection to %1…").arg(host));
    m_check->start(current.baseUrl, current.clientToken, m_fields->secretForCheck());
    updateState();
}

void SignInDialog::onCheckFinished(const ConnectionCheck::Outcome &outcome)
{
    const bool save = std::exchange(m_saveWhenPassed, false);
    m_checkPassed = outcome.ok();
    m_offerSaveAnyway = outcome.saysNothingAboutCredentials();
    m_result->showOutcome(outcome);
    updateState();
    if (m_checkPassed && save)
        acceptProfile();
}

void SignInDialog::onSaveClicked()
{
    if (!problem().isEmpty() || isChecking())
        return;
    if (m_checkPassed || m_fields->connectionUnchanged())
        return acceptProfile();
    startCheck(true);
}

void SignInDialog::acceptProfile()
{
    Q_EMIT profileAccepted(profile(), m_fields->enteredSecret());
    done(QDialog::Accepted);
}

void SignInDialog::reject()
{
    // Escape, Cancel and the close button ask first when closing would lose typed input.
    if (!m_discarding && m_fields->hasTypedInput()) {
        return askToDiscard(this, [this] {
            m_discarding = true;
            reject();
        });
    }
    m_check->cancel(); // closing stops the test; its outcome is never shown
    QDialog::reject();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // Not the introduction above the fields (selectable text takes focus too).
        m_fields->firstEmptyField()->setFocus(Qt::TabFocusReason);
    }
    growToFit(this);
}

} // namespace vzaps::ui
