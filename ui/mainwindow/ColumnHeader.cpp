#include "mainwindow/ColumnHeader.h"

#include <QIcon>
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
    if (!source)
        return {};
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
    option.icon =
        source->headerData(logicalIndex, orientation(), Qt::DecorationRole).value<QIcon>();
    QSize size = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
    if (isSortIndicatorShown()) {
        // Room for the sort arrow, which sits beside the label.
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
        if (orientation() == Qt::Horizontal)
            size.rwidth() += size.height() + margin;
        else
            size.rheight() += size.width() + margin;
    }
    return size;
}

} // namespace vzaps::ui
