#include "screenfit.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDialog>
#include <QEvent>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QWindow>

namespace {

// The frame rectangle the window has, or will have once shown with margins m.
QRect frameRect(const QWidget *window, const QMargins &m)
{
    if (window->isVisible() && window->windowHandle())
        return window->frameGeometry();
    const QRect inner = window->geometry();
    return QRect(inner.topLeft() - QPoint(m.left(), m.top()), inner.size().grownBy(m));
}

bool maximized(const QWidget *window)
{
    return window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen);
}

// Only shrinks: a window that fits keeps the size a person gave it.
void shrink(QWidget *window, const QRect &area, const QMargins &m)
{
    const QSize room = area.size().shrunkBy(m);
    const QSize size = window->size().boundedTo(room);
    if (size != window->size())
        window->resize(size);
}

// Fits a window when it is shown. A dialog shown without an explicit position is only shrunk here: its own
// show event then centres it over its parent, within the screen.
class Keeper : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || watched != parent())
            return false;
        auto *window = static_cast<QWidget *>(watched);
        if (!window->isWindow() || maximized(window))
            return false;
        const bool dialogCentres = qobject_cast<QDialog *>(window) && !window->testAttribute(Qt::WA_Moved);
        if (dialogCentres)
            shrink(window, ScreenFit::available(window), ScreenFit::frameMargins(window));
        else
            ScreenFit::fit(window);
        // The real frame is known once the window is on screen; it may be larger than the estimate.
        QTimer::singleShot(0, window, [window]() {
            if (window->isVisible() && !maximized(window) && !ScreenFit::fits(window))
                ScreenFit::fit(window);
        });
        return false;
    }
};

} // namespace

namespace ScreenFit {

QRect available(const QWidget *widget)
{
    const QWidget *window = widget->window();
    QScreen *screen = nullptr;
    if (window->isVisible() && window->windowHandle())
        screen = window->windowHandle()->screen();
    else if (const QWidget *parent = window->parentWidget())
        screen = parent->window()->screen();
    if (!screen)
        screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QMargins frameMargins(const QWidget *window)
{
    const auto real = [](const QWidget *w) {
        return w && w->isVisible() && w->windowHandle() ? w->windowHandle()->frameMargins() : QMargins();
    };
    if (window->isVisible() && window->windowHandle())
        return real(window);
    if (const QWidget *parent = window->parentWidget(); parent && !real(parent->window()).isNull())
        return real(parent->window());
    // A title bar about one and a half lines of text high and a thin border: what common window managers draw.
    const int title = qMax(window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window),
                           window->fontMetrics().height() * 3 / 2 + 8);
    return QMargins(4, title, 4, 4);
}

bool fits(const QWidget *window)
{
    const QRect area = available(window);
    return area.isEmpty() || area.contains(frameRect(window, frameMargins(window)));
}

void fit(QWidget *window)
{
    const QRect area = available(window);
    if (area.isEmpty())
        return;
    const QMargins m = frameMargins(window);
    shrink(window, area, m);
    const QRect frame = frameRect(window, m);
    // Top-left wins where the frame is larger than the screen (a minimum size no screen this small has).
    const int x = qMax(area.left(), qMin(frame.left(), area.right() + 1 - frame.width()));
    const int y = qMax(area.top(), qMin(frame.top(), area.bottom() + 1 - frame.height()));
    if (QPoint(x, y) != frame.topLeft())
        window->move(x, y); // a window's position is its frame's
}

void keepOnScreen(QWidget *window)
{
    window->installEventFilter(new Keeper(window));
}

void resizeWithin(QWidget *window, QSize preferred)
{
    const QRect area = available(window);
    if (area.isEmpty()) {
        window->resize(preferred);
        return;
    }
    const QMargins m = frameMargins(window);
    window->resize(preferred.boundedTo(area.size().shrunkBy(m)));
    const QSize frame = window->size().grownBy(m);
    window->move(area.left() + (area.width() - frame.width()) / 2, area.top() + (area.height() - frame.height()) / 2);
}

bool restoreGeometry(QWidget *window, const QByteArray &geometry)
{
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    // The size decides; a position a little off (a frame estimated larger than it was) is only moved.
    const QRect area = available(window);
    if (area.isEmpty() || window->size().grownBy(frameMargins(window)).boundedTo(area.size())
                              == window->size().grownBy(frameMargins(window))) {
        fit(window);
        return true;
    }
    window->setWindowState(window->windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    return false;
}

QScrollArea *scrollable(QBoxLayout *layout, int first, int count)
{
    auto *area = new QScrollArea(layout->parentWidget());
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(area);
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(layout->spacing());
    for (int i = 0; i < count && first < layout->count(); ++i) {
        const int stretch = layout->stretch(first);
        QLayoutItem *item = layout->takeAt(first);
        if (QWidget *w = item->widget()) {
            inner->addWidget(w, stretch);
            delete item; // the QWidgetItem that held it
        } else if (QLayout *l = item->layout()) {
            inner->addLayout(l, stretch);
        } else {
            inner->addItem(item);
        }
    }
    area->setWidget(content);
    layout->insertWidget(first, area, 1);
    return area;
}

} // namespace ScreenFit
