#pragma once

// Typing as a person types: every key goes to whatever has the keyboard focus at the moment
// it is pressed (QApplication::focusWidget()), never to the widget a test thinks should have
// it. A dialog that opens with the focus in the wrong place, or closes halfway through,
// shows up as text that went somewhere else.
#include <QApplication>
#include <QMenu>
#include <QString>
#include <QTest>
#include <QWidget>

namespace vzaps::testing {

// The widget keys go to now: an open menu first, as Qt sends them there; null when no
// window of the application is active.
inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
}

// Presses `key` where the focus is. False when nothing has it.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    if (!target)
        return false;
    QTest::keyClick(target, key, modifiers);
    return true;
}

// Types `text` one character at a time, each where the focus is when it is typed.
inline bool type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyTarget();
        if (!target)
            return false;
        QTest::keyClicks(target, QString(c));
    }
    return true;
}

// The active window once it is `objectName`'s, within the usual QTRY timeout; null if it
// never becomes active.
template<typename T = QWidget>
T *waitForActiveWindow(const QString &objectName)
{
    const bool active = QTest::qWaitFor([&] {
        QWidget *window = QApplication::activeWindow();
        return window && window->objectName() == objectName;
    });
    return active ? qobject_cast<T *>(QApplication::activeWindow()) : nullptr;
}

// The open menu once it is `objectName`'s and visible; null if it never opens.
inline QMenu *waitForMenu(const QString &objectName)
{
    QMenu *menu = nullptr;
    const bool open = QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu && menu->objectName() == objectName && menu->isVisible();
    });
    return open ? menu : nullptr;
}

} // namespace vzaps::testing
