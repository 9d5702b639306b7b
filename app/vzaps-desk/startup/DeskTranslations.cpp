#include "app/vzaps-desk/startup/DeskTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace vzaps::desk::translations {

namespace {

const QLocale kBrazilianPortuguese(QLocale::Portuguese, QLocale::Brazil);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// Loads `name`_<lang>.qm from `dir` into a translator owned by `app` and installs it; false
// (and nothing installed) when there is none or it holds no translation.
bool installOne(QCoreApplication &app, const QLocale &locale, const QString &name,
                const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, u"_"_s, dir) || translator->isEmpty()) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QLocale chosenLocale(const QString &language, const QLocale &system)
{
    if (language == "pt_BR"_L1)
        return kBrazilianPortuguese;
    if (language == "en"_L1)
        return kEnglish;
    // The first of the user's languages that the app speaks decides.
    for (const QString &ui : system.uiLanguages()) {
        const QLocale candidate(ui);
        if (candidate.language() == QLocale::Portuguese)
            return kBrazilianPortuguese;
        if (candidate.language() == QLocale::English)
            return system.language() == QLocale::English ? system : kEnglish;
    }
    return system.language() == QLocale::Portuguese ? kBrazilianPortuguese : kEnglish;
}

void apply(QCoreApplication &app, const QString &language)
{
    const QLocale locale = chosenLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    install(app, locale);
}

Installed install(QCoreApplication &app, const QLocale &locale, const QString &appDir,
                  const QString &qtDir)
{
    Installed installed;
    if (locale.language() != QLocale::Portuguese)
        return installed;
    installed.app = installOne(app, locale, u"vzaps-desk"_s, appDir);
    installed.qt =
        installOne(app, locale, u"qtbase"_s,
                   qtDir.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : qtDir);
    return installed;
}

} // namespace vzaps::desk::translations
