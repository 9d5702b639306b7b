#pragma once

// What the create and edit dialog tests share: finding the dialog's controls by
// objectName, reading an instance back from the sandbox, and saving grabs to look at.
#include "SandboxFixture.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

#include <optional>

namespace vzaps::test {

template<typename W = QWidget>
W *child(QWidget *parent, const QString &objectName)
{
    W *widget = parent->findChild<W *>(objectName);
    if (!widget)
        qWarning("no child named %s", qPrintable(objectName));
    return widget;
}

inline QCheckBox *eventCheck(QWidget *dialog, const QString &event)
{
    return child<QCheckBox>(dialog, QStringLiteral("event%1Check").arg(event));
}

// Clicks the box itself: a check box stretched across its cell does not react to a
// click in the empty space beside its text, where QTest::mouseClick would aim.
inline void toggle(QCheckBox *check)
{
    const int middle = check->height() / 2;
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(middle, middle));
}

// The instance as the sandbox has it now, or nothing if the get failed.
inline std::optional<Instance> fetchInstance(SandboxFixture &sandbox, const QString &id)
{
    std::optional<Result<Instance>> reply;
    QObject context;
    InstancesApi(*sandbox.client).get(id, &context, [&reply](const Result<Instance> &result) {
        reply = result;
    });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000) || !reply->ok())
        return std::nullopt;
    return reply->value();
}

// How many instances the account has, or -1 if the list failed.
inline qint64 instanceCount(SandboxFixture &sandbox)
{
    std::optional<Result<InstancePage>> page;
    QObject context;
    InstancesApi(*sandbox.client)
        .list({1, 1, {}, {}, false}, &context,
              [&page](const Result<InstancePage> &result) { page = result; });
    if (!QTest::qWaitFor([&page] { return page.has_value(); }, 10000) || !page->ok())
        return -1;
    return page->value().total;
}

// With VZAPS_SHOT_DIR set, saves a grab of `widget` there for people to look at.
inline bool saveShot(QWidget *widget, const QString &file)
{
    const QPixmap shot = widget->grab();
    const QString dir = qEnvironmentVariable("VZAPS_SHOT_DIR");
    return !shot.isNull() && (dir.isEmpty() || shot.save(QDir(dir).filePath(file)));
}

} // namespace vzaps::test
