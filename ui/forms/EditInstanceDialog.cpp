#include "ui/forms/EditInstanceDialog.h"

#include "core/actions/ChangeDescription.h"
#include "core/api/InstancesApi.h"
#include "core/types/Validation.h"
#include "ui/forms/InstanceForm.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

EditInstanceDialog::EditInstanceDialog(ApiClient &client, const Instance &instance, QWidget *parent)
    : ActionDialog(u"editInstanceDialog"_s, tr("Edit instance"), parent)
    , m_client(client)
    , m_instance(instance)
    , m_form(new InstanceForm)
{
    m_form->showInstanceId(instance.id);
    contentLayout()->addWidget(m_form);
    setOkText(tr("&Save"));
    setBusyText(tr("Saving…"));

    m_form->setInstance(instance);
    m_original = m_form->newInstance();
    setInitialFocus(m_form->nameField());
    connect(m_form, &InstanceForm::changed, this, &EditInstanceDialog::validate);
    validate();
}

InstanceChanges EditInstanceDialog::changes() const
{
    const NewInstance now = m_form->newInstance();
    InstanceChanges changes;
    if (now.name != m_original.name)
        changes.name = now.name;
    if (now.webhook != m_original.webhook)
        changes.webhook = now.webhook;                     // empty clears it
    if (now.eventsSubscribe != m_original.eventsSubscribe) // both in the §5 order
        changes.eventsSubscribe = now.eventsSubscribe;
    if (now.rejectCalls != m_original.rejectCalls)
        changes.rejectCalls = now.rejectCalls;
    if (now.autoReadMessages != m_original.autoReadMessages)
        changes.autoReadMessages = now.autoReadMessages;
    if (now.labels != m_original.labels)
        changes.labels = now.labels; // the whole set: empty removes them all
    return changes;
}

bool EditInstanceDialog::hasUnsavedInput() const
{
    return !changes().isEmpty() || !m_form->labelsProblem().isEmpty();
}

void EditInstanceDialog::validate()
{
    const InstanceChanges pending = changes();
    // Only the changed fields are checked: an odd value already on the server must not
    // block an edit of another field. The request builder makes the same check.
    const QString formProblem = m_form->labelsProblem();
    setProblem(!formProblem.isEmpty() ? formProblem
               : pending.isEmpty()    ? tr("No changes to save.")
                                      : validation::checkChanges(pending));
}

QPointer<ApiCall> EditInstanceDialog::submit()
{
    const InstanceChanges pending = changes();
    // Old → new for each changed field; never a token (the form holds none).
    const QString changed = describeChanges(m_original, pending);
    return InstancesApi(m_client).update(
        m_instance.id, pending, m_instance.token, this,
        [this, changed](const Result<Instance> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Edit"), m_instance, result));
                return showFailure(result.error());
            }
            record(ActionRecord::of(tr("Edit"), result.value(), result,
                                    tr("Changed %1.").arg(changed)));
            Q_EMIT instanceLearned(m_instance.id, result.value().raw);
            Q_EMIT instanceChanged(m_instance.id);
            closeWithSuccess();
        });
}

} // namespace vzaps::ui
