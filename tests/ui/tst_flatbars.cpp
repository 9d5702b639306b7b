// The flat tool bar, header sections and scroll bars DeskStyle draws over Fusion
// (ui/style/FlatBars.h): drawn without the raster engine's helper threads, and still
// showing what a user reads from them (rules, dividers, the slider and its states).
#include "ui/style/DeskStyle.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

#include <climits>
#include <memory>

using namespace Qt::StringLiterals;
using vzaps::ui::DeskStyle;

namespace {

// Threads of this process (Linux: /proc/self/task).
int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// How different two colours look: the largest channel difference.
int colorDistance(QRgb a, QRgb b)
{
    return qMax(qAbs(qRed(a) - qRed(b)),
                qMax(qAbs(qGreen(a) - qGreen(b)), qAbs(qBlue(a) - qBlue(b))));
}

// The share of pixels (0..1) that differ noticeably between two images of one size.
double differingShare(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += colorDistance(a.pixel(x, y), b.pixel(x, y)) > 24 ? 1 : 0;
    }
    return double(differing) / (a.width() * a.height());
}

// Which way an arrow in `button` points along one axis: a triangle's ink gathers at its
// base, away from its tip. Positive: the ink leans towards the end (it points to the start).
double inkLean(const QImage &button, Qt::Orientation axis)
{
    const QRgb background = button.pixel(button.width() / 2, 1);
    double count = 0;
    double sum = 0;
    int first = INT_MAX;
    int last = -1;
    for (int y = 0; y < button.height(); ++y) {
        for (int x = 0; x < button.width(); ++x) {
            if (colorDistance(button.pixel(x, y), background) < 60)
                continue;
            const int position = axis == Qt::Horizontal ? x : y;
            ++count;
            sum += position;
            first = qMin(first, position);
            last = qMax(last, position);
        }
    }
    return count == 0 ? 0 : sum / count - (first + last) / 2.0;
}

// A scroll bar's look in a given state, drawn by `style` (value 30 of 0–100, page 40).
QStyleOptionSlider scrollBarOption(Qt::Orientation orientation, QSize size)
{
    QStyleOptionSlider option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = QApplication::palette();
    option.orientation = orientation;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (orientation == Qt::Horizontal)
        option.state |= QStyle::State_Horizontal;
    option.minimum = 0;
    option.maximum = 100;
    option.sliderPosition = option.sliderValue = 30;
    option.pageStep = 40;
    option.singleStep = 1;
    option.subControls = QStyle::SC_All;
    return option;
}

QImage paintScrollBar(const QStyle *style, const QStyleOptionSlider &option)
{
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(Qt::magenta); // anything left unpainted would show
    QPainter painter(&image);
    style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter);
    return image;
}

// The main window's bars as vzaps-desk shows them: a top tool bar and a table with more
// rows and columns than fit, so both scroll bars show.
struct BarsWindow {
    QMainWindow window;
    QStandardItemModel model{120, 9};
    QTableView *table = new QTableView;

    BarsWindow()
    {
        auto *toolBar = window.addToolBar(u"Main"_s);
        toolBar->addAction(u"New…"_s);
        toolBar->addAction(u"Refresh"_s);
        for (int column = 0; column < model.columnCount(); ++column)
            model.setHeaderData(column, Qt::Horizontal, u"Column %1"_s.arg(column + 1));
        for (int row = 0; row < model.rowCount(); ++row)
            model.setItem(row, 0, new QStandardItem(u"Instance %1"_s.arg(row)));
        table->setModel(&model);
        table->horizontalHeader()->setDefaultSectionSize(150);
        window.setCentralWidget(table);
        window.resize(900, 500);
    }
};

} // namespace

class TestFlatBars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        DeskStyle::install();
        m_style = QApplication::style();
        QVERIFY(qobject_cast<DeskStyle *>(m_style));
    }

    // Fusion's translucent lines make Qt's raster engine hand each long line to the global
    // thread pool and wait for it: threads started on the first paint. The flat bars need
    // none (and the check sees them when they are used: the plain Fusion control below).
    void barsPaintWithoutHelperThreads()
    {
        if (!QFile::exists(u"/proc/self/task"_s))
            QSKIP("needs /proc/self/task to count threads");
        {
            QLabel warmUp(u"fonts load before counting"_s); // text, not bars
            warmUp.grab();
        }
        BarsWindow desk;
        const int before = threadCount();
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QVERIFY(!desk.window.grab().isNull());
        QVERIFY(desk.table->verticalScrollBar()->isVisible());
        QVERIFY(desk.table->horizontalScrollBar()->isVisible());
        QCOMPARE(threadCount(), before);

        std::unique_ptr<QStyle> plainFusion(QStyleFactory::create(u"Fusion"_s));
        BarsWindow fusion; // goes before the style it uses
        fusion.window.setStyle(plainFusion.get());
        for (QWidget *child : fusion.window.findChildren<QWidget *>())
            child->setStyle(plainFusion.get());
        fusion.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fusion.window));
        fusion.window.grab();
        QVERIFY2(threadCount() > before, "plain Fusion is expected to use the thread pool");
    }

    void toolBarAndHeaderShowTheirRules()
    {
        BarsWindow desk;
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        auto *toolBar = desk.window.findChild<QToolBar *>();
        const QImage bar = toolBar->grab().toImage();
        const int x = bar.width() - 5; // past the buttons
        QVERIFY(colorDistance(bar.pixel(x, bar.height() - 1), bar.pixel(x, bar.height() / 2)) > 24);

        QHeaderView *header = desk.table->horizontalHeader();
        const QImage heading = header->grab().toImage();
        const int inside = header->sectionSize(0) / 2;
        const QRgb fill = heading.pixel(inside, 2);
        // A rule under the headings, and a divider between the first two sections.
        QVERIFY(colorDistance(heading.pixel(inside, heading.height() - 1), fill) > 24);
        const int boundary = header->sectionViewportPosition(1) - 1;
        QVERIFY(colorDistance(heading.pixel(boundary, heading.height() / 2), fill) > 24);
    }

    void sliderStandsOutAndAnswersTheMouse_data() { bothOrientations(); }

    void sliderStandsOutAndAnswersTheMouse()
    {
        QFETCH(Qt::Orientation, orientation);
        const QSize size = orientation == Qt::Vertical ? QSize(14, 300) : QSize(300, 14);
        QStyleOptionSlider option = scrollBarOption(orientation, size);
        const QRect slider =
            m_style->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider);
        const QRect addPage =
            m_style->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarAddPage);
        QVERIFY(!slider.isEmpty() && !addPage.isEmpty());
        const auto sliderColor = [&](const QStyleOptionSlider &state) {
            return paintScrollBar(m_style, state).pixel(slider.center());
        };

        const QImage normal = paintScrollBar(m_style, option);
        QVERIFY(normal.pixel(0, 0) != QColor(Qt::magenta).rgb());
        const QRgb resting = normal.pixel(slider.center());
        QVERIFY(colorDistance(resting, normal.pixel(addPage.center())) > 40);

        option.activeSubControls = QStyle::SC_ScrollBarSlider;
        option.state |= QStyle::State_MouseOver;
        const QRgb hovered = sliderColor(option);
        option.state |= QStyle::State_Sunken;
        const QRgb pressed = sliderColor(option);
        QVERIFY(colorDistance(hovered, resting) > 10);
        QVERIFY(colorDistance(pressed, hovered) > 10);

        QStyleOptionSlider stepHovered = scrollBarOption(orientation, size);
        const QRect addLine = m_style->subControlRect(QStyle::CC_ScrollBar, &stepHovered,
                                                      QStyle::SC_ScrollBarAddLine);
        const QPoint buttonCorner = addLine.topLeft() + QPoint(2, 2); // beside the arrow
        stepHovered.activeSubControls = QStyle::SC_ScrollBarAddLine;
        stepHovered.state |= QStyle::State_MouseOver;
        QVERIFY(colorDistance(paintScrollBar(m_style, stepHovered).pixel(buttonCorner),
                              normal.pixel(buttonCorner)) > 10);

        QStyleOptionSlider nothingToScroll = scrollBarOption(orientation, size);
        nothingToScroll.maximum = nothingToScroll.minimum;
        QCOMPARE(paintScrollBar(m_style, nothingToScroll).pixel(slider.center()),
                 normal.pixel(addPage.center()));

        QStyleOptionSlider disabled = scrollBarOption(orientation, size);
        disabled.state &= ~QStyle::State_Enabled;
        disabled.palette.setCurrentColorGroup(QPalette::Disabled);
        QVERIFY(colorDistance(sliderColor(disabled), resting) > 10);
    }

    // A right-to-left scroll bar is the left-to-right one in a mirror: buttons, arrows,
    // slider position and the rule towards the content.
    void rightToLeftBarsAreMirrored_data() { bothOrientations(); }

    void rightToLeftBarsAreMirrored()
    {
        QFETCH(Qt::Orientation, orientation);
        const auto shot = [orientation](Qt::LayoutDirection direction) {
            QScrollBar bar(orientation);
            bar.setLayoutDirection(direction);
            bar.setRange(0, 100);
            bar.setPageStep(40);
            bar.setValue(30);
            bar.resize(orientation == Qt::Vertical ? QSize(14, 300) : QSize(300, 14));
            return bar.grab().toImage();
        };
        const QImage leftToRight = shot(Qt::LeftToRight);
        const QImage rightToLeft = shot(Qt::RightToLeft);
        const double toMirror = differingShare(rightToLeft, leftToRight.mirrored(true, false));
        // A horizontal bar's slider moves to the other end; a vertical one's does not.
        const double toSame = differingShare(rightToLeft, leftToRight);
        QVERIFY2(toMirror < 0.02, qPrintable(QString::number(toMirror)));
        QVERIFY2(toSame > 0.02, qPrintable(QString::number(toSame)));
        // The step buttons alone (their arrows are a small part of the whole bar): each end
        // of the right-to-left bar is the mirror of the other end of the left-to-right one.
        const int side = orientation == Qt::Vertical ? leftToRight.width() : leftToRight.height();
        const auto end = [side, orientation](const QImage &image, bool first) {
            if (orientation == Qt::Vertical)
                return image.copy(0, first ? 0 : image.height() - side, side, side);
            return image.copy(first ? 0 : image.width() - side, 0, side, side);
        };
        for (const bool first : {true, false}) {
            const QImage mirroredEnd = end(leftToRight.mirrored(true, false), first);
            const double buttonToMirror = differingShare(end(rightToLeft, first), mirroredEnd);
            QVERIFY2(buttonToMirror < 0.03, qPrintable(QString::number(buttonToMirror)));
        }
    }

    // Step buttons point out of the bar: towards the end they scroll to.
    void stepArrowsPointOutwards_data()
    {
        QTest::addColumn<Qt::Orientation>("orientation");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("vertical") << Qt::Vertical << Qt::LeftToRight;
        QTest::newRow("horizontal") << Qt::Horizontal << Qt::LeftToRight;
        QTest::newRow("horizontal, right to left") << Qt::Horizontal << Qt::RightToLeft;
    }

    void stepArrowsPointOutwards()
    {
        QFETCH(Qt::Orientation, orientation);
        QFETCH(Qt::LayoutDirection, direction);
        QScrollBar bar(orientation);
        bar.setLayoutDirection(direction);
        bar.setRange(0, 100);
        bar.resize(orientation == Qt::Vertical ? QSize(14, 300) : QSize(300, 14));
        const QImage image = bar.grab().toImage();
        const int side = orientation == Qt::Vertical ? image.width() : image.height();
        const QImage start = image.copy(0, 0, side, side);
        const QImage end = orientation == Qt::Vertical
                               ? image.copy(0, image.height() - side, side, side)
                               : image.copy(image.width() - side, 0, side, side);
        // Left/top button: its arrow's base is towards the bar, so the ink leans inwards.
        QVERIFY2(inkLean(start, orientation) > 0.2,
                 qPrintable(QString::number(inkLean(start, orientation))));
        QVERIFY2(inkLean(end, orientation) < -0.2,
                 qPrintable(QString::number(inkLean(end, orientation))));
    }

    void otherBaseStylesKeepTheirOwnBars()
    {
        DeskStyle overWindows(u"Windows"_s);
        std::unique_ptr<QStyle> windows(QStyleFactory::create(u"Windows"_s));
        QVERIFY(windows);
        for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
            const QSize size = orientation == Qt::Vertical ? QSize(16, 200) : QSize(200, 16);
            const QStyleOptionSlider option = scrollBarOption(orientation, size);
            QCOMPARE(paintScrollBar(&overWindows, option), paintScrollBar(windows.get(), option));
        }
    }

private:
    // The data of the tests that run once per scroll-bar orientation.
    static void bothOrientations()
    {
        QTest::addColumn<Qt::Orientation>("orientation");
        QTest::newRow("vertical") << Qt::Vertical;
        QTest::newRow("horizontal") << Qt::Horizontal;
    }

    QStyle *m_style = nullptr;
};

QTEST_MAIN(TestFlatBars)
#include "tst_flatbars.moc"
