#pragma once

#include "core/types/Instance.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

// Restart one instance (issue 5): asks once, then shows the status and details the
// server returned. The reference for the other single-instance action dialogs.
class RestartDialog : public ActionDialog
{
    Q_OBJECT
public:
    RestartDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);

protected:
    QPointer<ApiCall> submit() override;

private:
    ApiClient &m_client;
    Instance m_instance;
};

} // namespace vzaps::ui
