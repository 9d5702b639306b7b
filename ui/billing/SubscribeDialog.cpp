#include "ui/billing/SubscribeDialog.h"

#include "core/api/InstancesApi.h"
#include "core/api/UrlGuard.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/billing/CheckoutFlow.h"
#include "ui/common/WidgetHelpers.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

SubscribeDialog::SubscribeDialog(CheckoutFlow &flow, const Instance &instance, QWidget *parent)
    : ActionDialog(u"subscribeDialog"_s, tr("Subscribe"), parent)
    , m_flow(flow)
    , m_instance(instance)
{
    auto *question = named(new QLabel, u"questionLabel"_s, tr("Question"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    QString text = tr("Start a paid subscription for “%1” (%2)?")
                       .arg(display::cut(instance.name), display::cut(instance.id, 100));
    if (!instance.billingStatus.isEmpty())
        text += u"\n"_s +
                tr("Billing status now: %1.").arg(format::billingLabel(instance.billingStatus));
    text += u"\n\n"_s +
            tr("With a card on file the subscription starts at once. Otherwise a checkout page "
               "opens in your web browser, and a small window waits for the payment.");
    question->setText(text);
    contentLayout()->addWidget(question);
    setOkText(tr("&Subscribe"));
    setBusyText(tr("Subscribing…"));
}

QPointer<ApiCall> SubscribeDialog::submit()
{
    // `{}`: direct by default (docs/api-contract.md §2); the server decides whether a page is
    // needed.
    return InstancesApi(m_flow.client())
        .subscribe(m_instance.id, {}, {}, this, [this](const Result<BillingSession> &result) {
            const QString action = tr("Subscribe");
            if (!result) {
                record(ActionRecord::of(action, m_instance, result));
                return showFailure(result.error());
            }
            const BillingSession &session = result.value();
            if (!session.isCheckout()) {
                const QString text =
                    session.subscriptionId.isEmpty()
                        ? tr("Subscription active")
                        : tr("Subscription active (%1)").arg(session.subscriptionId);
                record(ActionRecord::of(action, m_instance, result, text));
                showResult(text);
                return Q_EMIT instanceChanged(m_instance.id);
            }

            ActionRecord entry = ActionRecord::of(action, m_instance, result);
            const QUrl url(session.url, QUrl::StrictMode);
            if (const QString refusal = urlguard::refusalReason(url); !refusal.isEmpty()) {
                // A link the guard refuses (javascript:, file:, http elsewhere) is neither
                // opened nor remembered; the server's answer is kept in the log.
                entry.outcome = ActionOutcome::Failed;
                entry.message = refusal;
                record(entry);
                return showFailure(ApiError::invalidInput(tr("open the checkout page"), refusal));
            }
            // Opened, or the browser would not start: either way the wait panel now has the
            // link (and says what happened), so this dialog's work is done.
            const QString notOpened = m_flow.startCheckout(m_instance, url);
            entry.message = notOpened.isEmpty()
                                ? tr("Checkout started; page opened in the browser.")
                                : tr("Checkout started; no browser opened, the link was copied.");
            record(entry);
            closeWithSuccess();
        });
}

} // namespace vzaps::ui
