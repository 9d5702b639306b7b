#include "ui/dialogs/ActionDialog.h"

#include "core/api/ApiCall.h"
#include "core/presentation/DisplayText.h"
#include "ui/common/DiscardQuestion.h"
#include "ui/common/GrowToFit.h"
#include "ui/common/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QLabel *messageLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = named(new QLabel, objectName, accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // server texts are never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

} // namespace

ActionDialog::ActionDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_content(new QVBoxLayout)
    , m_problemLabel(messageLabel(u"problemLabel"_s, tr("Why OK is disabled")))
    , m_failure(messageLabel(u"failureLabel"_s, tr("What went wrong")))
    , m_busyRow(new QWidget)
    , m_busyLabel(named(new QLabel(tr("Working…")), u"busyLabel"_s, tr("Progress")))
    , m_busyBar(named(new QProgressBar, u"busyProgress"_s, tr("Progress")))
    , m_result(messageLabel(u"resultLabel"_s, tr("Result")))
    , m_resultExtra(new QVBoxLayout)
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel),
                      u"buttons"_s, tr("Dialog buttons")))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
    , m_cancel(m_buttons->button(QDialogButtonBox::Cancel))
    , m_fields(new QWidget)
{
    named(this, objectName, title);
    setWindowTitle(title);
    // Each dialog is a window of its own the user may leave open beside the table.
    setAttribute(Qt::WA_DeleteOnClose);

    named(m_ok, u"okButton"_s, tr("OK"));
    named(m_cancel, u"cancelButton"_s, tr("Cancel"));
    // While a request runs the fields and OK are disabled and the focus may land on
    // Cancel; Enter pressed again then must not cancel the request. (Space still does.)
    m_cancel->setAutoDefault(false);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_failure->setStyleSheet(u"color: #b3261e;"_s);

    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar, 1);
    m_busyRow->hide();

    m_fields->setLayout(m_content);
    m_content->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_failure);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_result);
    layout->addLayout(m_resultExtra);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // OK must not close the dialog: it sends, and the reply decides.
    connect(m_ok, &QPushButton::clicked, this, &ActionDialog::onOkClicked);
    connect(m_cancel, &QPushButton::clicked, this, &ActionDialog::reject);
}

ActionDialog::~ActionDialog()
{
    if (m_call)
        m_call->cancel();
}

void ActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        focusFirstField();
    }
    growToFit(this);
}

void ActionDialog::setVisible(bool visible)
{
    const bool opening = visible && !m_shown;
    QDialog::setVisible(visible);
    // QDialog hands its first focus widget a focus-in "as by Tab" once shown, and a line
    // edit takes that as a cue to select all its text: the first key typed into Edit would
    // replace the whole name. The cursor goes after the text instead, nothing selected.
    if (opening) {
        if (auto *edit = qobject_cast<QLineEdit *>(focusWidget()); edit && edit->hasSelectedText())
            edit->end(false);
    }
}

void ActionDialog::focusFirstField()
{
    // A subclass adds its fields after the buttons exist, so they come after the buttons in
    // the focus chain, and Qt would give the first focus to Cancel (OK starts disabled): the
    // first Space typed into the dialog would close it. The fields go first, then OK, then
    // Cancel, and the focus starts in the first field.
    QList<QWidget *> fields;
    for (QWidget *widget = nextInFocusChain(); widget != this;
         widget = widget->nextInFocusChain()) {
        if (m_fields->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            fields.append(widget);
    }
    QWidget *previous = nullptr;
    for (QWidget *widget : std::as_const(fields)) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    if (previous)
        setTabOrder(previous, m_ok);
    setTabOrder(m_ok, m_cancel);

    QWidget *target = m_initialFocus;
    if (!target || !target->isVisibleTo(this) || !target->isEnabled()) {
        target = nullptr;
        for (QWidget *widget : std::as_const(fields)) {
            if (widget->isVisibleTo(this) && widget->isEnabled()) {
                target = widget;
                break;
            }
        }
    }
    if (!target && m_ok->isEnabled())
        target = m_ok;
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void ActionDialog::discard()
{
    m_discarding = true;
    close();
}

void ActionDialog::reject()
{
    // While a request runs, Escape means "stop it": it cancels at once.
    if (!m_done && !m_busy && !m_discarding && hasUnsavedInput())
        return askToDiscard(this, [this] {
            m_discarding = true;
            reject();
        });
    // Closing while the request runs cancels it; its callback never runs.
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_busy = false;
    QDialog::reject();
}

void ActionDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
    m_ok->setAccessibleName(QString(text).remove(u'&'));
}

void ActionDialog::setBusyText(const QString &text)
{
    m_busyLabel->setText(text);
}

void ActionDialog::setProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty() && !m_done);
    updateOkButton();
    growToFit(this);
}

void ActionDialog::onOkClicked()
{
    // A double click, or Enter pressed twice, must not send the request twice.
    if (m_busy || m_done || !m_problem.isEmpty())
        return;
    m_failure->hide();
    setBusy(true);
    QPointer<ApiCall> call = submit();
    // submit() may have failed at once (showFailure() already ran) or been refused.
    if (m_busy)
        m_call = call;
    if (m_busy && !call)
        setBusy(false);
}

void ActionDialog::showFailure(const ApiError &error)
{
    setBusy(false);
    m_failure->setText(display::cut(error.describe(), kMaxMessageChars));
    m_failure->show();
    growToFit(this);
}

void ActionDialog::showResult(const QString &text, QWidget *extra)
{
    setBusy(false);
    m_done = true;
    m_fields->setEnabled(false);
    m_problemLabel->hide();
    m_failure->hide();
    m_result->setText(display::cut(text, kMaxMessageChars));
    m_result->show();
    if (extra) {
        m_resultExtra->addWidget(extra);
        extra->show(); // now, not on the next event loop turn, so growToFit() counts it
    }
    m_ok->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    growToFit(this);
}

void ActionDialog::closeWithSuccess()
{
    setBusy(false);
    m_done = true;
    accept();
}

void ActionDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy)
        m_call.clear();
    m_busyRow->setVisible(busy);
    m_fields->setEnabled(!busy && !m_done);
    updateOkButton();
}

void ActionDialog::updateOkButton()
{
    const QString whyNot = !m_problem.isEmpty() ? m_problem
                           : m_busy             ? tr("Waiting for the server to answer.")
                           : m_done             ? tr("Done; nothing more to send.")
                                                : QString();
    setEnabledSaying(m_ok, whyNot.isEmpty(), whyNot);
}

} // namespace vzaps::ui
