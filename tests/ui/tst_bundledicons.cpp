// The app's own icons: each bundled drawing loads and paints at the sizes menus and toolbars
// ask for, in the palette's text colour (dark on a light theme, light on a dark one, greyed
// when disabled), and the application icon is there for the window.
#include "ui/style/BundledIcon.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

// The mean colour of the icon's opaque pixels, and how many there are.
struct Ink {
    QColor colour;
    int pixels = 0;
};

Ink inkOf(const QIcon &icon, int size, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image =
        icon.pixmap(size, size, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0;
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 200)
                continue;
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
            ++ink.pixels;
        }
    }
    if (ink.pixels > 0)
        ink.colour = QColor(int(r / ink.pixels), int(g / ink.pixels), int(b / ink.pixels));
    return ink;
}

QPalette paletteWithText(const QColor &text, const QColor &disabled)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return palette;
}

QStringList bundledNames()
{
    QStringList names;
    const QStringList files = QDir(u":/icons/actions"_s).entryList({u"*.svg"_s}, QDir::Files);
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}

} // namespace

class TestBundledIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDrawingPaintsAtMenuAndToolbarSizes()
    {
        bundledIcon(u"list-add"_s); // loads the resource
        const QStringList names = bundledNames();
        QVERIFY2(names.size() >= 24, qPrintable(names.join(u", "_s)));
        for (const QString &name : names) {
            const QIcon icon = bundledIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            for (int size : {16, 22, 32}) {
                const Ink ink = inkOf(icon, size);
                // Something is drawn, and it is a shape, not a filled square.
                QVERIFY2(ink.pixels > size / 2, qPrintable(u"%1 at %2"_s.arg(name).arg(size)));
                QVERIFY2(ink.pixels < size * size * 3 / 4,
                         qPrintable(u"%1 at %2"_s.arg(name).arg(size)));
            }
        }
        QVERIFY(bundledIcon(u"no-such-icon"_s).isNull());
    }

    void theInkFollowsThePalette()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(
            paletteWithText(QColor(0x23, 0x26, 0x29), QColor(0xa0, 0xa0, 0xa0)));
        const Ink onLight = inkOf(bundledIcon(u"edit-delete"_s), 32);
        const Ink disabled = inkOf(bundledIcon(u"edit-delete"_s), 32, QIcon::Disabled);
        QApplication::setPalette(
            paletteWithText(QColor(0xfc, 0xfc, 0xfc), QColor(0x70, 0x70, 0x70)));
        const Ink onDark = inkOf(bundledIcon(u"edit-delete"_s), 32);
        QApplication::setPalette(original);

        QVERIFY(onLight.colour.lightness() < 80);
        QVERIFY(onDark.colour.lightness() > 200);
        QVERIFY(qAbs(disabled.colour.lightness() - QColor(0xa0, 0xa0, 0xa0).lightness()) < 20);
    }

    void theApplicationIconIsThere()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 48, 128}) {
            const Ink ink = inkOf(icon, size);
            // The tile fills most of the square, in its own colours (not the palette's).
            QVERIFY2(ink.pixels > size * size / 2, qPrintable(QString::number(size)));
        }
        QVERIFY(inkOf(icon, 48).colour.green() > inkOf(icon, 48).colour.red());
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestBundledIcons)
#include "tst_bundledicons.moc"
