#include "ui/mainwindow/ColumnHeader.h"

#include <QIcon>
#include <QPixmap>
#include <QStyleOptionHeader>

namespace vzaps::ui {

ColumnHeader::ColumnHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setHighlightSections(false); // what lets the labels stay in the regular weight
}

QSize ColumnHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QAbstractItemModel *source = model();
    if (!source || highlightSections()) // highlighted labels are drawn bold: Qt's measure
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    ensurePolished(); // a style sheet can still change the font
    const QVariant hint = source->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (hint.isValid())
        return hint.toSize();

    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = source->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics =
        font.canConvert<QFont>() ? QFontMetrics(font.value<QFont>()) : fontMetrics();
    option.text = source->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = source->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = QIcon(decoration.value<QPixmap>());
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown; // the style makes room for it
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace vzaps::ui
