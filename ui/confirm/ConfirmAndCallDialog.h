#pragma once

#include "core/types/Billing.h"
#include "core/types/Instance.h"
#include "core/types/Result.h"
#include "ui/dialogs/ActionDialog.h"

#include <functional>

namespace vzaps::ui {

// An action dialog that asks one question about one instance and, on OK, makes one call
// answered by an ActionResult: it shows the result's status and details, records the
// attempt for the action log and emits instanceChanged. Restart, Resume subscription and
// Disconnect session are this dialog, each with its texts and its call.
class ConfirmAndCallDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Call = std::function<QPointer<ApiCall>(QObject *context, Callback<ActionResult> done)>;

    struct Texts {
        QString title;      // the window title
        QString question;   // plain text; server values in it are cut to size
        QString okText;     // with its mnemonic, e.g. "&Restart"
        QString busyText;   // while the call runs, e.g. "Restarting…"
        QString logName;    // the action as the action log names it
        QString resultLead; // the first sentence of a success, e.g. "Restart requested."
        // What a success is known to make true of the instance (instance members).
        QJsonObject factsAfterSuccess = {};
    };

protected:
    ConfirmAndCallDialog(const QString &objectName, const Texts &texts, const Instance &instance,
                         Call call, QWidget *parent);
    QPointer<ApiCall> submit() override;

private:
    Texts m_texts;
    Instance m_instance;
    Call m_call;
};

} // namespace vzaps::ui
