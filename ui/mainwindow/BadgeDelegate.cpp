#include "ui/mainwindow/BadgeDelegate.h"

#include "core/presentation/InstanceTableModel.h"
#include "ui/style/ToneStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <optional>

namespace vzaps::ui {

namespace {

constexpr int kPillHPadding = 8; // inside the pill, left and right of the text
constexpr int kPillVPadding = 2;
constexpr int kCellMargin = 4; // between the cell's edge and the pill

std::optional<format::Tone> toneOf(const QModelIndex &index)
{
    const QVariant tone = index.data(InstanceTableModel::ToneRole);
    if (!tone.isValid())
        return std::nullopt;
    const auto value = format::Tone(tone.toInt());
    if (value == format::Tone::None)
        return std::nullopt;
    return value;
}

} // namespace

void BadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_stale) {
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        // On the selection: halfway between the highlighted text and the highlight.
        const QColor text = option->palette.color(QPalette::HighlightedText);
        const QColor highlight = option->palette.color(QPalette::Highlight);
        option->palette.setColor(QPalette::HighlightedText,
                                 QColor((text.red() * 2 + highlight.red()) / 3,
                                        (text.green() * 2 + highlight.green()) / 3,
                                        (text.blue() * 2 + highlight.blue()) / 3));
    }
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const auto tone = toneOf(index);
    if (!tone) {
        paintPlainText(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The background, selection and focus frame as usual, without the text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const ToneColors colors = toneColors(*tone);
    const QFontMetrics metrics(opt.font);
    const QRect cell = opt.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    // Rounded up (and a pixel of slack): the elision below measures in fractions.
    const int textWidth = qCeil(QFontMetricsF(opt.font).horizontalAdvance(text)) + 1;
    const int pillWidth = qMin(cell.width(), textWidth + 2 * kPillHPadding);
    const int pillHeight = qMin(cell.height() - 2, metrics.height() + 2 * kPillVPadding);
    const QRect pill(cell.left(), cell.top() + (cell.height() - pillHeight) / 2, pillWidth,
                     pillHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_stale)
        painter->setOpacity(0.45);
    QPainterPath path;
    const qreal radius = pillHeight / 2.0;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, colors.background);
    painter->setPen(colors.background.darker(112));
    painter->drawPath(path);
    painter->setPen(colors.foreground);
    painter->setFont(opt.font);
    const QRect textRect = pill.adjusted(kPillHPadding, 0, -kPillHPadding, 0);
    painter->drawText(textRect, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void BadgeDelegate::paintPlainText(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    // One line, elided: drawn directly instead of through the style's general text layout
    // (word wrap, rich alignment), which costs several times more per cell (bench/desk).
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, opt.textElideMode, textRect.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const int baseline =
        textRect.top() + (textRect.height() - metrics.height()) / 2 + metrics.ascent();
    painter->drawText(QPoint(textRect.left(), baseline), shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (toneOf(index)) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QFontMetrics metrics(opt.font);
        const int textWidth = qCeil(QFontMetricsF(opt.font).horizontalAdvance(opt.text)) + 1;
        size.setWidth(qMax(size.width(), textWidth + 2 * (kPillHPadding + kCellMargin)));
        size.setHeight(qMax(size.height(), metrics.height() + 2 * kPillVPadding + 6));
    }
    return size;
}

} // namespace vzaps::ui
