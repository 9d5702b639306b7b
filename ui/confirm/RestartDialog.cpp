#include "ui/confirm/RestartDialog.h"

#include "core/api/InstancesApi.h"
#include "ui/confirm/ConfirmParts.h"

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

ConfirmAndCallDialog::Texts texts(const Instance &instance)
{
    return {RestartDialog::tr("Restart instance"),
            // Only a connected instance reconnects by itself; a restart pairs nothing.
            instance.connected.value_or(false)
                ? RestartDialog::tr("Restart %1?\n\nIts WhatsApp connection drops for a moment "
                                    "and comes back by itself.")
                      .arg(confirm::instanceLabel(instance))
                : RestartDialog::tr("Restart %1?\n\nIt is not connected to WhatsApp, and a "
                                    "restart does not change that: pair it to connect it.")
                      .arg(confirm::instanceLabel(instance)),
            RestartDialog::tr("&Restart"), RestartDialog::tr("Restarting…"),
            RestartDialog::tr("Restart"), RestartDialog::tr("Restart requested.")};
}

} // namespace

RestartDialog::RestartDialog(ApiClient &client, const Instance &instance, QWidget *parent)
    : ConfirmAndCallDialog(
          u"restartDialog"_s, texts(instance), instance,
          [&client, id = instance.id](QObject *context, Callback<ActionResult> done) {
              return InstancesApi(client).restart(id, {}, context, std::move(done));
          },
          parent)
{}

} // namespace vzaps::ui
