#include "ui/style/DrawnIcon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace vzaps::ui {

namespace {

// A soft disc with a cross in the field's own colour: the usual "clear the field" mark.
void paintClearText(QPainter *painter, const QRectF &box, QColor ink)
{
    const QColor field = QGuiApplication::palette().color(QPalette::Base);
    const QRectF disc = box.adjusted(box.width() * 0.1, box.height() * 0.1, -box.width() * 0.1,
                                     -box.height() * 0.1);
    QColor fill = ink;
    fill.setAlphaF(0.45);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(disc);
    const qreal arm = disc.width() * 0.2;
    QPen cross(field, qMax(1.2, disc.width() / 9.0), Qt::SolidLine, Qt::RoundCap);
    painter->setPen(cross);
    const QPointF c = disc.center();
    painter->drawLine(c + QPointF(-arm, -arm), c + QPointF(arm, arm));
    painter->drawLine(c + QPointF(-arm, arm), c + QPointF(arm, -arm));
}

} // namespace

void DrawnIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor ink = mode == QIcon::Disabled
                           ? palette.color(QPalette::Disabled, QPalette::WindowText)
                           : palette.color(QPalette::Active, QPalette::WindowText);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                     rect.y() + (rect.height() - side) / 2.0, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (m_shape) {
    case Shape::ClearText:
        paintClearText(painter, box, ink);
        break;
    case Shape::ChevronsRight:
    case Shape::ChevronsLeft:
    case Shape::ChevronsDown:
        paintChevrons(painter, box, ink);
        break;
    }
    painter->restore();
}

QPixmap DrawnIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap DrawnIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                qreal scale)
{
    if (size.isEmpty())
        return {};
    QPixmap pixmap(size);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), (QSizeF(size) / scale).toSize()), mode, state);
    return pixmap;
}

// "»": more tools than fit, behind this button.
void DrawnIcon::paintChevrons(QPainter *painter, const QRectF &box, QColor ink) const
{
    QPen pen(ink, qMax(1.2, box.width() / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal u = box.width() / 16.0;
    QPainterPath path;
    for (const qreal start : {3.5, 8.5}) {
        path.moveTo(start, 4);
        path.lineTo(start + 4, 8);
        path.lineTo(start, 12);
    }
    QTransform transform;
    transform.translate(box.x(), box.y());
    transform.scale(u, u);
    if (m_shape != Shape::ChevronsRight) {
        // The same mark turned about the box's centre: down, or left for right-to-left.
        transform.translate(8, 8);
        transform.rotate(m_shape == Shape::ChevronsDown ? 90 : 180);
        transform.translate(-8, -8);
    }
    painter->drawPath(transform.map(path));
}

} // namespace vzaps::ui
