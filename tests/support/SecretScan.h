#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Test helper: which files under a folder hold a given secret, in any of the forms a
// careless writer might use (UTF-8, UTF-16, base64, percent-encoding).
namespace vzaps::test {

inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    const QList<QByteArray> forms{utf8, utf16, utf8.toBase64(), utf8.toPercentEncoding()};

    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}

// How many files there are under `root`, so a scan that found nothing is known to have
// looked somewhere.
inline int fileCount(const QString &root)
{
    int count = 0;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++count;
    }
    return count;
}

} // namespace vzaps::test
