#pragma once

#include "ui/confirm/ConfirmAndCallDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Resume the subscription of one instance: undoes a scheduled cancellation. "Nothing to
// resume" (409) is a failure in the server's words.
class ResumeSubscriptionDialog : public ConfirmAndCallDialog
{
    Q_OBJECT
public:
    ResumeSubscriptionDialog(ApiClient &client, const Instance &instance,
                             QWidget *parent = nullptr);
};

} // namespace vzaps::ui
