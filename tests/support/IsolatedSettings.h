#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace vzaps::testing {

// Call first in initTestCase: keeps the test's QSettings (and other standard paths) away
// from the user's, under a name of its own, and starts from empty settings.
inline void isolateSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VZapsDeskTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

} // namespace vzaps::testing
