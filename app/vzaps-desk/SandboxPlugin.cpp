#include "app/vzaps-desk/SandboxPlugin.h"

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
    QStringList problems;
    for (const QString &directory : directories) {
        const QString path = QDir(directory).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        // Kept loaded to the end, even past Qt's own clean-up at exit: the sandbox's code
        // has to outlive everything the plugin made. Resolving everything now turns a
        // mismatched plugin into an error here rather than a crash later.
        library.setLoadHints(QLibrary::PreventUnloadHint | QLibrary::ResolveAllSymbolsHint);
        const auto create = reinterpret_cast<vzsandbox::CreateEmbeddedSandbox>(
            library.resolve(vzsandbox::kCreateEmbeddedSandboxSymbol));
        if (!create) {
            problems << tr("%1 could not be used (%2)")
                            .arg(QDir::toNativeSeparators(path), library.errorString());
            continue;
        }
        std::unique_ptr<vzsandbox::EmbeddedSandbox> sandbox(create(options));
        if (sandbox)
            return {std::move(sandbox), QString()};
        problems << tr("%1 did not create a sandbox").arg(QDir::toNativeSeparators(path));
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
