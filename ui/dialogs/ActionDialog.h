#pragma once

#include "core/actions/ActionRecord.h"
#include "core/types/ApiError.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace vzaps {
class ApiCall;
}

namespace vzaps::ui {

// The frame every action dialog shares (docs/architecture.md §4). From top to bottom:
// the dialog's own fields (contentLayout()), the reason OK is disabled, the failure
// of the last attempt (server message, HTTP status, request id), a busy line while
// the request runs, the result after a success, and the buttons.
//
// A subclass validates its input with setProblem(), sends its one request in submit()
// and ends it with showFailure() or showResult() / closeWithSuccess(). The frame makes
// sure a request is never sent twice, keeps what the user typed on failure, cancels
// the request when the dialog closes, and grows the window when a wrapped message needs
// more room. Show it with show(): non-modal, so the table stays usable beside it.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    // The most of a failure or result text the dialog shows (its texts may be the server's).
    static constexpr qsizetype kMaxMessageChars = 2000;
    ~ActionDialog() override;

    bool isBusy() const { return m_busy; }
    // The sentence beside the disabled OK button; empty when OK may be pressed.
    QString problem() const { return m_problem; }

    // Closes the dialog without asking, even with unsaved input (the window is going away).
    void discard();

public Q_SLOTS:
    // Escape, Cancel and the window's close button: asks first when closing would lose
    // what the user typed (hasUnsavedInput()); cancels a running request.
    void reject() override;

Q_SIGNALS:
    // Every attempt that reached the server or failed on the way, for the action log.
    void actionRecorded(const vzaps::ActionRecord &record);
    // What the server's answer says about the instance now (a whole instance object, or
    // the few members an action is known to change), for the instance store.
    void instanceLearned(const QString &instanceId, const QJsonObject &members);
    // The instance changed on the server: the list should refresh.
    void instanceChanged(const QString &instanceId);
    // The instance is gone (deleted, or found already deleted).
    void instanceRemoved(const QString &instanceId);

protected:
    ActionDialog(const QString &objectName, const QString &title, QWidget *parent);
    void showEvent(QShowEvent *event) override;
    void setVisible(bool visible) override;

    QVBoxLayout *contentLayout() const { return m_content; }
    // Where the keyboard focus is when the dialog opens: by default the first field that
    // takes focus, or OK when the dialog has no field.
    void setInitialFocus(QWidget *widget) { m_initialFocus = widget; }
    // True while closing would lose something the user typed; then Escape asks first.
    virtual bool hasUnsavedInput() const { return false; }
    QPushButton *okButton() const { return m_ok; }
    void setOkText(const QString &text);
    void setBusyText(const QString &text);

    // Empty when the input is complete and valid; otherwise OK stays disabled and the
    // sentence says why.
    void setProblem(const QString &problem);

    // Sends the request; returns the call, or null when nothing was sent (then the
    // subclass has already called showFailure()).
    virtual QPointer<ApiCall> submit() = 0;

    // The request failed: shows why, keeps the input, allows another try.
    void showFailure(const ApiError &error);
    // The request succeeded: the fields stay visible but read-only, the result below
    // them (plus `extra`, e.g. a token to copy once), OK goes and Cancel says Close.
    void showResult(const QString &text, QWidget *extra = nullptr);
    // The request succeeded and there is nothing more to show.
    void closeWithSuccess();

    void record(const ActionRecord &record) { Q_EMIT actionRecorded(record); }

private:
    void onOkClicked();
    void focusFirstField();
    void setBusy(bool busy);
    void updateOkButton();

    QVBoxLayout *m_content;
    QLabel *m_problemLabel;
    QLabel *m_failure;
    QWidget *m_busyRow;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QLabel *m_result;
    QVBoxLayout *m_resultExtra;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QWidget *m_fields;
    QPointer<QWidget> m_initialFocus;

    QString m_problem;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
    bool m_done = false;
    bool m_shown = false;      // the first show places the focus
    bool m_discarding = false; // the user agreed to lose what was typed
};

} // namespace vzaps::ui
