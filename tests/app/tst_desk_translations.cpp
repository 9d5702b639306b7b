// vzaps-desk in Brazilian Portuguese: the language follows the system or the Settings choice,
// the embedded translation and Qt's own load (an empty one is ignored), the texts of classes
// and of free functions are found, and `vzaps-desk --help` (and a usage error) under
// LANG=pt_BR.UTF-8 answer in Portuguese with no setting touched.
#include "app/vzaps-desk/startup/DeskTranslations.h"
#include "core/actions/ActionAvailability.h"
#include "core/presentation/InstanceFormat.h"
#include "core/types/Validation.h"
#include "tests/support/IsolatedSettings.h"
#include "ui/accounts/SignInDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
namespace translations = vzaps::desk::translations;

class TestDeskTranslations : public QObject
{
    Q_OBJECT

    void removeTranslators()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void initTestCase() { vzaps::testing::isolateSettings(u"tst_desk_translations"_s); }
    void cleanup() { removeTranslators(); }

    void theLanguageFollowsTheSettingElseTheSystem_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("shown");
        QTest::newRow("system pt_BR") << QString() << u"pt_BR"_s << u"pt_BR"_s;
        QTest::newRow("system pt_PT") << QString() << u"pt_PT"_s << u"pt_BR"_s;
        QTest::newRow("system de_DE") << QString() << u"de_DE"_s << u"en_US"_s;
        QTest::newRow("system en_GB") << QString() << u"en_GB"_s << u"en_GB"_s;
        QTest::newRow("English on pt_BR") << u"en"_s << u"pt_BR"_s << u"en_US"_s;
        QTest::newRow("Portuguese on en_US") << u"pt_BR"_s << u"en_US"_s << u"pt_BR"_s;
    }
    void theLanguageFollowsTheSettingElseTheSystem()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, shown);
        QCOMPARE(translations::chosenLocale(setting, QLocale(system)).name(), shown);
    }

    void portugueseTextsComeFromClassesAndFreeFunctions()
    {
        const translations::Installed installed =
            translations::install(*qApp, QLocale(QLocale::Portuguese, QLocale::Brazil));
        QVERIFY(installed.app);
        // A widget class of namespace vzaps::ui, a free function of vzaps::format and of
        // vzaps::validation, and one of namespace vzaps (its context as lupdate reads it).
        vzaps::ui::SignInDialog dialog;
        QCOMPARE(dialog.windowTitle(), u"Entrar na VZaps"_s);
        QCOMPARE(vzaps::format::billingLabel(u"PAST_DUE"_s), u"Em atraso"_s);
        QCOMPARE(vzaps::validation::checkName(u"ab"_s),
                 u"O nome precisa ter pelo menos 3 caracteres."_s);
        const vzaps::Availability none = vzaps::availability(vzaps::InstanceAction::Edit, {});
        QCOMPARE(none.reason, u"Selecione uma instância primeiro."_s);
        // Plurals: one form for 0 and 1 in Brazilian Portuguese, the other from 2.
        const auto watched = [](int n) {
            return QCoreApplication::translate("vzaps::LiveUpdates", "Live · %n watched", nullptr,
                                               n);
        };
        QCOMPARE(watched(1), u"Ao vivo · 1 acompanhada"_s);
        QCOMPARE(watched(0), u"Ao vivo · 0 acompanhada"_s);
        QCOMPARE(watched(3), u"Ao vivo · 3 acompanhadas"_s);

        // Counts as Brazilians write them, and counters that agree with them.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(vzaps::format::count(10021), u"10.021"_s);
        QCOMPARE(vzaps::format::billingCount(u"ACTIVE"_s, 8, u"8"_s), u"8 ativas"_s);
        QCOMPARE(vzaps::format::billingCount(u"ACTIVE"_s, 1, u"1"_s), u"1 ativa"_s);
        QCOMPARE(vzaps::format::billingCount(u"CANCELED"_s, 0, u"0"_s), u"0 cancelada"_s);
        // Times: relative ones in words, exact ones with the Brazilian day.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(vzaps::format::relativeTime(now.addSecs(-3 * 60), now), u"há 3 min"_s);
        QCOMPARE(vzaps::format::relativeTime(now.addDays(2), now), u"em 2 dias"_s);
        QCOMPARE(vzaps::format::relativeTime(now.addSecs(-3 * 3600), now), u"há 3 horas"_s);
        const QDateTime afternoon(QDate(2026, 12, 1), QTime(14, 30), Qt::UTC);
        const QString exact = vzaps::format::exactTime(afternoon);
        QVERIFY2(exact.startsWith(afternoon.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)),
                 qPrintable(exact));
    }

    void qtsOwnTextsArePortugueseToo()
    {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(qtDir + u"/qtbase_pt_BR.qm"_s))
            QFAIL("qtbase_pt_BR.qm is missing: install qt6-translations-l10n (scripts/setup)");
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        const QString cancel = english.button(QDialogButtonBox::Cancel)->text();
        QVERIFY(translations::install(*qApp, QLocale(QLocale::Portuguese, QLocale::Brazil)).qt);
        QDialogButtonBox portuguese(QDialogButtonBox::Cancel);
        const QString cancelar = portuguese.button(QDialogButtonBox::Cancel)->text();
        QVERIFY2(cancelar != cancel && QString(cancelar).remove(u'&') == u"Cancelar"_s,
                 qPrintable(cancelar));
    }

    void englishInstallsNothingAndAnEmptyTranslationIsIgnored()
    {
        QCOMPARE(translations::install(*qApp, QLocale(QLocale::English)).app, false);
        QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());

        // A .qm that loads but holds nothing (its header only) must not shadow English.
        QTemporaryDir dir;
        QFile empty(dir.filePath(u"vzaps-desk_pt_BR.qm"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        static const unsigned char magic[] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                                              0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
        empty.write(reinterpret_cast<const char *>(magic), sizeof magic);
        empty.close();
        QVERIFY(QFile::copy(empty.fileName(), dir.filePath(u"qtbase_pt_BR.qm"_s)));
        QTranslator probe; // it does load, and holds nothing: what install() must leave out
        QVERIFY(probe.load(empty.fileName()));
        QVERIFY(probe.isEmpty());
        const translations::Installed installed = translations::install(
            *qApp, QLocale(QLocale::Portuguese, QLocale::Brazil), dir.path(), dir.path());
        QVERIFY(!installed.app);
        QVERIFY(!installed.qt);
        QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
        QCOMPARE(vzaps::format::billingLabel(u"PAST_DUE"_s), u"Past due"_s);
    }

    void theAppSpeaksPortugueseUnderABrazilianSystem()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"pt_BR.UTF-8"_s);
        env.insert(u"HOME"_s, home.path()); // no Settings choice: the system decides
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        QProcess desk;
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(VZAPS_DESK_EXECUTABLE), {u"--help"_s});
        QVERIFY(desk.waitForFinished(30000));
        QCOMPARE(desk.exitCode(), 0);
        const QString help = QString::fromUtf8(desk.readAllStandardOutput());
        QVERIFY2(help.contains(u"Gerencie instâncias da API de WhatsApp da VZaps"_s),
                 qPrintable(help));

        // A usage error of the windowed start: said in Portuguese too, and a clean exit 2 (it
        // used to abort, its font thread never joined).
        desk.start(QStringLiteral(VZAPS_DESK_EXECUTABLE), {u"extra-arg"_s});
        QVERIFY(desk.waitForFinished(30000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 2);
        const QString error = QString::fromUtf8(desk.readAllStandardError());
        QVERIFY2(error.contains(u"Argumento inesperado 'extra-arg'. Veja --help."_s),
                 qPrintable(error));
        QVERIFY2(!error.contains(u"terminate"_s), qPrintable(error));

        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(VZAPS_DESK_EXECUTABLE), {u"--help"_s});
        QVERIFY(desk.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(desk.readAllStandardOutput())
                    .contains(u"Manage VZaps WhatsApp API instances"_s));
    }
};

QTEST_MAIN(TestDeskTranslations)
#include "tst_desk_translations.moc"
