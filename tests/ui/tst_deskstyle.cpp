// vzaps-desk's application style: the base style with the start-up icons drawn in code
// (ui/common/DeskStyle.h).
#include "common/DeskStyle.h"

#include <QApplication>
#include <QFile>
#include <QImage>
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

// The image-format plugins this process has mapped (Linux: /proc/self/maps).
QStringList loadedImagePlugins()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"(cannot read /proc/self/maps)"_s};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/"))
            plugins.append(QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1)));
    }
    plugins.removeDuplicates();
    return plugins;
}

} // namespace

class tst_DeskStyle : public QObject
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
            const QImage image = drawn.pixmap(QSize(side, side)).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            const int inked = inkedPixels(image);
            // Something visible, but not a filled square.
            QVERIFY2(inked > side, qPrintable(u"%1 px: %2 inked"_s.arg(side).arg(inked)));
            QVERIFY2(inked < side * side * 3 / 4,
                     qPrintable(u"%1 px: %2 inked"_s.arg(side).arg(inked)));
        }
        const QImage scaled = drawn.pixmap(QSize(16, 16), 2.0).toImage();
        QCOMPARE(scaled.size(), QSize(32, 32)); // sharp on a 2x screen
        const QImage normal = drawn.pixmap(QSize(16, 16)).toImage();
        const QImage disabled = drawn.pixmap(QSize(16, 16), QIcon::Disabled).toImage();
        QVERIFY(normal != disabled); // a disabled button looks disabled
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

QTEST_MAIN(tst_DeskStyle)
#include "tst_deskstyle.moc"
