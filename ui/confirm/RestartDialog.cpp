#include "ui/confirm/RestartDialog.h"

#include "core/api/InstancesApi.h"
#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

RestartDialog::RestartDialog(ApiClient &client, const Instance &instance, QWidget *parent)
    : ActionDialog(u"restartDialog"_s, tr("Restart instance"), parent)
    , m_client(client)
    , m_instance(instance)
{
    auto *question = named(new QLabel, u"questionLabel"_s, tr("Question"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    question->setText(tr("Restart “%1” (%2)?\n\nIts WhatsApp connection drops for a moment "
                         "and comes back by itself.")
                          .arg(display::cut(instance.name), display::cut(instance.id, 100)));
    contentLayout()->addWidget(question);
    setOkText(tr("&Restart"));
    setBusyText(tr("Restarting…"));
}

QPointer<ApiCall> RestartDialog::submit()
{
    return InstancesApi(m_client).restart(
        m_instance.id, {}, this, [this](const Result<ActionResult> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Restart"), m_instance, result));
                return showFailure(result.error());
            }
            const ActionResult &restart = result.value();
            QString text = restart.status.isEmpty()
                               ? tr("Restart requested.")
                               : tr("Restart requested. Status: %1.").arg(restart.status);
            if (!restart.details.isEmpty())
                text += u'\n' + restart.details;
            record(ActionRecord::of(tr("Restart"), m_instance, result, text));
            showResult(text);
            Q_EMIT instanceChanged(m_instance.id);
        });
}

} // namespace vzaps::ui
