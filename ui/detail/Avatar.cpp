#include "ui/detail/Avatar.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

Avatar::Avatar(int diameter, QWidget *parent)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setFixedSize(diameter, diameter);
    updateAccessibleName();
}

void Avatar::setName(const QString &name)
{
    m_name = name;
    m_initials = initialsOf(name);
    updateAccessibleName();
    update();
}

void Avatar::setPicture(const QPixmap &picture)
{
    m_picture = picture;
    updateAccessibleName();
    update();
}

QString Avatar::initialsOf(const QString &name)
{
    // First letter of the first and of the last word that start with a letter or digit.
    QStringList letters;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto first =
            std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (first != word.cend())
            letters.append(QString(*first).toUpper());
    }
    if (letters.isEmpty())
        return u"?"_s;
    return letters.size() == 1 ? letters.first() : letters.first() + letters.last();
}

QSize Avatar::sizeHint() const
{
    return {m_diameter, m_diameter};
}

void Avatar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF circle(0.5, 0.5, m_diameter - 1.0, m_diameter - 1.0);
    QPainterPath path;
    path.addEllipse(circle);

    if (!m_picture.isNull()) {
        painter.setClipPath(path);
        // Cover the circle, cropping the longer side.
        const QSize scaled = m_picture.size().scaled(size(), Qt::KeepAspectRatioByExpanding);
        const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                           scaled);
        painter.drawPixmap(target, m_picture);
        return;
    }

    // A stable hue per name; light fill and dark text for contrast.
    const int hue = int(qHash(m_name) % 360U);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsl(hue, 90, 215));
    painter.drawPath(path);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, m_diameter * 2 / 5));
    painter.setFont(font);
    painter.setPen(QColor::fromHsl(hue, 120, 55));
    painter.drawText(rect(), Qt::AlignCenter, m_initials);
}

void Avatar::updateAccessibleName()
{
    if (m_name.isEmpty())
        setAccessibleName(tr("Profile picture"));
    else if (m_picture.isNull())
        setAccessibleName(tr("No profile picture; initials of %1").arg(m_name));
    else
        setAccessibleName(tr("Profile picture of %1").arg(m_name));
}

} // namespace vzaps::ui
