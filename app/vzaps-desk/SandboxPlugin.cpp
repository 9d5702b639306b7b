#include "SandboxPlugin.h"

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

QStringList sandboxPluginDirectories()
{
    const QString fromEnvironment = qEnvironmentVariable("VZAPS_DESK_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {QDir::cleanPath(fromEnvironment)};
    const QDir executableDir(QCoreApplication::applicationDirPath());
    return {executableDir.path(),
            QDir::cleanPath(executableDir.filePath(QStringLiteral(VZAPS_DESK_PLUGIN_RELDIR)))};
}

LoadedSandbox createEmbeddedSandbox(const vzsandbox::SandboxOptions &options)
{
    const QString fileName = QStringLiteral(VZAPS_DESK_SANDBOX_PLUGIN_FILE);
    const QStringList directories = sandboxPluginDirectories();
    for (const QString &directory : directories) {
        const QString path = QDir(directory).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded (QLibrary's destructor leaves it loaded): the sandbox's code has
        // to outlive every object the plugin made.
        QLibrary library(path);
        const auto create = reinterpret_cast<vzsandbox::CreateEmbeddedSandbox>(
            library.resolve(vzsandbox::kCreateEmbeddedSandboxSymbol));
        if (!create)
            return {nullptr, tr("its plugin could not be loaded (%1).").arg(library.errorString())};
        return {std::unique_ptr<vzsandbox::EmbeddedSandbox>(create(options)), QString()};
    }
    QStringList shown;
    for (const QString &directory : directories)
        shown << QDir::toNativeSeparators(directory);
    return {nullptr,
            tr("its plugin %1 is missing; looked in %2.").arg(fileName, shown.join(u", "_s))};
}

} // namespace vzaps::desk
