#include "nodeswindow.h"

#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/cachesession.h"
#include "core/displayformat.h"
#include "entrydelegate.h"
#include "matrixdelegate.h"
#include "itemmodels/matrixproxymodel.h"
#include "itemmodels/regionmatrix.h"
#include "itemmodels/regionnodesmodel.h"
#include "remote/remoteconnection.h"
#include "screenfit.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum NodeColumn { NodeName, NodeApi, NodeCacheApi, NodePruneClean, NodeCached, NodeSize, NodeStatus, NodeColumns };
}

// Long on purpose: the window's toolbar, node list and matrix, built top to bottom as they are laid out.
NodesWindow::NodesWindow(RemoteConnection *connection, CacheSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_connection(connection)
    , m_session(session)
    , m_fleet(new NodeFleet(connection, this))
    , m_model(new CacheMatrixModel(this))
    , m_proxy(new MatrixProxyModel(this))
    , m_regionNodes(new RegionNodesModel(this))
{
    setObjectName(QStringLiteral("nodesWindow"));
    setWindowTitle(tr("Glance Nodes"));
    ScreenFit::resizeWithin(this, QSize(1100, 700));
    ScreenFit::keepOnScreen(this);
    // A tool window closes the way dialogs do.
    auto *close = new QAction(tr("Close"), this);
    close->setObjectName(QStringLiteral("actionCloseNodes"));
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *layout = new QVBoxLayout(this);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("nodesToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolBar);

    m_nodeList = new QTreeWidget(this);
    m_nodeList->setObjectName(QStringLiteral("nodeList"));
    m_nodeList->setRootIsDecorated(false);
    m_nodeList->setColumnCount(NodeColumns);
    m_nodeList->setHeaderLabels({ tr("Node"), tr("API"), tr("Cache API"), tr("Prune/clean"), tr("Cached"),
        tr("Size"), tr("Status") });
    m_nodeList->header()->setStretchLastSection(true);
    m_nodeList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_regionView = new QTreeView(this);
    m_regionView->setObjectName(QStringLiteral("regionNodeList"));
    m_regionView->setRootIsDecorated(false);
    m_regionView->setModel(m_regionNodes);
    m_regionView->setItemDelegate(new EntryDelegate(-1, m_regionView)); // the old URL of a node in the warning colour
    m_nodeStack = new QStackedWidget(this);
    m_nodeStack->addWidget(m_nodeList);
    m_nodeStack->addWidget(m_regionView);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("matrixFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or ID"));
    m_filter->setClearButtonEnabled(true);
    m_withLocal = new QCheckBox(tr("Include this machine's cache"), this);
    m_withLocal->setObjectName(QStringLiteral("includeLocal"));
    m_withLocal->setToolTip(tr("Show the cache open in the main window as one more column."));
    m_attentionOnly = new QCheckBox(tr("Only uneven or orphaned"), this);
    m_attentionOnly->setObjectName(QStringLiteral("attentionOnly"));
    m_attentionOnly->setToolTip(tr("Show only images cached on some nodes but not others, or gone from Glance"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_attentionOnly);
    filterRow->addWidget(m_withLocal);

    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new MatrixDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CacheMatrixModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(filterRow);
    lowerLayout->addWidget(m_view);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("nodesSplitter"));
    splitter->addWidget(m_nodeStack);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 150, 500 });
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("nodesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    createActions();
    toolBar->addAction(m_connectionAction);
    toolBar->addAction(m_fromDatabase);
    toolBar->addSeparator();
    for (QAction *a : { m_refresh, m_queueAll, m_deleteAll })
        toolBar->addAction(a);
    toolBar->addSeparator();
    for (QAction *a : { m_clearCache, m_clearQueue, m_clearBoth, m_prune, m_clean })
        toolBar->addAction(a);
    m_view->addActions({ m_queueAll, m_deleteAll });
    m_nodeList->addActions({ m_clearCache, m_clearQueue, m_clearBoth, m_prune, m_clean });

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MatrixProxyModel::setText);
    connect(m_attentionOnly, &QCheckBox::toggled, m_proxy, &MatrixProxyModel::setAttentionOnly);
    connect(m_withLocal, &QCheckBox::toggled, this, &NodesWindow::rebuildMatrix);
    connect(m_fromDatabase, &QAction::toggled, this, &NodesWindow::setShowDatabase);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NodesWindow::updateActions);
    connect(m_nodeList, &QTreeWidget::itemSelectionChanged, this, &NodesWindow::updateActions);
    connect(m_connection, &RemoteConnection::changed, this, &NodesWindow::refresh);
    if (m_session)
        connect(m_session, &CacheSession::snapshotChanged, this, [this]() {
            // Only a centralized_db location has a database URL.
            const CacheLocation &location = m_session->snapshot().location;
            setDatabase(location.databaseUrl, location.databaseDisplay);
            if (m_withLocal->isChecked())
                rebuildMatrix();
        });
    updateActions();
}

NodesWindow::~NodesWindow() = default;

void NodesWindow::applyNodes()
{
    const QStringList nodes = m_connection->nodes();
    if (nodes == m_appliedNodes)
        return;
    QString error;
    if (!m_fleet->setNodes(nodes, &error)) {
        m_summary->setText(error);
        m_fleet->setNodes({}, &error);
    }
    m_appliedNodes = nodes;
}

void NodesWindow::setBusy(int delta)
{
    m_pending += delta;
    updateActions();
}

void NodesWindow::refresh()
{
    if (m_pending) {
        // The nodes or credentials changed while asking: ask again once this round ends.
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    if (showsDatabase()) {
        refreshFromDatabase();
        return;
    }
    applyNodes();
    if (m_fleet->nodes().isEmpty()) {
        m_nodeList->clear();
        m_lastListing.clear();
        m_imagesResult = {};
        m_images.clear();
        rebuildMatrix();
        m_summary->setText(tr("No glance-api nodes yet: add each node's own URL (http://node-1:9292) in "
                              "Remote → Connection."));
        Q_EMIT refreshed();
        return;
    }
    m_summary->setText(tr("Asking %Ln node(s)…", nullptr, int(m_fleet->nodes().size())));
    setBusy(1);
    m_fleet->listCaches(m_fleet->allNodes(), this, [this](const QVector<NodeOutcome> &outcomes) {
        m_lastListing = outcomes;
        showNodes(outcomes);
        // Then names, with a check of every held image the listing leaves out (hidden ones, for one).
        QStringList held;
        auto collect = [&held](const QVector<CachedImage> &cached, const QStringList &queued) {
            for (const CachedImage &c : cached)
                held.append(c.imageId);
            held += queued;
        };
        for (const NodeOutcome &o : outcomes)
            collect(o.state.cached, o.state.queued);
        const MatrixSource local = localSource();
        collect(local.state.cached, local.state.queued);
        m_fleet->listImages(held, this, [this](const ApiResult &r, const QVector<ImageInfo> &images) {
            setBusy(-1);
            m_imagesResult = r;
            m_images = images;
            roundDone();
        });
    });
}

void NodesWindow::roundDone()
{
    rebuildMatrix();
    if (m_refreshAgain) {
        refresh();
        return;
    }
    Q_EMIT refreshed();
}

void NodesWindow::showNodes(const QVector<NodeOutcome> &outcomes)
{
    m_nodeList->clear();
    for (const NodeOutcome &o : outcomes) {
        auto *item = new QTreeWidgetItem(m_nodeList);
        item->setText(NodeName, o.nodeName);
        item->setData(NodeName, Qt::UserRole, o.node);
        // What the node said this round: a node that did not answer has no versions to show.
        const NodeVersions &v = o.versions;
        if (!v.versions.isEmpty()) {
            item->setText(NodeApi, v.current);
            item->setText(NodeCacheApi, v.hasCacheApi ? tr("yes") : tr("no"));
            item->setText(NodePruneClean, v.hasPruneClean ? tr("yes") : tr("no (needs 2.18)"));
        }
        if (o.result.ok) {
            qint64 bytes = 0;
            for (const CachedImage &c : o.state.cached)
                bytes += c.size;
            item->setText(NodeCached,
                tr("%Ln image(s)", nullptr, int(o.state.cached.size()))
                    + (o.state.queued.isEmpty() ? QString()
                                                : tr(", %1 queued").arg(QLocale().toString(o.state.queued.size()))));
            item->setText(NodeSize, DisplayFormat::size(bytes));
            item->setToolTip(NodeSize, DisplayFormat::exactBytes(bytes));
            item->setText(NodeStatus, tr("ok"));
        } else {
            item->setText(NodeStatus, o.result.error);
            item->setToolTip(NodeStatus, o.result.error);
            item->setForeground(NodeStatus, QColor(0xb2, 0x3c, 0x00));
        }
    }
    for (int c = 0; c < NodeStatus; ++c)
        m_nodeList->resizeColumnToContents(c);
}

MatrixSource NodesWindow::localSource() const
{
    MatrixSource local;
    local.local = true;
    if (!m_session || !m_session->hasSnapshot()) {
        local.name = tr("this machine");
        local.error = tr("The local cache has not been read yet.");
        return local;
    }
    const CacheSnapshot &s = m_session->snapshot();
    local.name = s.location.isDemo ? tr("this machine (demo)") : tr("this machine");
    local.ok = true;
    local.state.cached = s.cached;
    for (const QueuedImage &q : s.queued)
        local.state.queued.append(q.imageId);
    return local;
}

void NodesWindow::rebuildMatrix()
{
    if (showsDatabase()) {
        m_model->setMatrix(RegionMatrix::build(m_region, m_connection->nodes()));
        m_view->resizeColumnsToContents();
        return;
    }
    QVector<MatrixSource> sources;
    for (const NodeOutcome &o : std::as_const(m_lastListing))
        sources.append({ o.nodeName, false, o.result.ok, o.result.error, o.state });
    if (m_withLocal->isChecked())
        sources.append(localSource());
    const CacheMatrix matrix = CacheMatrix::build(sources, m_images, m_imagesResult.ok);
    m_model->setMatrix(matrix);
    m_view->resizeColumnsToContents();

    int partial = 0, orphans = 0, answering = 0;
    for (const MatrixRow &r : matrix.rows) {
        partial += CacheMatrix::isPartial(r) ? 1 : 0;
        orphans += matrix.isOrphan(r) ? 1 : 0;
    }
    for (const MatrixSource &s : std::as_const(sources))
        answering += s.ok ? 1 : 0;
    if (sources.isEmpty())
        return;
    QString text = tr("%1 of %2 answered.").arg(QLocale().toString(answering), QLocale().toString(sources.size()))
        + u' ' + tr("%Ln image(s) cached or queued somewhere", nullptr, int(matrix.rows.size())) + u';' + u' '
        + tr("%Ln cached on only some", nullptr, partial) + u';' + u' '
        + tr("%Ln no longer in Glance.", nullptr, orphans);
    if (!m_imagesResult.ok && !m_imagesResult.error.isEmpty())
        text += u' ' + tr("Image names unavailable: %1").arg(m_imagesResult.error);
    m_summary->setText(text);
}

QStringList NodesWindow::selectedImages() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.append(m_model->imageIdAt(m_proxy->mapToSource(i).row()));
    return ids;
}

int NodesWindow::selectedNode() const
{
    const QList<QTreeWidgetItem *> items = m_nodeList->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(NodeName, Qt::UserRole).toInt();
}

void NodesWindow::updateActions()
{
    // The database's nodes are not the fleet's: acting on them goes through the nodes' API view.
    const bool idle = m_pending == 0;
    const bool api = !showsDatabase();
    const bool images = api && !m_view->selectionModel()->selectedRows().isEmpty();
    const int node = api ? selectedNode() : -1;
    const NodeVersions *v = nullptr;
    for (const NodeOutcome &o : std::as_const(m_lastListing)) {
        if (o.node == node && !o.versions.versions.isEmpty())
            v = &o.versions;
    }
    m_refresh->setEnabled(idle);
    m_fromDatabase->setEnabled(idle && !m_databaseUrl.isEmpty());
    m_withLocal->setEnabled(api);
    m_queueAll->setEnabled(idle && images);
    m_deleteAll->setEnabled(idle && images);
    for (QAction *a : { m_clearCache, m_clearQueue, m_clearBoth })
        a->setEnabled(idle && node >= 0);
    m_prune->setEnabled(idle && v && v->hasPruneClean);
    m_clean->setEnabled(idle && v && v->hasPruneClean);
}
