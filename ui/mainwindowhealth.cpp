// The health summary: message bars in the header for errors and warnings, every finding in the Health dock, and
// the GUI action behind each bar's button.
#include "mainwindow.h"

#include "cacheheader.h"
#include "healthbars.h"
#include "healthpanel.h"
#include "itemmodels/cachesession.h"
#include "itemmodels/healthmonitor.h"

#include <QDockWidget>
#include <QTabWidget>

void MainWindow::createHealth()
{
    m_healthMonitor = new HealthMonitor(this);
    // After an operation or a fetch the next read is checked at once: the header must not advise pruning a cache
    // that was just pruned.
    connect(m_session, &CacheSession::operationFinished, m_healthMonitor, &HealthMonitor::markChanged);
    connect(m_fetchService, &FetchService::finished, m_healthMonitor, &HealthMonitor::markChanged);

    auto *bars = new HealthBars(m_healthMonitor, m_header);
    m_header->setHealthBars(bars);
    connect(bars, &HealthBars::fixRequested, this, &MainWindow::runFix);
    connect(bars, &HealthBars::detailsRequested, this, &MainWindow::showHealthDetails);

    m_health = new HealthPanel(m_healthMonitor, this);
    connect(m_health, &HealthPanel::fixRequested, this, &MainWindow::runFix);
    auto *dock = new QDockWidget(tr("Health"), this);
    dock->setObjectName(QStringLiteral("healthDock"));
    dock->setWidget(m_health);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
}

void MainWindow::runFix(HealthFix::Action fix)
{
    switch (fix) {
    case HealthFix::None:
        break;
    case HealthFix::Prune:
        if (m_prune->isEnabled())
            m_prune->trigger();
        break;
    case HealthFix::Clean:
        if (m_clean->isEnabled())
            m_clean->trigger();
        break;
    case HealthFix::ShowOrphans:
        m_tabs->setCurrentIndex(OrphansTab);
        break;
    case HealthFix::CacheOptions:
        editOptions();
        break;
    case HealthFix::OpenConfig:
        openConfigFile();
        break;
    }
}

void MainWindow::showHealthDetails(const QString &findingId)
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("healthDock"));
    dock->show();
    dock->raise();
    if (!findingId.isEmpty())
        m_health->showFinding(findingId);
}
