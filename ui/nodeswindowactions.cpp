// The actions of the nodes window: bulk queue/delete across nodes and per-node clear, prune and clean.
#include "nodeswindow.h"

#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cachesession.h"
#include "confirm.h"
#include "remote/remoteconnection.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>

#include <memory>

namespace {

// Several NodeFleet calls that end as one operation.
struct Gather
{
    int pending = 0;
    int succeeded = 0;
    QStringList errors;
};

} // namespace

void NodesWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setToolTip(tip);
        return a;
    };
    m_refresh = make(tr("&Refresh"), "refreshNodesAction", tr("Ask every node for its cache and Glance for image names"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_queueAll = make(tr("&Queue on Every Node"), "queueEverywhereAction",
        tr("Have every node that does not hold the selected images cache them now"));
    m_deleteAll = make(tr("&Delete Everywhere"), "deleteEverywhereAction",
        tr("Remove the selected images from every cache that holds or queues them"));
    m_clearCache = make(tr("Clear Node's Cache"), "clearNodeCacheAction", tr("Delete every cached image on the selected node"));
    m_clearQueue = make(tr("Clear Node's Queue"), "clearNodeQueueAction", tr("Empty the selected node's queue"));
    m_clearBoth = make(tr("Clear Node"), "clearNodeAction", tr("Delete every cached and queued image on the selected node"));
    m_prune = make(tr("&Prune Node"), "pruneNodeAction",
        tr("Have the selected node prune its cache to its image_cache_max_size (API 2.18)"));
    m_clean = make(tr("C&lean Node"), "cleanNodeAction",
        tr("Have the selected node remove its invalid and stalled files (API 2.18)"));
    m_connectionAction = make(tr("&Connection…"), "nodesConnectionAction", tr("Cloud, credentials and nodes"));
    m_fromDatabase = make(tr("From &Database"), "fromDatabaseAction",
        tr("Show the region as Glance's database records it (centralized_db driver): every node that ever "
           "started with the cache, without asking any node. Available when the open cache uses centralized_db."));
    m_fromDatabase->setCheckable(true);

    connect(m_refresh, &QAction::triggered, this, &NodesWindow::refresh);
    connect(m_queueAll, &QAction::triggered, this, &NodesWindow::queueEverywhere);
    connect(m_deleteAll, &QAction::triggered, this, &NodesWindow::deleteEverywhere);
    connect(m_clearCache, &QAction::triggered, this, [this]() { clearNode(ClearTarget::Cache); });
    connect(m_clearQueue, &QAction::triggered, this, [this]() { clearNode(ClearTarget::Queue); });
    connect(m_clearBoth, &QAction::triggered, this, [this]() { clearNode(ClearTarget::Both); });
    connect(m_prune, &QAction::triggered, this, &NodesWindow::pruneNode);
    connect(m_clean, &QAction::triggered, this, &NodesWindow::cleanNode);
    connect(m_connectionAction, &QAction::triggered, this, &NodesWindow::connectionRequested);
}

void NodesWindow::finishOperation(const QString &done, const QStringList &errors)
{
    m_summary->setText(done);
    if (!errors.isEmpty()) {
        // Shown without a nested event loop: the refresh below goes on behind it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Glance Nodes"), done, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("nodesErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(errors.join(u'\n'));
        box->setInformativeText(errors.size() == 1
                ? errors.first()
                : tr("%Ln call(s) failed; see the details.", nullptr, int(errors.size())));
        box->open();
    }
    Q_EMIT operationFinished(done, !errors.isEmpty());
    refresh();
}

void NodesWindow::queueEverywhere()
{
    const QStringList ids = selectedImages();
    const CacheMatrix &m = m_model->matrix();
    auto gather = std::make_shared<Gather>();
    auto onDone = [this, gather](const QVector<NodeOutcome> &outcomes) {
        for (const NodeOutcome &o : outcomes) {
            if (o.result.ok)
                ++gather->succeeded;
            else
                gather->errors.append(o.result.error);
        }
        setBusy(-1);
        if (--gather->pending == 0)
            finishOperation(tr("Queued: %Ln request(s) accepted.", nullptr, gather->succeeded), gather->errors);
    };
    QStringList localIds;
    for (int source = 0; source < m.sources.size(); ++source) {
        const MatrixSource &s = m.sources.at(source);
        if (!s.ok) {
            gather->errors.append(tr("%1 did not answer the last refresh; nothing was sent to it.").arg(s.name));
            continue;
        }
        QStringList missing;
        for (const QString &id : ids) {
            const int row = m.rowOf(id);
            if (row >= 0 && m.rows.at(row).cells.at(source).state == MatrixCell::Absent)
                missing.append(id);
        }
        if (missing.isEmpty())
            continue;
        if (s.local) {
            localIds = missing;
            continue;
        }
        ++gather->pending;
        setBusy(1);
        m_fleet->queue({ int(source) }, missing, this, onDone);
    }
    // This machine's cache queues through the main window's session, like its own Queue action.
    if (!localIds.isEmpty() && m_session)
        m_session->queue(localIds);
    if (gather->pending == 0)
        finishOperation(localIds.isEmpty() ? tr("Every node that answered already holds or queues the selected images.")
                                           : tr("Queued in this machine's cache."),
            gather->errors);
}

void NodesWindow::deleteEverywhere()
{
    const QStringList ids = selectedImages();
    const CacheMatrix &m = m_model->matrix();
    // Only where an image is cached or queued: a node asked about an image Glance deleted answers 404.
    QVector<QPair<int, QStringList>> work;
    QStringList localIds;
    QStringList unanswered;
    for (int source = 0; source < m.sources.size(); ++source) {
        if (!m.sources.at(source).ok) {
            unanswered.append(tr("%1 did not answer the last refresh: it may still hold the images; nothing was sent "
                                 "to it.")
                                  .arg(m.sources.at(source).name));
            continue;
        }
        QStringList held;
        for (const QString &id : ids) {
            const int row = m.rowOf(id);
            const MatrixCell::State state = row >= 0 ? m.rows.at(row).cells.at(source).state : MatrixCell::Absent;
            if (state == MatrixCell::Cached || state == MatrixCell::Queued)
                held.append(id);
        }
        if (held.isEmpty())
            continue;
        if (m.sources.at(source).local)
            localIds = held;
        else
            work.append({ source, held });
    }
    if (work.isEmpty() && localIds.isEmpty()) {
        if (!unanswered.isEmpty())
            finishOperation(tr("Nothing was deleted."), unanswered);
        return;
    }
    const int places = int(work.size()) + (localIds.isEmpty() ? 0 : 1);
    Confirm::destructive(this, tr("Delete Everywhere"),
        tr("Delete %Ln image(s) from every cache that holds or queues them?", nullptr, int(ids.size())) + u'\n'
            + tr("%Ln cache(s) will be changed.", nullptr, places),
        tr("Delete"), [this, work, localIds, unanswered]() { deleteFrom(work, localIds, unanswered); });
}

void NodesWindow::deleteFrom(const QVector<QPair<int, QStringList>> &work, const QStringList &localIds,
                             const QStringList &unanswered)
{
    auto gather = std::make_shared<Gather>();
    gather->errors = unanswered;
    for (const auto &[node, held] : std::as_const(work)) {
        ++gather->pending;
        setBusy(1);
        m_fleet->deleteCached({ node }, held, this, [this, gather](const QVector<NodeOutcome> &outcomes) {
            for (const NodeOutcome &o : outcomes) {
                if (o.result.ok)
                    ++gather->succeeded;
                else
                    gather->errors.append(o.result.error);
            }
            setBusy(-1);
            if (--gather->pending == 0)
                finishOperation(tr("Deleted: %Ln request(s) accepted.", nullptr, gather->succeeded), gather->errors);
        });
    }
    if (!localIds.isEmpty() && m_session)
        m_session->deleteCached(localIds);
    if (gather->pending == 0)
        finishOperation(tr("Deleted from this machine's cache."), gather->errors);
}

void NodesWindow::clearNode(ClearTarget target)
{
    const int node = selectedNode();
    if (node < 0)
        return;
    const QString name = m_fleet->nodeName(node);
    const QString question = target == ClearTarget::Cache
        ? tr("Delete every cached image on %1?").arg(name)
        : target == ClearTarget::Queue ? tr("Empty the queue of %1?").arg(name)
                                                  : tr("Delete every cached and queued image on %1?").arg(name);
    Confirm::destructive(this, tr("Clear Node"), question, tr("Clear"), [this, node, target, name]() {
        setBusy(1);
        m_fleet->clear({ node }, target, this, [this, name](const QVector<NodeOutcome> &outcomes) {
            setBusy(-1);
            const NodeOutcome &o = outcomes.constFirst();
            finishOperation(o.result.ok ? tr("%1 cleared.").arg(name) : tr("%1 was not cleared.").arg(name),
                o.result.ok ? QStringList() : QStringList{ o.result.error });
        });
    });
}

void NodesWindow::pruneNode()
{
    const int node = selectedNode();
    if (node < 0)
        return;
    const QString name = m_fleet->nodeName(node);
    setBusy(1);
    m_fleet->prune({ node }, this, [this, name](const QVector<NodeOutcome> &outcomes) {
        setBusy(-1);
        const NodeOutcome &o = outcomes.constFirst();
        finishOperation(o.result.ok
                ? tr("%1 pruned %Ln file(s).", nullptr, int(o.pruned.filesPruned)).arg(name)
                : tr("%1 was not pruned.").arg(name),
            o.result.ok ? QStringList() : QStringList{ o.result.error });
    });
}

void NodesWindow::cleanNode()
{
    const int node = selectedNode();
    if (node < 0)
        return;
    const QString name = m_fleet->nodeName(node);
    setBusy(1);
    m_fleet->clean({ node }, this, [this, name](const QVector<NodeOutcome> &outcomes) {
        setBusy(-1);
        const NodeOutcome &o = outcomes.constFirst();
        finishOperation(o.result.ok ? tr("%1 cleaned.").arg(name) : tr("%1 was not cleaned.").arg(name),
            o.result.ok ? QStringList() : QStringList{ o.result.error });
    });
}
