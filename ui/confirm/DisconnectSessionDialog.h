#pragma once

#include "ui/confirm/ConfirmAndCallDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Disconnect the WhatsApp session of one instance: logs the phone out.
class DisconnectSessionDialog : public ConfirmAndCallDialog
{
    Q_OBJECT
public:
    DisconnectSessionDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);
};

} // namespace vzaps::ui
