// vzaps-desk's application style: the base style with the start-up icons drawn in code
// (ui/style/DeskStyle.h).
#include "ui/style/DeskStyle.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using vzaps::ui::DeskStyle;

namespace {

// How many pixels of `image` are not fully transparent.
int inkedPixels(const QImage &image)
{
    int count = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x)
            count += qAlpha(argb.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

// How far apart two images of the same size are: the summed alpha differences.
long alphaDistance(const QImage &a, const QImage &b)
{
    const QImage first = a.convertToFormat(QImage::Format_ARGB32);
    const QImage second = b.convertToFormat(QImage::Format_ARGB32);
    long distance = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x)
            distance += qAbs(qAlpha(first.pixel(x, y)) - qAlpha(second.pixel(x, y)));
    }
    return distance;
}

// The image-format plugins this process has mapped (Linux: /proc/self/maps).
QStringList loadedImagePlugins()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/"))
            plugins.append(QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1)));
    }
    plugins.removeDuplicates();
    return plugins;
}

} // namespace

class TestDeskStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_baseName = QApplication::style()->name();
        DeskStyle::install();
    }

    void wrapsTheApplicationsStyleOnce()
    {
        auto *style = qobject_cast<DeskStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), m_baseName);
        DeskStyle::install(); // a second call keeps the style it has
        QCOMPARE(QApplication::style(), style);
    }

    void toolbarAndSearchFieldStartWithoutImagePlugins()
    {
        if (!QFile::exists(u"/proc/self/maps"_s))
            QSKIP("needs /proc/self/maps to see which plugins are loaded");
        // (Not QImageReader::supportedImageFormats(): asking loads every plugin.)
        const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/imageformats"_s);
        if (plugins.isEmpty(QDir::Files))
            QSKIP("no image-format plugins installed: nothing that could be loaded by mistake");
        QMainWindow window;
        auto *toolBar = window.addToolBar(u"Main"_s);
        auto *search = new QLineEdit;
        search->setClearButtonEnabled(true);
        toolBar->addWidget(search);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        search->setText(u"loja"_s); // the clear button shows
        QCoreApplication::processEvents();
        QCOMPARE(loadedImagePlugins(), QStringList());

        // The check can see plugins: reading an image of unknown format loads them.
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImage(4, 4, QImage::Format_ARGB32).save(&buffer, "PNG");
        }
        QVERIFY(!QImage::fromData(png).isNull());
        QVERIFY(!loadedImagePlugins().isEmpty());
    }

    void drawnIconsHaveInkAtEverySize_data()
    {
        QTest::addColumn<int>("icon");
        QTest::newRow("clear") << int(QStyle::SP_LineEditClearButton);
        QTest::newRow("more tools, horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("more tools, vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton);
    }

    void drawnIconsHaveInkAtEverySize()
    {
        QFETCH(int, icon);
        const QIcon drawn = QApplication::style()->standardIcon(QStyle::StandardPixmap(icon));
        QVERIFY(!drawn.isNull());
        for (const int side : {12, 16, 24, 32}) {
            const QImage image = drawn.pixmap(QSize(side, side), 1.0).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            const int inked = inkedPixels(image);
            // Something visible, but not a filled square.
            QVERIFY2(inked > side, qPrintable(u"%1 px: %2 inked"_s.arg(side).arg(inked)));
            QVERIFY2(inked < side * side * 3 / 4,
                     qPrintable(u"%1 px: %2 inked"_s.arg(side).arg(inked)));
        }
        const QImage scaled = drawn.pixmap(QSize(16, 16), 2.0).toImage();
        QCOMPARE(scaled.size(), QSize(32, 32)); // sharp on a 2x screen
        const QImage normal = drawn.pixmap(QSize(16, 16), 1.0).toImage();
        const QImage disabled = drawn.pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage();
        QVERIFY(normal != disabled); // a disabled button looks disabled
    }

    void extensionChevronsPointTheWayTheToolbarReads()
    {
        QWidget leftToRight;
        QWidget rightToLeft;
        rightToLeft.setLayoutDirection(Qt::RightToLeft);
        QStyle *style = QApplication::style();
        const auto chevrons = [style](const QWidget *toolBar) {
            return style
                ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, toolBar)
                .pixmap(QSize(32, 32), 1.0)
                .toImage();
        };
        const QImage right = chevrons(&leftToRight);
        const QImage left = chevrons(&rightToLeft);
        // « is » mirrored (up to antialiasing), and clearly not » itself.
        const long toMirror = alphaDistance(left, right.mirrored(true, false));
        const long toSame = alphaDistance(left, right);
        QVERIFY2(toMirror * 4 < toSame, qPrintable(u"%1 vs %2"_s.arg(toMirror).arg(toSame)));
    }

    void otherIconsComeFromTheBaseStyle()
    {
        auto *style = qobject_cast<DeskStyle *>(QApplication::style());
        QVERIFY(style);
        const QIcon viaProxy = style->standardIcon(QStyle::SP_DialogOkButton);
        const QIcon viaBase = style->baseStyle()->standardIcon(QStyle::SP_DialogOkButton);
        QCOMPARE(viaProxy.isNull(), viaBase.isNull());
        QCOMPARE(viaProxy.availableSizes(), viaBase.availableSizes());
    }

private:
    QString m_baseName;
};

QTEST_MAIN(TestDeskStyle)
#include "tst_deskstyle.moc"
