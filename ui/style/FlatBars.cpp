#include "ui/style/FlatBars.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace vzaps::ui::flatbars {

namespace {

// `amount` of `to` over `from`, as an opaque colour.
QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    const auto channel = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

// The line between a bar and what it borders.
QColor ruleColor(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.2);
}

QColor grooveColor(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Window), palette.color(QPalette::Base), 0.5);
}

QColor sliderColor(const QStyleOptionSlider &option)
{
    const QPalette &palette = option.palette;
    const bool underMouse = option.activeSubControls & QStyle::SC_ScrollBarSlider;
    qreal ink = 0.25;
    if (!(option.state & QStyle::State_Enabled))
        ink = 0.12;
    else if (underMouse && (option.state & QStyle::State_Sunken))
        ink = 0.45;
    else if (underMouse && (option.state & QStyle::State_MouseOver))
        ink = 0.35;
    return mixed(palette.color(QPalette::Window), palette.color(QPalette::WindowText), ink);
}

QRect bottomRule(const QRect &rect)
{
    return {rect.left(), rect.bottom(), rect.width(), 1};
}

void paintStepButton(const QStyle &style, const QStyle &arrows, const QStyleOptionSlider &option,
                     QStyle::SubControl button, QPainter *painter, const QWidget *widget)
{
    if (!(option.subControls & button))
        return;
    const QRect rect = style.subControlRect(QStyle::CC_ScrollBar, &option, button, widget);
    if (rect.isEmpty())
        return;
    const bool active = option.activeSubControls & button;
    if (active && (option.state & (QStyle::State_Sunken | QStyle::State_MouseOver))) {
        const qreal ink = option.state & QStyle::State_Sunken ? 0.2 : 0.1;
        painter->fillRect(rect, mixed(grooveColor(option.palette),
                                      option.palette.color(QPalette::WindowText), ink));
    }
    // In a right-to-left horizontal bar the buttons trade places (and directions).
    const bool towardsStart = button == QStyle::SC_ScrollBarSubLine;
    QStyle::PrimitiveElement arrow;
    if (option.orientation == Qt::Vertical) {
        arrow = towardsStart ? QStyle::PE_IndicatorArrowUp : QStyle::PE_IndicatorArrowDown;
    } else {
        const bool pointsLeft = towardsStart == (option.direction != Qt::RightToLeft);
        arrow = pointsLeft ? QStyle::PE_IndicatorArrowLeft : QStyle::PE_IndicatorArrowRight;
    }
    QStyleOption arrowOption(option);
    arrowOption.rect = rect;
    arrowOption.state &= ~(QStyle::State_Sunken | QStyle::State_MouseOver);
    arrows.drawPrimitive(arrow, &arrowOption, painter, widget);
}

} // namespace

void paintToolBar(const QStyleOptionToolBar &option, QPainter *painter)
{
    painter->fillRect(option.rect, option.palette.color(QPalette::Window));
    painter->fillRect(bottomRule(option.rect), ruleColor(option.palette));
}

bool paintHeaderSection(const QStyleOptionHeader &option, QPainter *painter)
{
    if (option.orientation != Qt::Horizontal)
        return false;
    const QPalette &palette = option.palette;
    const QColor button = palette.color(QPalette::Button);
    const QColor text = palette.color(QPalette::ButtonText);
    const QRect &rect = option.rect;
    // Pressed, or where a dragged column would land.
    const auto *v2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(&option);
    const bool shaded = (option.state & QStyle::State_Sunken) || (v2 && v2->isSectionDragTarget);
    painter->fillRect(rect, shaded ? mixed(button, text, 0.12) : button);
    painter->fillRect(bottomRule(rect), ruleColor(palette));
    // A short divider on each section's trailing side, except after the last one.
    const bool last = option.position == QStyleOptionHeader::End ||
                      option.position == QStyleOptionHeader::OnlyOneSection;
    if (!last && rect.height() > 10) {
        const int x = option.direction == Qt::RightToLeft ? rect.left() : rect.right();
        painter->fillRect(QRect(x, rect.top() + 4, 1, rect.height() - 9),
                          mixed(button, text, 0.18));
    }
    return true;
}

void paintScrollBar(const QStyle &style, const QStyle &arrows, const QStyleOptionSlider &option,
                    QPainter *painter, const QWidget *widget)
{
    if (option.subControls & QStyle::SC_ScrollBarGroove) {
        const QRect &rect = option.rect;
        painter->fillRect(rect, grooveColor(option.palette));
        // The rule runs along the side that meets the content.
        QRect edge(rect.left(), rect.top(), rect.width(), 1);
        if (option.orientation == Qt::Vertical) {
            const int x = option.direction == Qt::RightToLeft ? rect.right() : rect.left();
            edge = QRect(x, rect.top(), 1, rect.height());
        }
        painter->fillRect(edge, ruleColor(option.palette));
    }

    paintStepButton(style, arrows, option, QStyle::SC_ScrollBarSubLine, painter, widget);
    paintStepButton(style, arrows, option, QStyle::SC_ScrollBarAddLine, painter, widget);

    if (!(option.subControls & QStyle::SC_ScrollBarSlider) || option.maximum <= option.minimum)
        return;
    QRect slider =
        style.subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, widget);
    slider = option.orientation == Qt::Vertical ? slider.adjusted(3, 1, -3, -1)
                                                : slider.adjusted(1, 3, -1, -3);
    if (slider.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(sliderColor(option));
    painter->drawRoundedRect(QRectF(slider), 3, 3);
    painter->restore();
}

} // namespace vzaps::ui::flatbars
