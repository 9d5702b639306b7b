#pragma once

// What the action dialog tests share: finding a dialog's controls by objectName,
// opening a dialog, typing any text, pressing OK every way at once, and saving grabs
// for people to look at.
#include "tests/support/Shots.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <utility>

namespace vzaps::test {

// The child of `parent` named `objectName`, or null (and a warning naming it).
template<typename W = QWidget>
W *child(QWidget *parent, const QString &objectName)
{
    W *widget = parent->findChild<W *>(objectName);
    if (!widget)
        qWarning("no child named %s", qPrintable(objectName));
    return widget;
}

inline QPushButton *button(QWidget *dialog, const QString &name)
{
    return child<QPushButton>(dialog, name);
}
inline QLabel *label(QWidget *dialog, const QString &name)
{
    return child<QLabel>(dialog, name);
}

// A new `Dialog` made from `args` and opened (window-modal, without blocking); the test
// deletes it, or the dialog deletes itself when it closes.
template<typename Dialog, typename... Args>
Dialog *openNew(Args &&...args)
{
    auto *dialog = new Dialog(std::forward<Args>(args)...);
    dialog->open();
    return dialog;
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

// Presses the dialog's OK every way a hurried user would, before any reply can come:
// a double click, one more click, and Enter. The test then checks that one request went.
inline void hammerOk(QWidget *dialog)
{
    QPushButton *ok = button(dialog, QStringLiteral("okButton"));
    QTest::mouseDClick(ok, Qt::LeftButton);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Return);
}

using testing::saveShot;

} // namespace vzaps::test
