#pragma once

// Grabs of widgets for people to look at: saved to the folder VZAPS_SHOT_DIR names, and
// only then; without it a grab is still taken, so a test that shoots checks that the widget
// can be drawn.
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QString>
#include <QWidget>

namespace vzaps::testing {

inline QString shotDir()
{
    return qEnvironmentVariable("VZAPS_SHOT_DIR");
}

// Saves a grab of `widget` as `file` in shotDir(). False when the grab is empty or cannot
// be saved.
inline bool saveShot(QWidget *widget, const QString &file)
{
    // Let a layout change that was just posted (a label shown) reach the window first.
    QCoreApplication::sendPostedEvents();
    const QPixmap shot = widget->grab();
    if (shot.isNull())
        return false;
    const QString dir = shotDir();
    return dir.isEmpty() || shot.save(QDir(dir).filePath(file));
}

} // namespace vzaps::testing
