#pragma once

#include <QByteArray>
#include <QString>

namespace vzsandbox {

// The language of the checkout pages: Brazilian Portuguese when the browser asks for
// Portuguese before English (its Accept-Language header), else English.
enum class PageLanguage { English, Portuguese };
PageLanguage pageLanguageFor(const QByteArray &acceptLanguage);

// The short result pages ("Payment complete", "Checkout canceled", errors).
enum class PageMessage {
    CheckoutNotFound,
    InstanceDeleted,
    CheckoutClosed, // argument: the session's state, as the server names it
    AlreadySubscribed,
    PaymentComplete, // argument: the instance's name
    CheckoutCanceled,
};

// The hosted payment page the checkout url points at (docs/api-contract.md §6): plain HTML, no
// external assets, a Pay form and a Cancel form posting back to the sandbox.
QString checkoutPageHtml(const QString &sessionId, const QString &instanceName,
                         const QString &instanceId, PageLanguage language);
QString messagePageHtml(PageMessage message, PageLanguage language,
                        const QString &argument = QString());

} // namespace vzsandbox
