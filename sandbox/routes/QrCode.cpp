#include "sandbox/routes/QrCode.h"

#include <QBuffer>
#include <QImage>
#include <memory>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace vzsandbox {

QString qrPngDataUrl(const QByteArray &text)
{
    constexpr int kScale = 6;  // pixels per module
    constexpr int kBorder = 4; // the quiet zone the QR spec asks for, in modules

    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};

    const int modules = code->width;
    const int side = (modules + 2 * kBorder) * kScale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if ((code->data[y * modules + x] & 1) == 0)
                continue;
            for (int dy = 0; dy < kScale; ++dy) {
                uchar *line = image.scanLine((y + kBorder) * kScale + dy);
                std::fill_n(line + (x + kBorder) * kScale, kScale, uchar(0));
            }
        }
    }

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

} // namespace vzsandbox
