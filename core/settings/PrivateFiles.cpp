#include "core/settings/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace vzaps::privatefiles {

namespace {
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool makeFolder(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makeFolder(parent))
        return false;
    return QDir().mkdir(absolute, kOwnerFolder) || QFileInfo(absolute).isDir();
}

bool makeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) &&
        !file.exists())
        return false;
    file.close();
    return file.setPermissions(kOwnerFile);
}

void tightenIfPresent(const QString &path)
{
    if (QFileInfo::exists(path))
        QFile::setPermissions(path, kOwnerFile);
}

} // namespace vzaps::privatefiles
