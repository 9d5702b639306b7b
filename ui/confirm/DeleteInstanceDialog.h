#pragma once

#include "ui/confirm/TypedConfirmationDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Delete one instance after the user types its name.
// 204: records "Delete", emits instanceRemoved and closes.
// 404: the instance is gone anyway, so this is a result, not a failure: "already
// deleted" is shown, instanceRemoved emitted, and the action log gets outcome
// "succeeded" (what the user wanted is true) with HTTP 404 and the message "Already
// deleted". Anything else is a failure that keeps the dialog and the typed name.
class DeleteInstanceDialog : public TypedConfirmationDialog
{
    Q_OBJECT
public:
    DeleteInstanceDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);

protected:
    QPointer<ApiCall> submit() override;

private:
    ApiClient &m_client;
};

} // namespace vzaps::ui
