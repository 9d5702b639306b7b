#pragma once

#include "core/types/Instance.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Disconnect the WhatsApp session of one instance (SessionApi::disconnect): asks
// once, like Restart, then shows the status and details the server returned and
// emits instanceChanged.
class DisconnectSessionDialog : public ActionDialog
{
    Q_OBJECT
public:
    DisconnectSessionDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);

protected:
    QPointer<ApiCall> submit() override;

private:
    ApiClient &m_client;
    Instance m_instance;
};

} // namespace vzaps::ui
