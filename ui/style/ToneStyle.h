#pragma once

#include "core/presentation/InstanceFormat.h"

#include <QColor>

namespace vzaps::ui {

// Badge colours for a tone. The text always goes with them: colour is never the only cue.
struct ToneColors {
    QColor background;
    QColor foreground;
};

ToneColors toneColors(format::Tone tone);

} // namespace vzaps::ui
