#pragma once

#include "core/types/Instance.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Resume the subscription of one instance (issue 5): undoes a scheduled cancellation.
// Asks once, shows the server's answer and emits instanceChanged; "nothing to resume"
// (409) is a failure with the server's words.
class ResumeSubscriptionDialog : public ActionDialog
{
    Q_OBJECT
public:
    ResumeSubscriptionDialog(ApiClient &client, const Instance &instance,
                             QWidget *parent = nullptr);

protected:
    QPointer<ApiCall> submit() override;

private:
    ApiClient &m_client;
    Instance m_instance;
};

} // namespace vzaps::ui
