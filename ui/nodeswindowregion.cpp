// The nodes window's database view: the region read from Glance's database (centralized_db) instead of
// each node's cache API.
#include "nodeswindow.h"

#include "cache/regionreader.h"
#include "core/background.h"
#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/regionmatrix.h"
#include "itemmodels/regionnodesmodel.h"
#include "remote/remoteconnection.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>

void NodesWindow::setDatabase(const QString &url, const QString &display)
{
    if (url == m_databaseUrl)
        return;
    m_databaseUrl = url;
    m_databaseDisplay = display;
    if (url.isEmpty() && m_fromDatabase->isChecked())
        m_fromDatabase->setChecked(false); // back to the nodes' API
    else if (showsDatabase())
        refresh();
    updateActions();
}

bool NodesWindow::showsDatabase() const
{
    return m_fromDatabase->isChecked() && !m_databaseUrl.isEmpty();
}

void NodesWindow::setShowDatabase(bool on)
{
    m_nodeStack->setCurrentWidget(on ? static_cast<QWidget *>(m_regionView) : static_cast<QWidget *>(m_nodeList));
    // What the other view showed says nothing about this one.
    m_region = {};
    m_lastListing.clear();
    m_nodeList->clear();
    m_regionNodes->setRegion({}, {});
    rebuildMatrix();
    updateActions();
    refresh();
}

void NodesWindow::refreshFromDatabase()
{
    m_summary->setText(tr("Reading the region from %1…").arg(m_databaseDisplay));
    setBusy(1);
    Background::run(
        this, [url = m_databaseUrl]() { return RegionReader::read(url); },
        [this](const Expected<RegionCacheMap> &region) {
            setBusy(-1);
            showRegion(region);
            roundDone();
        });
}

void NodesWindow::showRegion(const Expected<RegionCacheMap> &region)
{
    m_region = region ? *region : RegionCacheMap {};
    m_regionNodes->setRegion(m_region, m_connection->nodes());
    for (int c = 0; c < RegionNodesModel::LastAccessColumn; ++c)
        m_regionView->resizeColumnToContents(c);
    if (!region) {
        m_summary->setText(region.error());
        return;
    }
    // Counted as the matrix counts them: "only some" of the connection's nodes when it lists any.
    const CacheMatrix matrix = RegionMatrix::build(m_region, m_connection->nodes());
    int partial = 0, gone = 0;
    for (const MatrixRow &row : matrix.rows) {
        partial += CacheMatrix::isPartial(row) ? 1 : 0;
        gone += matrix.isOrphan(row) ? 1 : 0;
    }
    m_summary->setText(
        tr("Glance's database %1: %Ln node(s).", nullptr, int(m_region.nodes.size())).arg(m_region.database) + u' '
        + tr("%Ln image(s) cached somewhere", nullptr, int(m_region.images.size())) + u';' + u' '
        + tr("%Ln cached on only some", nullptr, partial) + u';' + u' ' + tr("%Ln no longer in Glance.", nullptr, gone));
}
