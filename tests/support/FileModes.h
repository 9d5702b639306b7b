#pragma once

#include <QFileInfo>
#include <QString>

namespace vzaps::testing {

// Nobody but its owner may read, write or enter `path` (mode 0600 or 0700).
inline bool isPrivate(const QString &path)
{
    const QFileInfo info(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return info.exists() && (info.permissions() & others) == 0 &&
           info.permissions().testFlag(QFileDevice::ReadOwner);
}

} // namespace vzaps::testing
