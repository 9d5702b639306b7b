#include "ui/confirm/CancelSubscriptionDialog.h"

#include "core/api/ApiCall.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/confirm/ConfirmParts.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

// Immediate or scheduled, read from the instance as it is after the cancel.
QString cancellationKind(const Instance &after)
{
    const QString status = format::billingLabel(after.billingStatus);
    if (after.billingStatus == u"CANCELED"_s)
        return CancelSubscriptionDialog::tr("Immediate: the subscription has ended (billing "
                                            "status %1).")
            .arg(status);
    if (after.cancelAt.isValid())
        return CancelSubscriptionDialog::tr("Scheduled: the subscription stays active until "
                                            "%1, then ends. Resume it before then to keep it.")
            .arg(confirm::whenText(after.cancelAt));
    return CancelSubscriptionDialog::tr("The billing status is now %1.").arg(status);
}

QString question(const Instance &instance)
{
    QString text = CancelSubscriptionDialog::tr("Cancel the subscription of %1?")
                       .arg(confirm::instanceLabel(instance));
    if (!instance.billingStatus.isEmpty())
        text += u' ' + CancelSubscriptionDialog::tr("Billing status: %1.")
                           .arg(format::billingLabel(instance.billingStatus));
    text += u"\n\n"_s +
            CancelSubscriptionDialog::tr("A trial ends at once. A paid subscription may stay "
                                         "active until the end of its period and can be resumed "
                                         "until then.");
    return text;
}

} // namespace

CancelSubscriptionDialog::CancelSubscriptionDialog(ApiClient &client, const Instance &instance,
                                                   QWidget *parent)
    : TypedConfirmationDialog(u"cancelSubscriptionDialog"_s, tr("Cancel subscription"), instance,
                              question(instance), parent)
    , m_client(client)
{
    setOkText(tr("Cancel &subscription"));
    setBusyText(tr("Canceling…"));
    // Two buttons both saying "Cancel" would be a trap: the one that leaves says Close.
    if (auto *dismiss = findChild<QPushButton *>(u"cancelButton"_s)) {
        dismiss->setText(tr("Close"));
        dismiss->setAccessibleName(tr("Close"));
    }
}

void CancelSubscriptionDialog::reject()
{
    if (m_readBack)
        m_readBack->cancel();
    TypedConfirmationDialog::reject();
}

QPointer<ApiCall> CancelSubscriptionDialog::submit()
{
    return InstancesApi(m_client).cancel(
        instance().id, {}, this, [this](const Result<CancelResult> &result) {
            if (!result) {
                record(ActionRecord::of(tr("Cancel subscription"), instance(), result));
                return showFailure(result.error());
            }
            const QString message = result.value().message.isEmpty() ? tr("Cancellation accepted.")
                                                                     : result.value().message;
            // Recorded now: the cancel happened even if the read-back below never ends.
            record(ActionRecord::of(tr("Cancel subscription"), instance(), result, message));
            Q_EMIT instanceChanged(instance().id);
            readNewBillingState(message);
        });
}

void CancelSubscriptionDialog::readNewBillingState(const QString &serverMessage)
{
    setBusyText(tr("Reading the new billing state…"));
    m_readBack = InstancesApi(m_client).get(
        instance().id, this, [this, serverMessage](const Result<Instance> &after) {
            // Read back, the instance says what happened and when, in local time; the
            // server's sentence (which may spell the date in UTC) would say it twice.
            if (after)
                return showResult(tr("Cancellation accepted.") + u"\n\n"_s +
                                  cancellationKind(after.value()));
            showResult(
                serverMessage + u"\n\n"_s +
                tr("The new billing state could not be read: %1").arg(after.error().describe()));
        });
}

} // namespace vzaps::ui
