#include "cacheheader.h"

#include "cache/cachesnapshot.h"
#include "core/displayformat.h"
#include "usagegauge.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>

namespace {

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CacheHeader::CacheHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cacheHeader"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 6);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    m_demo = makeLabel(QStringLiteral("demoBanner"), this);
    m_demo->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e6cf8b; "
                                         "border-radius: 3px; padding: 4px 8px; }"));
    m_demo->hide();
    m_location = makeLabel(QStringLiteral("locationLabel"), this);
    m_driver = makeLabel(QStringLiteral("driverLabel"), this);
    m_gauge = new UsageGauge(this);
    m_free = makeLabel(QStringLiteral("freeSpaceLabel"), this);
    m_free->setWordWrap(false);
    m_message = makeLabel(QStringLiteral("headerMessage"), this);
    m_message->hide();
    auto *sizeCaption = new QLabel(tr("Size:"), this);
    grid->addWidget(m_demo, 0, 0, 1, 3);
    grid->addWidget(m_location, 1, 0, 1, 3);
    grid->addWidget(m_driver, 2, 0, 1, 3);
    grid->addWidget(sizeCaption, 3, 0);
    grid->addWidget(m_gauge, 3, 1);
    grid->addWidget(m_free, 3, 2);
    m_fix = new QToolButton(this);
    m_fix->setObjectName(QStringLiteral("headerFixButton"));
    m_fix->setText(tr("Cache Options…"));
    m_fix->hide();
    connect(m_fix, &QToolButton::clicked, this, &CacheHeader::editOptionsRequested);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_fix, 0, Qt::AlignTop);
    grid->addLayout(messageRow, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);
}

namespace {

// A URL has no spaces: without break opportunities after its separators, one long socket path widens the
// whole window instead of wrapping.
QString breakable(QString html)
{
    for (const QString &separator : { QStringLiteral("/"), QStringLiteral("&amp;"), QStringLiteral("%2F"), QStringLiteral("?") })
        html.replace(separator, separator + QChar(0x200B));
    return html;
}

} // namespace

void CacheHeader::setHealthBars(QWidget *bars)
{
    // In a scroll area that grows to show every bar while there is room and scrolls when there is not: the
    // window must still fit a 1024×768 screen at scale 2 when five things are wrong at once.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("healthBarsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    scroll->setWidget(bars);
    scroll->setVisible(bars->isVisible());
    bars->installEventFilter(this);
    scroll->viewport()->installEventFilter(this); // resized after the scroll area's own Resize event
    m_bars = scroll;
    static_cast<QGridLayout *>(layout())->addWidget(scroll, 5, 0, 1, 3);
}

bool CacheHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_bars)
        return QWidget::eventFilter(watched, event);
    // The bars hide themselves when there is nothing to say; the scroll area around them follows.
    if (watched == m_bars->widget() && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_bars->setVisible(event->type() == QEvent::ShowToParent);
    // Wrapped sentences: the height the bars need depends on the width they get. A scroll area sizes itself by
    // its widget's width-less size hint, so the height is set here: all of it while there is room, at least
    // about one bar's when there is not.
    if ((watched == m_bars->viewport() && event->type() == QEvent::Resize)
        || (watched == m_bars->widget() && event->type() == QEvent::LayoutRequest)) {
        const int needed = m_bars->widget()->heightForWidth(m_bars->viewport()->width());
        if (needed > 0) {
            // At most a quarter of the window: the views are what the window is for.
            const int room = qMax(fontMetrics().lineSpacing() * 3, window()->height() / 4);
            m_bars->setMaximumHeight(qMin(needed, room));
            m_bars->setMinimumHeight(qMin(needed, fontMetrics().lineSpacing() * 3));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CacheHeader::showLocation(const CacheLocation &location, const QString &note)
{
    m_demo->setVisible(location.isDemo);
    m_configOnly = location.cacheDir.isEmpty() && !location.configFiles.isEmpty();
    m_fix->hide();
    // Why the demo opened (no config, or a config that sets no cache) belongs in plain sight, not in a tooltip.
    m_demo->setText(tr("<b>Demo cache</b> — generated sample data, not a Glance node. Open a real cache with "
                       "File → Open.")
                    + (note.isEmpty() ? QString() : QStringLiteral("<br>") + note.toHtmlEscaped()));
    QString text = m_configOnly ? tr("<b>No cache</b>") : tr("<b>%1</b>").arg(location.cacheDir.toHtmlEscaped());
    if (!location.configFiles.isEmpty())
        text += tr(" &nbsp;from %1").arg(location.configFiles.join(QStringLiteral(", ")).toHtmlEscaped());
    if (location.driver == QLatin1String("centralized_db"))
        // databaseDisplay is the redacted URL: the password never reaches a widget.
        text += QStringLiteral("<br>") + tr("Records of node <b>%1</b> in the database %2")
                    .arg(location.nodeUrl.toHtmlEscaped(), breakable(location.databaseDisplay.toHtmlEscaped()));
    if (!note.isEmpty() && !location.isDemo)
        text += QStringLiteral("<br>") + note.toHtmlEscaped();
    m_location->setText(text);
    m_location->setToolTip(note);
}

void CacheHeader::showSnapshot(const CacheSnapshot &s)
{
    QString driver = tr("Driver: <b>%1</b>").arg(s.effectiveDriver.toHtmlEscaped());
    if (s.effectiveDriver != s.location.driver)
        driver += tr(" — <span style='color:#b23c00'>configured as %1</span>").arg(s.location.driver.toHtmlEscaped());
    if (!s.driverNote.isEmpty())
        driver += QStringLiteral("<br><span style='color:#b23c00'>%1</span>").arg(s.driverNote.toHtmlEscaped());
    m_driver->setText(driver);
    m_gauge->setUsage(s.totalSize, s.location.maxSize);
    m_free->setText(s.freeBytes >= 0 ? tr("%1 free on the filesystem").arg(DisplayFormat::size(s.freeBytes)) : QString());
    // Over the limit and short of space are health findings: the message bars below say them, with their fix.
    QStringList messages;
    for (const QString &w : s.warnings)
        messages.append(w.toHtmlEscaped());
    m_fix->hide();
    m_message->setText(messages.join(QStringLiteral("<br>")));
    m_message->setStyleSheet(messages.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b23c00; }"));
    m_message->setVisible(!messages.isEmpty());
}

void CacheHeader::showError(const QString &message)
{
    m_message->setText(tr("<b>Cannot read the cache:</b> %1").arg(message.toHtmlEscaped()));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->show();
    m_fix->setVisible(m_configOnly);
}
