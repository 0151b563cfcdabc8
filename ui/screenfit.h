#pragma once

#include <QByteArray>
#include <QMargins>
#include <QRect>
#include <QSize>

class QBoxLayout;
class QScrollArea;
class QWidget;

// Keeps windows and dialogs on the screen they open on, from 1024×768 to 4K at any scale: sizes are in
// device-independent pixels, so at scale 2 a 1600×1000 screen offers 800×500 and a window asks for no more.
// A window whose layout needs more than that must scroll (scrollable()), never overflow.
namespace ScreenFit {

// The available geometry (without panels and docks) of the screen the widget is on, or will open on: its
// own once it has a window, else its parent window's, else the primary screen's.
QRect available(const QWidget *widget);

// The window's frame (title bar and borders): the real one once the window is on screen, before that its
// parent window's, else an estimate of a title bar and a thin border.
QMargins frameMargins(const QWidget *window);

// Whether the window's frame lies within the screen's available geometry.
bool fits(const QWidget *window);

// Shrinks the window to the available geometry (less its frame) and moves it so that its frame lies inside.
// Cannot go below the window's minimum size: a layout that needs more than a small screen must scroll.
void fit(QWidget *window);

// Fits the window each time it is shown, before it appears (and once more when its real frame is known).
// The filter doing it is a child of the window.
void keepOnScreen(QWidget *window);

// Resizes the window to preferred, or less where the screen is smaller, and centres it on the screen.
void resizeWithin(QWidget *window, QSize preferred);

// Restores a QWidget::saveGeometry() blob if the size so restored fits on the screen it lands on, moving the
// window inside it if need be. A size saved on a larger screen, or at a smaller scale, is dropped: false, and
// the caller sets a size (resizeWithin()).
bool restoreGeometry(QWidget *window, const QByteArray &geometry);

// Moves count widgets of layout, from index first on, into a scroll area put in their place, so a long form
// scrolls on a small screen instead of pushing the widgets below it (OK/Cancel) off it. The area scrolls
// vertically; its content follows the area's width. Returns the area (a child of the layout's widget).
QScrollArea *scrollable(QBoxLayout *layout, int first, int count);

} // namespace ScreenFit
