#pragma once

// What the create and edit dialog tests add to the shared helpers: the events picker's
// check boxes, and a click that toggles one.
#include "tests/ui/ActionTestSupport.h"

#include <QCheckBox>

namespace vzaps::test {

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

} // namespace vzaps::test
