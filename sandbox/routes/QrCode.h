#pragma once

#include <QByteArray>
#include <QString>

namespace vzsandbox {

// Encodes `text` as a real QR code (libqrencode) and returns it as a
// "data:image/png;base64,..." URL, or an empty string if encoding failed.
QString qrPngDataUrl(const QByteArray &text);

} // namespace vzsandbox
