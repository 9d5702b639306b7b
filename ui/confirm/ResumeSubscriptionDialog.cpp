#include "ui/confirm/ResumeSubscriptionDialog.h"

#include "core/api/InstancesApi.h"
#include "ui/confirm/ConfirmParts.h"

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

ConfirmAndCallDialog::Texts texts(const Instance &instance)
{
    return {ResumeSubscriptionDialog::tr("Resume subscription"),
            question(instance),
            ResumeSubscriptionDialog::tr("&Resume"),
            ResumeSubscriptionDialog::tr("Resuming…"),
            ResumeSubscriptionDialog::tr("Resume subscription"),
            ResumeSubscriptionDialog::tr(
                "Subscription resumed: the scheduled cancellation is undone.")};
}

} // namespace

ResumeSubscriptionDialog::ResumeSubscriptionDialog(ApiClient &client, const Instance &instance,
                                                   QWidget *parent)
    : ConfirmAndCallDialog(
          u"resumeSubscriptionDialog"_s, texts(instance), instance,
          [&client, id = instance.id](QObject *context, Callback<ActionResult> done) {
              return InstancesApi(client).resumeSubscription(id, {}, context, std::move(done));
          },
          parent)
{}

} // namespace vzaps::ui
