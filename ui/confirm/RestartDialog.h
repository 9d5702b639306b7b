#pragma once

#include "ui/confirm/ConfirmAndCallDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Restart one instance: asks once, then shows the status and details the server returned.
class RestartDialog : public ConfirmAndCallDialog
{
    Q_OBJECT
public:
    RestartDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);
};

} // namespace vzaps::ui
