#pragma once

#include "core/presentation/InstanceFormat.h"

#include <QLabel>

namespace vzaps::ui {

// A small rounded label: an event name, a label "key: value", or a badge whose tone colours
// go with its text (colour is never the only cue).
class ChipLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ChipLabel(const QString &text, format::Tone tone = format::Tone::Neutral,
                       QWidget *parent = nullptr);

    void setChip(const QString &text, format::Tone tone);
    format::Tone tone() const { return m_tone; }

private:
    format::Tone m_tone = format::Tone::Neutral;
};

} // namespace vzaps::ui
