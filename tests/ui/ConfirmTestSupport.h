#pragma once

// What the confirmation dialog tests add to the shared helpers: the type-to-confirm
// field, and the demo instance in a given billing state.
#include "tests/support/SandboxFixture.h"
#include "tests/ui/ActionTestSupport.h"
#include "ui/dialogs/ActionDialog.h"

#include <QLineEdit>

#include <optional>

namespace vzaps::test {

inline QLineEdit *confirmEdit(QWidget *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
}

// The first demo instance whose billing status is `billingStatus` and whose pending
// cancellation is as asked.
inline std::optional<Instance> instanceWith(SandboxFixture &sandbox, const QString &billingStatus,
                                            bool withCancelAt)
{
    return sandbox.firstWith([&](const Instance &instance) {
        return instance.billingStatus == billingStatus &&
               instance.cancelAt.isValid() == withCancelAt;
    });
}

} // namespace vzaps::test
