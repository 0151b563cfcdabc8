#include "healthpanel.h"

#include "cache/healthcheck.h"
#include "itemmodels/healthmonitor.h"
#include "wrappingdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

HealthPanel::HealthPanel(HealthMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("healthPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("Not checked yet."), this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_rerun = new QPushButton(tr("Check again"), this);
    m_rerun->setObjectName(QStringLiteral("healthRerun"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_rerun);
    layout->addLayout(top);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("healthList"));
    m_list->setHeaderHidden(true);
    // Wrapped, never elided: advice cut at "…" is advice nobody can follow.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeWidget::doItemsLayout);
    m_list->setToolTip(tr("Double-click a finding to fix it"));
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 3); // docked on an 800×500 screen, the window still fits
    layout->addWidget(m_list, 1);
    connect(m_rerun, &QPushButton::clicked, monitor, &HealthMonitor::recheck);
    connect(monitor, &HealthMonitor::findingsChanged, this, &HealthPanel::showFindings);
    connect(monitor, &HealthMonitor::checkingChanged, this, &HealthPanel::showChecking);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        const HealthFix::Action fix = HealthFix::forFinding(item->data(0, Qt::UserRole).toString());
        if (fix != HealthFix::None)
            Q_EMIT fixRequested(fix);
    });
    showFindings();
}

int HealthPanel::findingCount() const
{
    return m_list->topLevelItemCount();
}

void HealthPanel::showFinding(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(item);
            item->setExpanded(true);
            m_list->scrollToItem(item, QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

void HealthPanel::showChecking(bool checking)
{
    m_rerun->setEnabled(!checking);
    if (checking)
        m_summary->setText(tr("Checking %1 …").arg(m_monitor->location().cacheDir));
}

void HealthPanel::showFindings()
{
    m_list->clear();
    const QVector<HealthFinding> &findings = m_monitor->findings();
    for (const HealthFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_list, {f.title});
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == HealthFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == HealthFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        item->setIcon(0, style()->standardIcon(icon));
        const HealthFix::Action fix = HealthFix::forFinding(f.id);
        item->setToolTip(0, HealthCheck::severityLabel(f.severity) + QStringLiteral(": ") + f.advice
                                + (fix == HealthFix::None ? QString()
                                                          : QStringLiteral("\n\n") + tr("Double-click: %1").arg(HealthFix::label(fix))));
        item->setData(0, Qt::UserRole, f.id);
        auto *advice = new QTreeWidgetItem(item, {f.advice});
        advice->setFlags(Qt::ItemIsEnabled);
        for (const QString &path : f.paths)
            new QTreeWidgetItem(item, {QStringLiteral("• ") + path});
        item->setExpanded(f.severity != HealthFinding::Severity::Info);
    }
    if (!m_monitor->hasResult())
        return; // the summary says "Checking …" or "Not checked yet."
    const int errors = HealthCheck::count(findings, HealthFinding::Severity::Error);
    const int warnings = HealthCheck::count(findings, HealthFinding::Severity::Warning);
    if (findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("Errors: %1 · Warnings: %2 · Notes: %3")
                               .arg(QLocale().toString(errors), QLocale().toString(warnings),
                                    QLocale().toString(int(findings.size()) - errors - warnings)));
}
