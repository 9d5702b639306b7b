#include "ui/forms/EditInstanceDialog.h"

#include "core/api/InstancesApi.h"
#include "core/types/Validation.h"
#include "ui/forms/InstanceForm.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

// The API names of the changed fields, for the action log.
QStringList changedFieldNames(const InstanceChanges &changes)
{
    QStringList names;
    if (changes.name)
        names << u"name"_s;
    if (changes.webhook)
        names << u"webhook"_s;
    if (changes.eventsSubscribe)
        names << u"events_subscribe"_s;
    if (changes.rejectCalls)
        names << u"reject_calls"_s;
    if (changes.autoReadMessages)
        names << u"auto_read_messages"_s;
    return names;
}

} // namespace

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
    return changes;
}

void EditInstanceDialog::validate()
{
    const InstanceChanges pending = changes();
    // Only the changed fields are checked: an odd value already on the server must not
    // block an edit of another field. The request builder makes the same check.
    setProblem(pending.isEmpty() ? tr("No changes to save.") : validation::checkChanges(pending));
}

QPointer<ApiCall> EditInstanceDialog::submit()
{
    const InstanceChanges pending = changes();
    const QString fields = changedFieldNames(pending).join(", "_L1);
    return InstancesApi(m_client).update(
        m_instance.id, pending, m_instance.token, this,
        [this, fields](const Result<Instance> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Edit"), m_instance, result));
                return showFailure(result.error());
            }
            record(ActionRecord::of(tr("Edit"), result.value(), result,
                                    tr("Changed %1.").arg(fields)));
            Q_EMIT instanceChanged(m_instance.id);
            closeWithSuccess();
        });
}

} // namespace vzaps::ui
