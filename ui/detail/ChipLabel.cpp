#include "ui/detail/ChipLabel.h"

#include "ui/style/ToneStyle.h"

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ChipLabel::ChipLabel(const QString &text, format::Tone tone, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setChip(text, tone);
}

void ChipLabel::setChip(const QString &text, format::Tone tone)
{
    m_tone = tone;
    setText(text);
    setAccessibleName(text);
    const ToneColors colors = toneColors(tone);
    if (tone == format::Tone::None) {
        // No state to colour: an outline keeps the chip shape without suggesting a meaning.
        setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 9px;"
                      " padding: 1px 8px; }"_s);
        return;
    }
    // The border keeps light fills visible on a light window.
    setStyleSheet(u"QLabel { background-color: %1; color: %2; border: 1px solid %3;"
                  " border-radius: 9px; padding: 1px 8px; }"_s.arg(
                      colors.background.name(), colors.foreground.name(),
                      colors.background.darker(125).name()));
}

} // namespace vzaps::ui
