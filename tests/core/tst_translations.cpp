// The translations in resources/translations/ are complete and true to their sources: no
// unfinished, vanished or obsolete entry, every placeholder (%1…%9, %n) and mnemonic (&) of
// the source kept, both plural forms of Brazilian Portuguese given, and no source text of the
// code missing (lupdate, run into a copy of each file, finds nothing new).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished"…
    QStringList forms; // one translation, or the plural forms
    bool numerus = false;
};

struct TsFile {
    QString language;
    QList<Message> messages;
};

std::optional<TsFile> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1)
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message =
                Message{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return std::nullopt;
    }
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(n|[1-9])"_s);
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    return int(text.count(u'&'));
}

QString describe(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source.left(80));
}

QStringList lupdateArguments()
{
    QFile file(QStringLiteral(VZAPS_LUPDATE_ARGS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList arguments;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            arguments.append(QString::fromUtf8(line));
    }
    return arguments;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QStringList tsFiles() const
    {
        QStringList paths;
        const QDir dir(QStringLiteral(VZAPS_TRANSLATIONS_DIR));
        for (const QString &name : dir.entryList({u"*.ts"_s}, QDir::Files))
            paths.append(dir.filePath(name));
        return paths;
    }

private Q_SLOTS:
    void thereIsBrazilianPortuguese()
    {
        const QStringList files = tsFiles();
        QVERIFY2(!files.isEmpty(), VZAPS_TRANSLATIONS_DIR);
        QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const QString &path) {
            return path.endsWith(u"vzaps-desk_pt_BR.ts"_s);
        }));
    }

    void everyEntryIsFinishedAndKeepsItsPlaceholdersAndMnemonics()
    {
        for (const QString &path : tsFiles()) {
            QString error;
            const std::optional<TsFile> ts = readTs(path, &error);
            QVERIFY2(ts, qPrintable(path + u": "_s + error));
            // pt_BR, not pt: only with the territory does Qt use the Brazilian plural rule.
            QCOMPARE(ts->language, u"pt_BR"_s);
            QVERIFY(ts->messages.size() > 500);
            QStringList problems;
            for (const Message &message : ts->messages) {
                if (!message.type.isEmpty()) {
                    problems << describe(message) + u" is "_s + message.type;
                    continue;
                }
                if (message.numerus && message.forms.size() != 2)
                    problems << describe(message) + u" needs both plural forms"_s;
                for (const QString &form : message.forms) {
                    if (form.trimmed().isEmpty())
                        problems << describe(message) + u" has an empty translation"_s;
                    else if (placeholders(form) != placeholders(message.source))
                        problems << describe(message) + u" has other placeholders: "_s + form;
                    else if (mnemonics(form) != mnemonics(message.source))
                        problems << describe(message) + u" has another number of &: "_s + form;
                }
            }
            QVERIFY2(problems.isEmpty(),
                     qPrintable(u"%1 problem(s) in %2:\n"_s.arg(problems.size()).arg(path) +
                                problems.mid(0, 20).join(u'\n')));
        }
    }

    void noSourceTextIsMissing()
    {
        const QStringList arguments = lupdateArguments();
        QVERIFY2(!arguments.isEmpty(), VZAPS_LUPDATE_ARGS_FILE);
        for (const QString &path : tsFiles()) {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.start(QStringLiteral(VZAPS_LUPDATE), arguments + QStringList{u"-ts"_s, copy});
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);

            QString error;
            const std::optional<TsFile> committed = readTs(path, &error);
            const std::optional<TsFile> fresh = readTs(copy, &error);
            QVERIFY2(committed && fresh, qPrintable(error));
            QStringList missing;
            for (const Message &message : fresh->messages) {
                if (message.type == "unfinished"_L1)
                    missing << describe(message);
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(u"%1 source text(s) are not in %2 (run the update_translations "
                                "target and translate them):\n"_s.arg(missing.size())
                                    .arg(path) +
                                missing.mid(0, 20).join(u'\n')));
            // Sources gone from the code leave entries lupdate drops: the file must not hold any.
            QCOMPARE(fresh->messages.size(), committed->messages.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
