#include "ui/style/BundledIcon.h"

#include "core/accounts/AppIdentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

// The embedded icons live in a static library: the resource must be asked for by name, or
// the linker may leave it out.
static void initBundledIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace vzaps::ui {

namespace {

void ensureResources()
{
    static const bool done = (initBundledIconResources(), true);
    Q_UNUSED(done);
}

QString bundledPath(const QString &themeName)
{
    return u":/icons/actions/%1.svg"_s.arg(themeName);
}

// One of the bundled monochrome SVGs, drawn at the size asked for and filled with the
// palette's colour for the icon's mode (the drawing's own colour is only its shape).
class TintedSvgIcon : public QIconEngine
{
public:
    explicit TintedSvgIcon(QString path, bool tinted)
        : m_path(std::move(path))
        , m_tinted(tinted)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap image = scaledPixmap(rect.size() * scale, mode, state, scale);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        if (size.isEmpty())
            return {};
        const QColor ink = m_tinted ? inkFor(mode) : QColor();
        // The same pixels at another scale are another pixmap (its device pixel ratio).
        const QString key = u"vzaps-icon:%1:%2x%3@%4:%5:%6"_s.arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(ink.isValid() ? ink.name(QColor::HexArgb) : u"-"_s)
                                .arg(int(mode));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QSvgRenderer renderer(m_path);
            QPainter painter(&image);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            if (ink.isValid()) {
                // The drawing's alpha stays; its colour becomes the palette's.
                painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                painter.fillRect(image.rect(), ink);
            }
        }
        if (!m_tinted && mode == QIcon::Disabled)
            image = toDisabled(image);
        QPixmap pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgIcon(m_path, m_tinted); }
    QString key() const override { return u"vzaps-bundled-svg"_s; }
    bool isNull() override { return !QFile::exists(m_path); }

private:
    static QColor inkFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    // A coloured drawing, disabled: grey and faded, as the style greys a pixmap.
    static QImage toDisabled(const QImage &image)
    {
        QImage grey = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < grey.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(grey.scanLine(y));
            for (int x = 0; x < grey.width(); ++x) {
                const int g = qGray(line[x]);
                line[x] = qRgba(g, g, g, qAlpha(line[x]) / 2);
            }
        }
        return grey;
    }

    QString m_path;
    bool m_tinted;
};

} // namespace

QIcon bundledIcon(const QString &themeName)
{
    ensureResources();
    const QString path = bundledPath(themeName);
    if (!QFile::exists(path))
        return {};
    return QIcon(new TintedSvgIcon(path, true));
}

QIcon themedIcon(const QString &themeName)
{
    return QIcon::fromTheme(themeName, bundledIcon(themeName));
}

QIcon applicationIcon()
{
    ensureResources();
    const QString name(identity::kApplicationId);
    return QIcon::fromTheme(
        name, QIcon(new TintedSvgIcon(u":/icons/hicolor/scalable/apps/%1.svg"_s.arg(name), false)));
}

} // namespace vzaps::ui
