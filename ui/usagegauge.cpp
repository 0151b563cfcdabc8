#include "usagegauge.h"

#include "core/displayformat.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

UsageGauge::UsageGauge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageGauge"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageGauge::setUsage(qint64 size, qint64 maxSize)
{
    m_size = size;
    m_maxSize = maxSize;
    const double percent = maxSize > 0 ? 100.0 * double(size) / double(maxSize) : 0;
    setToolTip(tr("%1 of %2 (image_cache_max_size), %3%")
                   .arg(DisplayFormat::exactBytes(size), DisplayFormat::exactBytes(maxSize))
                   .arg(QLocale().toString(percent, 'f', 1)));
    update();
}

QSize UsageGauge::sizeHint() const
{
    return {360, fontMetrics().height() + 12};
}

QSize UsageGauge::minimumSizeHint() const
{
    return {160, fontMetrics().height() + 12};
}

void UsageGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath frame;
    frame.addRoundedRect(r, 4, 4);
    p.fillPath(frame, palette().base());
    const bool over = isOver();
    // Over the limit the bar is full and the overshoot is drawn as a hatched tail past a limit mark.
    const double scale = over ? double(m_maxSize) / double(m_size) : 1.0;
    const double fill = m_maxSize > 0 ? qMin(1.0, double(m_size) / double(m_maxSize)) : (m_size > 0 ? 1.0 : 0.0);
    const QColor ok = QColor(0x2e, 0x7d, 0x32);
    const QColor warn = QColor(0xf9, 0xa8, 0x25);
    const QColor bad = QColor(0xc6, 0x28, 0x28);
    QColor colour = fill < 0.85 ? ok : warn;
    p.save();
    p.setClipPath(frame);
    if (over) {
        const double limitX = r.left() + r.width() * scale;
        p.fillRect(QRectF(r.left(), r.top(), limitX - r.left(), r.height()), warn);
        p.fillRect(QRectF(limitX, r.top(), r.right() - limitX, r.height()), QBrush(bad, Qt::SolidPattern));
        p.fillRect(QRectF(limitX, r.top(), r.right() - limitX, r.height()), QBrush(bad.darker(130), Qt::BDiagPattern));
        p.setPen(QPen(palette().text().color(), 2));
        p.drawLine(QPointF(limitX, r.top()), QPointF(limitX, r.bottom()));
    } else {
        p.fillRect(QRectF(r.left(), r.top(), r.width() * fill, r.height()), colour);
    }
    p.restore();
    p.setPen(palette().mid().color());
    p.drawPath(frame);
    const double percent = m_maxSize > 0 ? 100.0 * double(m_size) / double(m_maxSize) : 0;
    const QString text = tr("%1 of %2 (%3%)")
                             .arg(DisplayFormat::size(m_size), DisplayFormat::size(m_maxSize))
                             .arg(QLocale().toString(percent, 'f', 0));
    // Over the coloured fill: white with a dark outline (readable on green, amber and red); over the empty
    // track: the palette's text colour, as white on white would vanish.
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    QPainterPath textPath;
    const QFontMetricsF fm(f);
    const QPointF origin(r.center().x() - fm.horizontalAdvance(text) / 2, r.center().y() + fm.ascent() / 2 - 1);
    textPath.addText(origin, f, text);
    const double fillRight = over ? r.right() : r.left() + r.width() * fill;
    p.save();
    p.setClipRect(QRectF(r.left(), r.top(), fillRight - r.left(), r.height()));
    p.setPen(QPen(QColor(0, 0, 0, 170), 3));
    p.drawPath(textPath);
    p.fillPath(textPath, Qt::white);
    p.restore();
    p.save();
    p.setClipRect(QRectF(fillRight, r.top(), r.right() - fillRight, r.height()));
    p.fillPath(textPath, palette().text());
    p.restore();
}
