#include "healthpanel.h"

#include "cache/healthcheck.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
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
    m_list->setWordWrap(true);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(false);
    layout->addWidget(m_list, 1);
    connect(m_rerun, &QPushButton::clicked, this, [this]() { check(m_location); });
}

void HealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        check(m_location);
}

int HealthPanel::findingCount() const
{
    return m_list->topLevelItemCount();
}

void HealthPanel::check(const CacheLocation &location)
{
    m_location = location;
    m_stale = true;
    // A check reads the whole cache a second time: only when someone is looking at the panel.
    if (location.cacheDir.isEmpty() || !isVisible())
        return;
    m_stale = false;
    m_summary->setText(tr("Checking %1 …").arg(location.cacheDir));
    m_rerun->setEnabled(false);
    m_checks.run([location]() { return HealthCheck(location).run(); }, [this](const QVector<HealthFinding> &findings) {
        m_rerun->setEnabled(true);
        show(findings);
    });
}

void HealthPanel::show(const QVector<HealthFinding> &findings)
{
    m_list->clear();
    const int errors = HealthCheck::count(findings, HealthFinding::Severity::Error);
    const int warnings = HealthCheck::count(findings, HealthFinding::Severity::Warning);
    for (const HealthFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_list, {f.title});
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == HealthFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == HealthFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(0, HealthCheck::severityLabel(f.severity) + QStringLiteral(": ") + f.advice);
        item->setData(0, Qt::UserRole, f.id);
        auto *advice = new QTreeWidgetItem(item, {f.advice});
        advice->setFlags(Qt::ItemIsEnabled);
        for (const QString &path : f.paths)
            new QTreeWidgetItem(item, {QStringLiteral("• ") + path});
        item->setExpanded(f.severity != HealthFinding::Severity::Info);
    }
    if (findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("Errors: %1 · Warnings: %2 · Notes: %3")
                               .arg(errors)
                               .arg(warnings)
                               .arg(findings.size() - errors - warnings));
    Q_EMIT checked(errors, warnings);
}
