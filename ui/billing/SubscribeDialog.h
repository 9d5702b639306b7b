#pragma once

#include "core/types/Instance.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps::ui {

class CheckoutFlow;

// Billing ▸ Subscribe. Sends subscribe with `{}`, which the server answers in
// one of two ways (docs/api-contract.md §2): "direct" (the card on file was charged; the dialog
// says "Subscription active") or "checkout" (a payment page a person must open). A
// checkout page goes to the browser through the hand-off guard and the dialog closes:
// paying can take minutes, so the waiting happens in CheckoutFlow's small wait panel,
// which outlives the dialog and is the same one "Open checkout" brings back. A link the
// guard refuses is shown like a failure and nothing is opened.
class SubscribeDialog : public ActionDialog
{
    Q_OBJECT
public:
    SubscribeDialog(CheckoutFlow &flow, const Instance &instance, QWidget *parent = nullptr);

protected:
    QPointer<ApiCall> submit() override;

private:
    CheckoutFlow &m_flow;
    Instance m_instance;
};

} // namespace vzaps::ui
