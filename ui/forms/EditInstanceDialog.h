#pragma once

#include "core/types/Instance.h"
#include "core/types/InstanceInput.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps {
class ApiClient;
}

namespace vzaps::ui {

class InstanceForm;

// Edit an instance: the form starts with the instance's values and OK sends
// a PATCH with only the fields that differ from them. With nothing changed OK stays
// disabled ("No changes to save."). On success it emits instanceChanged() and closes.
class EditInstanceDialog : public ActionDialog
{
    Q_OBJECT
public:
    EditInstanceDialog(ApiClient &client, const Instance &instance, QWidget *parent = nullptr);

    // What OK would send now; empty when nothing differs from the instance.
    InstanceChanges changes() const;

protected:
    QPointer<ApiCall> submit() override;
    bool hasUnsavedInput() const override;

private:
    void validate();

    ApiClient &m_client;
    Instance m_instance;
    InstanceForm *m_form;
    NewInstance m_original; // the form as prefilled, what "changed" is measured against
};

} // namespace vzaps::ui
