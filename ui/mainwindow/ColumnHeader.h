#pragma once

#include <QHeaderView>

namespace vzaps::ui {

// The instance table's column header: QHeaderView that measures its labels in the font
// it draws them with. QHeaderView measures in bold, for styles that embolden highlighted
// sections; this header highlights none, and measuring in bold would load a second font
// face on the window's first show (about 1.5 ms of vzaps-desk's start, bench/desk).
class ColumnHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit ColumnHeader(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace vzaps::ui
