#pragma once

// Helpers for the confirmation dialog tests: widgets by objectName, the demo instance
// in a given state, a synchronous read of one instance, and fault injection.
#include "SandboxFixture.h"
#include "actions/ActionDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <optional>

namespace vzaps::test {

inline QPushButton *button(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QPushButton *>(name);
}
inline QLabel *label(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QLabel *>(name);
}
inline QLineEdit *confirmEdit(QWidget *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
}

// Types `text` into `widget` one character at a time, like keyClicks but for any
// Unicode text (keyClicks asserts on non-Latin-1 characters, and the demo names have accents).
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length),
                            Qt::NoModifier);
        i += length - 1;
    }
}

// The first demo instance whose billing status is `billingStatus` and whose pending
// cancellation is as asked.
inline std::optional<Instance> instanceWith(SandboxFixture &sandbox, const QString &billingStatus,
                                            bool withCancelAt)
{
    const QList<Instance> instances = sandbox.instances();
    for (const Instance &instance : instances) {
        if (instance.billingStatus == billingStatus && instance.cancelAt.isValid() == withCancelAt)
            return instance;
    }
    return std::nullopt;
}

// The instance as the sandbox has it now, or the error (404 once deleted).
inline Result<Instance> fetch(SandboxFixture &sandbox, const QString &id)
{
    std::optional<Result<Instance>> result;
    QObject context;
    InstancesApi(*sandbox.client).get(id, &context, [&result](const Result<Instance> &got) {
        result = got;
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return ApiError::invalidInput(QStringLiteral("get instance"), QStringLiteral("no answer"));
    return *result;
}

// The next API request under `pathPrefix` fails with `status` and `message`.
inline bool failNext(SandboxFixture &sandbox, int status, const QString &message,
                     const QString &pathPrefix = QStringLiteral("/instances"), int retryAfter = -1)
{
    QJsonObject rule{{QStringLiteral("status"), status},
                     {QStringLiteral("path_prefix"), pathPrefix},
                     {QStringLiteral("message"), message}};
    if (retryAfter >= 0)
        rule.insert(QStringLiteral("retry_after"), retryAfter);
    return sandbox.control("POST", QStringLiteral("/_sandbox/fail-next"), rule).ok();
}

// Saves a grab of `widget` as `file` when VZAPS_SHOT_DIR is set, for people to look at.
inline bool saveShot(QWidget *widget, const QString &file)
{
    // Let a layout change that was just posted (a label shown) reach the window first.
    QCoreApplication::sendPostedEvents();
    const QPixmap shot = widget->grab();
    if (shot.isNull())
        return false;
    const QString dir = qEnvironmentVariable("VZAPS_SHOT_DIR");
    return dir.isEmpty() || shot.save(QDir(dir).filePath(file));
}

} // namespace vzaps::test
