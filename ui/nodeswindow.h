#pragma once

#include "cache/regioncachemap.h"
#include "core/expected.h"
#include "remote/nodefleet.h"

#include <QWidget>

class CacheMatrixModel;
class CacheSession;
class MatrixProxyModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTreeView;
class QTreeWidget;
class RegionNodesModel;
class RemoteConnection;
struct MatrixSource;

// The glance-api nodes side by side: each node with what it offers (API version, cache API, prune and
// clean) and how much it caches, and the node × image matrix below (names from Glance, uneven and
// orphaned images marked), with bulk "queue on every node" / "delete everywhere" and per-node clear,
// prune and clean. This machine's open cache can be one more column. All network work goes through a
// NodeFleet (asynchronous, in the GUI thread's event loop); nothing here blocks.
//
// With the centralized_db driver the window can instead show the region as Glance's database records it
// (From Database): every node in node_reference with its totals (RegionNodesModel), the matrix from
// cached_images with names and status from images, read off the GUI thread by RegionReader. No node is
// asked then, and the actions that go through the nodes' API are off until the window asks the nodes again.
class NodesWindow : public QWidget
{
    Q_OBJECT
public:
    NodesWindow(RemoteConnection *connection, CacheSession *session, QWidget *parent = nullptr);
    ~NodesWindow() override;

    CacheMatrixModel *matrixModel() const { return m_model; }
    QTableView *matrixView() const { return m_view; }
    bool isBusy() const { return m_pending > 0; }
    RegionNodesModel *regionNodesModel() const { return m_regionNodes; }

    // The database the region can be read from: [database] connection of the open cache (its password is
    // kept here, never shown) and its redacted form. An empty url turns From Database off.
    void setDatabase(const QString &url, const QString &display);
    bool showsDatabase() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The person wants to change the connection (cloud, credentials, nodes).
    void connectionRequested();
    // A refresh or an operation ended; message says what happened, for tests and the status line.
    void refreshed();
    void operationFinished(const QString &message, bool failed);

private:
    void createActions();
    void applyNodes();
    void roundDone();
    void showNodes(const QVector<NodeOutcome> &outcomes);
    void rebuildMatrix();
    MatrixSource localSource() const;
    QStringList selectedImages() const;
    int selectedNode() const;
    void updateActions();
    void setBusy(int delta);
    void queueEverywhere();
    void deleteEverywhere();
    // After the confirmation: work = (node, IDs it holds); localIds go to this machine's cache.
    void deleteFrom(const QVector<QPair<int, QStringList>> &work, const QStringList &localIds,
                    const QStringList &unanswered);
    void clearNode(ClearTarget target);
    void pruneNode();
    void cleanNode();
    void finishOperation(const QString &done, const QStringList &errors);
    void setShowDatabase(bool on);
    void refreshFromDatabase();
    void showRegion(const Expected<RegionCacheMap> &region);

    RemoteConnection *m_connection;
    CacheSession *m_session;
    NodeFleet *m_fleet;
    CacheMatrixModel *m_model;
    MatrixProxyModel *m_proxy;
    QTreeWidget *m_nodeList = nullptr;
    RegionNodesModel *m_regionNodes;
    QTreeView *m_regionView = nullptr;
    QStackedWidget *m_nodeStack = nullptr;
    QAction *m_fromDatabase = nullptr;
    QString m_databaseUrl;
    QString m_databaseDisplay;
    RegionCacheMap m_region;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_withLocal = nullptr;
    QCheckBox *m_attentionOnly = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_queueAll = nullptr;
    QAction *m_deleteAll = nullptr;
    QAction *m_clearCache = nullptr;
    QAction *m_clearQueue = nullptr;
    QAction *m_clearBoth = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_clean = nullptr;
    QVector<NodeOutcome> m_lastListing;
    QVector<ImageInfo> m_images;
    ApiResult m_imagesResult;
    QStringList m_appliedNodes;
    int m_pending = 0;
    bool m_refreshAgain = false;
};
