#pragma once

#include <QString>

namespace vzsandbox {

// The hosted payment page the checkout url points at (docs/api-contract.md §6): plain HTML, no
// external assets, a Pay form and a Cancel form posting back to the sandbox.
QString checkoutPageHtml(const QString &sessionId, const QString &instanceName,
                         const QString &instanceId);
// A short result page ("Payment complete", "Checkout canceled", errors).
QString messagePageHtml(const QString &title, const QString &text);

} // namespace vzsandbox
