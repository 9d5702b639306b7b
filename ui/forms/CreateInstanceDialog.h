#pragma once

#include "core/types/Instance.h"
#include "core/types/InstanceInput.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

class InstanceForm;

// Create an instance. OK stays disabled until the input is valid, with the
// reason beside it. After a success the new instance's token is shown once, in full,
// with a Copy button: the server never shows it again in this dialog's lifetime.
class CreateInstanceDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit CreateInstanceDialog(ApiClient &client, QWidget *parent = nullptr);

Q_SIGNALS:
    // The server created `instance`: the main window refreshes and selects it.
    // instanceChanged(instance.id) follows, like every other action dialog.
    void instanceCreated(const vzaps::Instance &instance);

protected:
    QPointer<ApiCall> submit() override;
    bool hasUnsavedInput() const override;

private:
    void onCreated(const Instance &instance);
    QWidget *createTokenPanel(const QString &token);

    ApiClient &m_client;
    InstanceForm *m_form;
    NewInstance m_empty; // the form as it opens: anything else was typed
};

} // namespace vzaps::ui
