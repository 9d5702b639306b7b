// The instance table's column header (ui/mainwindow/ColumnHeader.h): labels measured in
// the font they are drawn with, so "fit to contents" shows each label whole and showing
// the table loads no bold face.
#include "core/presentation/InstanceTableModel.h"
#include "ui/mainwindow/ColumnHeader.h"
#include "ui/mainwindow/InstanceTableView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::ui::ColumnHeader;
using vzaps::ui::InstanceTableView;

namespace {

// Font files this process has mapped (Linux: /proc/self/maps; FreeType maps each face).
QSet<QByteArray> mappedFontFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    QSet<QByteArray> files;
    if (!maps.open(QIODevice::ReadOnly))
        return files;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray path = line.mid(line.lastIndexOf(' ') + 1).toLower();
        if (path.endsWith(".ttf") || path.endsWith(".otf") || path.endsWith(".ttc") ||
            path.endsWith(".pfb"))
            files.insert(path);
    }
    return files;
}

} // namespace

class TestColumnHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: once any test has loaded the bold face, it stays loaded.
    void showingTheTableLoadsNoSecondFace()
    {
        if (!QFile::exists(u"/proc/self/maps"_s))
            QSKIP("needs /proc/self/maps to see which font files are loaded");
        InstanceTableModel model;
        {
            QLabel regular(u"Name ID Connection"_s); // the regular face, loaded first
            regular.show();
            QVERIFY(QTest::qWaitForWindowExposed(&regular));
        }
        const QSet<QByteArray> before = mappedFontFiles();
        if (before.isEmpty())
            QSKIP("this FreeType reads font files instead of mapping them: nothing to see");
        {
            InstanceTableView table(&model);
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            QVERIFY(table.horizontalHeader()->height() > table.fontMetrics().height());
        }
        QCOMPARE(mappedFontFiles(), before);

        // The check can see a second face: a plain header measures its labels in bold.
        QTableView plain;
        plain.setModel(&model);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        if (mappedFontFiles() == before)
            QSKIP("this system's bold is synthesised from the regular face: nothing to see");
    }

    void instanceTableUsesIt()
    {
        InstanceTableModel model;
        InstanceTableView table(&model);
        QVERIFY(qobject_cast<ColumnHeader *>(table.horizontalHeader()));
        QCOMPARE(table.horizontalHeader()->objectName(), u"instanceTableHeader"_s);
        QVERIFY(!table.horizontalHeader()->highlightSections());
    }

    void fitToContentsShowsWholeLabels()
    {
        InstanceTableModel model;
        InstanceTableView table(&model);
        table.resize(1400, 300);
        QHeaderView *header = table.horizontalHeader();
        header->setSortIndicator(InstanceTableModel::NameColumn, Qt::AscendingOrder);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        for (int column = 0; column < model.columnCount(); ++column)
            header->setSectionHidden(column, false); // the ones hidden by default too
        header->resizeSections(QHeaderView::ResizeToContents);
        const QFontMetrics metrics = header->fontMetrics();
        // The label, the header's margins on both sides and the sort arrow's room.
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString label = model.headerData(column, Qt::Horizontal).toString();
            const int needed = metrics.horizontalAdvance(label) + margins + metrics.height();
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(
                         u"%1: %2 < %3"_s.arg(label).arg(header->sectionSize(column)).arg(needed)));
            // Fitted, not padded: at most a sort arrow and margins more than the label.
            QVERIFY2(header->sectionSize(column) <= needed + 3 * metrics.height(),
                     qPrintable(label));
        }
    }
};

QTEST_MAIN(TestColumnHeader)
#include "tst_columnheader.moc"
