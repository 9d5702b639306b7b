#pragma once

#include <QString>

// Server text as views show it. Everything the server sends is untrusted: a name may be five
// megabytes long or look like HTML. Views show a sensible length (Copy gives the whole value)
// and never let a tooltip, which Qt reads as rich text whenever it looks like some, render it.
namespace vzaps::display {

// The most of one text a label, cell or chip shows, and the most lines.
constexpr qsizetype kMaxShownChars = 500;
constexpr qsizetype kMaxShownLines = 12;
// The most of one text a tooltip shows.
constexpr qsizetype kMaxToolTipChars = 1000;

// `text` cut to its first `maxChars` characters and kMaxShownLines lines, followed by "…"
// when anything was cut (so at most maxChars + 1 characters); never splits a character.
QString cut(const QString &text, qsizetype maxChars = kMaxShownChars);

// A tooltip that shows `plain` as the plain text it is: cut to kMaxToolTipChars; if it holds
// '<' or '&', escaped rich text with its line breaks kept. Empty for an empty text.
QString toolTip(const QString &plain);

} // namespace vzaps::display
