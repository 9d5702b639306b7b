#include "ui/confirm/ResumeSubscriptionDialog.h"

#include "core/api/InstancesApi.h"
#include "ui/confirm/ConfirmParts.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString question(const Instance &instance)
{
    QString text = ResumeSubscriptionDialog::tr("Resume the subscription of %1?")
                       .arg(confirm::instanceLabel(instance));
    text += u"\n\n"_s;
    if (instance.cancelAt.isValid())
        text += ResumeSubscriptionDialog::tr("This undoes the cancellation scheduled for %1; "
                                             "the subscription then renews as usual.")
                    .arg(confirm::whenText(instance.cancelAt));
    else
        text += ResumeSubscriptionDialog::tr("This undoes a scheduled cancellation. None is "
                                             "known here; the server will say if there is "
                                             "nothing to resume.");
    return text;
}

} // namespace

ResumeSubscriptionDialog::ResumeSubscriptionDialog(ApiClient &client, const Instance &instance,
                                                   QWidget *parent)
    : ActionDialog(u"resumeSubscriptionDialog"_s, tr("Resume subscription"), parent)
    , m_client(client)
    , m_instance(instance)
{
    contentLayout()->addWidget(confirm::questionLabel(question(instance)));
    setOkText(tr("&Resume"));
    setBusyText(tr("Resuming…"));
}

QPointer<ApiCall> ResumeSubscriptionDialog::submit()
{
    return InstancesApi(m_client).resumeSubscription(
        m_instance.id, {}, this, [this](const Result<ActionResult> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Resume subscription"), m_instance, result));
                return showFailure(result.error());
            }
            const QString text = confirm::actionResultText(
                tr("Subscription resumed: the scheduled cancellation is undone."), result.value());
            record(ActionRecord::of(tr("Resume subscription"), m_instance, result, text));
            showResult(text);
            Q_EMIT instanceChanged(m_instance.id);
        });
}

} // namespace vzaps::ui
