#include "app/vzaps-desk/DeskPlugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace vzaps::desk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::desk", text);
}

} // namespace

QStringList deskPluginDirectories()
{
    const QString fromEnvironment = qEnvironmentVariable("VZAPS_DESK_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {QDir::cleanPath(fromEnvironment)};
    const QDir executableDir(QCoreApplication::applicationDirPath());
    return {executableDir.path(),
            QDir::cleanPath(executableDir.filePath(QStringLiteral(VZAPS_DESK_PLUGIN_RELDIR)))};
}

PluginEntry loadDeskPlugin(const QString &fileName, const char *symbol)
{
    const QStringList directories = deskPluginDirectories();
    QStringList problems;
    for (const QString &directory : directories) {
        const QString path = QDir(directory).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        // Kept loaded to the end, even past Qt's own clean-up at exit: the plugin's code
        // has to outlive everything it made. Resolving everything now turns a mismatched
        // plugin into an error here rather than a crash later.
        library.setLoadHints(QLibrary::PreventUnloadHint | QLibrary::ResolveAllSymbolsHint);
        if (const QFunctionPointer function = library.resolve(symbol))
            return {function, QString()};
        problems << tr("%1 could not be used (%2)")
                        .arg(QDir::toNativeSeparators(path), library.errorString());
    }
    if (!problems.isEmpty())
        return {nullptr, problems.join(u"; "_s) + u'.'};
    QStringList shown;
    for (const QString &directory : directories)
        shown << QDir::toNativeSeparators(directory);
    return {nullptr,
            tr("its plugin %1 is missing; looked in %2.").arg(fileName, shown.join(u", "_s))};
}

} // namespace vzaps::desk
