#include "healthbars.h"

#include "itemmodels/healthmonitor.h"
#include "messagebar.h"

#include <QToolButton>
#include <QVBoxLayout>

HealthBars::HealthBars(HealthMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("healthBars"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    connect(monitor, &HealthMonitor::findingsChanged, this, &HealthBars::rebuild);
    rebuild();
}

namespace {

QString closedKey(const HealthFinding &f)
{
    return f.id + u'\n' + f.title;
}

} // namespace

void HealthBars::rebuild()
{
    // deleteLater: rebuild() may run inside a click on one of these bars' buttons.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    int shown = 0, more = 0;
    for (const HealthFinding &f : m_monitor->findings()) {
        if (f.severity == HealthFinding::Severity::Info || m_closed.contains(closedKey(f)))
            continue;
        if (shown < maxBars()) {
            addBar(f);
            ++shown;
        } else {
            ++more;
        }
    }
    if (more > 0) {
        auto *bar = new MessageBar(MessageBar::Type::Information,
                                   tr("%Ln more finding(s) in the Health panel.", nullptr, more), this);
        bar->setObjectName(QStringLiteral("healthMore"));
        bar->addButton(tr("Show All"), [this]() { Q_EMIT detailsRequested(QString()); });
        m_layout->addWidget(bar);
    }
    setVisible(shown > 0);
}

void HealthBars::addBar(const HealthFinding &f)
{
    const bool error = f.severity == HealthFinding::Severity::Error;
    // The title says what is wrong, the advice why it matters: both whole, so nobody needs a tooltip to act.
    const QString text = QStringLiteral("<b>%1</b><br>%2").arg(f.title.toHtmlEscaped(), f.advice.toHtmlEscaped());
    auto *bar = new MessageBar(error ? MessageBar::Type::Error : MessageBar::Type::Warning, text, this);
    bar->setObjectName(QStringLiteral("health-") + f.id);
    const HealthFix::Action fix = HealthFix::forFinding(f.id);
    if (fix != HealthFix::None)
        bar->addButton(HealthFix::label(fix), [this, fix]() { Q_EMIT fixRequested(fix); })
            ->setObjectName(QStringLiteral("fixButton"));
    const QString id = f.id;
    bar->addButton(tr("Details"), [this, id]() { Q_EMIT detailsRequested(id); })
        ->setObjectName(QStringLiteral("detailsButton"));
    bar->setCloseButtonVisible(true);
    const QString key = closedKey(f);
    connect(bar, &MessageBar::closeRequested, this, [this, key]() {
        m_closed.insert(key);
        rebuild();
    });
    m_layout->addWidget(bar);
}
