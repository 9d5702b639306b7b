#include "ui/style/ToneStyle.h"

namespace vzaps::ui {

ToneColors toneColors(format::Tone tone)
{
    // Dark text on light fills: readable, and distinct for the common colour-vision deficiencies
    // because the label carries the meaning.
    switch (tone) {
    case format::Tone::Good:
        return {QColor(0xd7, 0xf2, 0xdc), QColor(0x14, 0x5a, 0x24)};
    case format::Tone::Warning:
        return {QColor(0xfd, 0xec, 0xc8), QColor(0x7a, 0x4a, 0x00)};
    case format::Tone::Bad:
        return {QColor(0xfb, 0xdc, 0xdc), QColor(0x8a, 0x16, 0x16)};
    case format::Tone::Neutral:
        return {QColor(0xe6, 0xe8, 0xeb), QColor(0x3a, 0x40, 0x48)};
    case format::Tone::None:
        break;
    }
    return {QColor(Qt::transparent), QColor()};
}

} // namespace vzaps::ui
