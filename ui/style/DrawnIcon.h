#pragma once

#include <QIconEngine>

namespace vzaps::ui {

// An icon painted with QPainter at whatever size and scale it is asked for: the few
// standard icons DeskStyle draws in code instead of reading Qt's PNG files.
class DrawnIcon : public QIconEngine
{
public:
    enum class Shape { ClearText, ChevronsRight, ChevronsLeft, ChevronsDown };

    explicit DrawnIcon(Shape shape)
        : m_shape(shape)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    // `size` is in device pixels (QIcon::pixmap multiplies by the scale before asking).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override { return new DrawnIcon(m_shape); }
    QString key() const override { return QStringLiteral("vzaps-drawn"); }

private:
    void paintChevrons(QPainter *painter, const QRectF &box, QColor ink) const;

    Shape m_shape;
};

} // namespace vzaps::ui
