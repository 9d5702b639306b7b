#pragma once

class QPainter;
class QStyle;
class QStyleOptionHeader;
class QStyleOptionSlider;
class QStyleOptionToolBar;
class QWidget;

// Flat, opaque drawings of the bars every vzaps-desk window shows: the main tool bar, the
// table's column headers and scroll bars. DeskStyle uses them over Fusion.
//
// Why not Fusion's own: Fusion draws these with translucent one-pixel lines and tall
// gradients. Qt's raster engine turns such a line into one span per pixel and hands any
// blend of 96 spans or more to the global thread pool, then waits for it; for a one-pixel
// line the hand-off (threads started, woken, waited for) costs far more than the pixels,
// about 6 ms of vzaps-desk's first paint on a 2-core machine and a little on every
// repaint while scrolling (bench/desk). Opaque colours are written directly.
namespace vzaps::ui::flatbars {

// A main window's tool bar along the top: the window colour with a rule below.
void paintToolBar(const QStyleOptionToolBar &option, QPainter *painter);

// One horizontal header section; false for vertical ones (left to the base style).
bool paintHeaderSection(const QStyleOptionHeader &option, QPainter *painter);

// A whole (non-transient) scroll bar: groove, step buttons with the base style's arrows,
// and the slider. Geometry comes from `style`, so clicks land where things are drawn.
void paintScrollBar(const QStyle &style, const QStyle &arrows, const QStyleOptionSlider &option,
                    QPainter *painter, const QWidget *widget);

} // namespace vzaps::ui::flatbars
