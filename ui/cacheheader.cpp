#include "cacheheader.h"

#include "cache/cachesnapshot.h"
#include "core/displayformat.h"
#include "usagegauge.h"

#include <QGridLayout>
#include <QLabel>

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
    m_demo->setText(tr("<b>Demo cache</b> — generated sample data, not a Glance node. Open a real cache with "
                       "File → Open."));
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
    grid->addWidget(m_message, 4, 0, 1, 3);
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

void CacheHeader::showLocation(const CacheLocation &location, const QString &note)
{
    m_demo->setVisible(location.isDemo);
    QString text = tr("<b>%1</b>").arg(location.cacheDir.toHtmlEscaped());
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
    QStringList messages;
    if (s.totalSize > s.location.maxSize)
        messages.append(tr("The cache is %1 over image_cache_max_size: the pruner has not run or cannot keep up.")
                            .arg(DisplayFormat::size(s.totalSize - s.location.maxSize)));
    if (s.freeBytes >= 0 && s.freeBytes < s.location.maxSize - qMin(s.totalSize, s.location.maxSize))
        messages.append(tr("The filesystem has less free space than the cache may still grow by."));
    for (const QString &w : s.warnings)
        messages.append(w.toHtmlEscaped());
    m_message->setText(messages.join(QStringLiteral("<br>")));
    m_message->setStyleSheet(messages.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b23c00; }"));
    m_message->setVisible(!messages.isEmpty());
}

void CacheHeader::showError(const QString &message)
{
    m_message->setText(tr("<b>Cannot read the cache:</b> %1").arg(message.toHtmlEscaped()));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->show();
}
