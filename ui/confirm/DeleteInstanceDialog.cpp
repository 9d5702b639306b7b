#include "ui/confirm/DeleteInstanceDialog.h"

#include "core/api/InstancesApi.h"
#include "ui/confirm/ConfirmParts.h"

using namespace Qt::StringLiterals;

namespace vzaps::ui {

DeleteInstanceDialog::DeleteInstanceDialog(ApiClient &client, const Instance &instance,
                                           QWidget *parent)
    : TypedConfirmationDialog(
          u"deleteInstanceDialog"_s, tr("Delete instance"), instance,
          tr("Delete %1?\n\nThis cannot be undone: its WhatsApp session ends, its webhook "
             "stops and its token stops working.")
              .arg(confirm::instanceLabel(instance)),
          parent)
    , m_client(client)
{
    setOkText(tr("&Delete"));
    setBusyText(tr("Deleting…"));
}

QPointer<ApiCall> DeleteInstanceDialog::submit()
{
    return InstancesApi(m_client).remove(
        instance().id, {}, this, [this](const Result<Done> &result) {
            const QString action = tr("Delete");
            if (result) {
                record(ActionRecord::of(action, instance(), result, tr("Deleted.")));
                Q_EMIT instanceRemoved(instance().id);
                return closeWithSuccess();
            }
            if (result.error().isNotFound()) {
                // Someone (or an earlier attempt whose reply was lost) deleted it already.
                ActionRecord gone = ActionRecord::of(action, instance(), result);
                gone.outcome = ActionOutcome::Succeeded;
                gone.message = tr("Already deleted.");
                record(gone);
                showResult(tr("%1 was already deleted; nothing to do.")
                               .arg(confirm::instanceLabel(instance())));
                Q_EMIT instanceRemoved(instance().id);
                return;
            }
            record(ActionRecord::of(action, instance(), result));
            showFailure(result.error());
        });
}

} // namespace vzaps::ui
