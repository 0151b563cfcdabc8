#pragma once

#include "clicontext.h"
#include "clirows.h"
#include "remote/cachematrix.h"
#include "remote/connectionoptions.h"
#include "remote/glanceapi.h"
#include "remote/nodefleet.h"
#include "remote/remoteconnection.h"

#include <QCoreApplication>
#include <QStringList>

// glance-cachectl with --node URL (repeatable): the same commands on glance-api nodes through the v2 cache
// API, several nodes side by side, plus `nodes` (what each node offers) and `matrix` (which node caches
// which image, joined with Glance's image list; the local cache is one more column when a location option
// is given). Runs an event loop until every node answered. Every answer becomes a CliRows row starting
// with the node's columns, printed by CliPrinter like the local forms' rows. Each method returns a
// CliExit: 1 when any node failed, after reporting every node.
class RemoteCommands
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommands)

public:
    RemoteCommands(const CliContext &context, const ConnectionOptions &connection);

    // Checks the node URLs ("a,b" in one value is split). False with a sentence on a malformed one.
    bool setNodes(const QStringList &values, QString *error);
    void setWithLocal(bool withLocal) { m_withLocal = withLocal; }

    int nodes();
    int status();
    int list();
    int queue(const QStringList &ids);
    int remove(const QStringList &ids);
    int clear(const QString &target);
    int prune();
    int clean();
    int matrix();

private:
    // The matrix's sources: this node's cache, and the Image API's view of every image some source holds.
    MatrixSource localSource() const;
    QVector<ImageInfo> imagesHeld(const QVector<MatrixSource> &sources, ApiResult *result);
    QVector<NodeOutcome> wait(const std::function<void(NodeFleet::Done)> &start);
    bool checkIds(const QStringList &ids, QStringList *normalized);
    bool confirmOrRefuse(const QString &command, const QString &question);
    // Rows about nodes start with the node's URL (shown as its name), the image asked about, whether the
    // call succeeded, its HTTP status and, when it failed, the error; more columns follow.
    static QVector<CliColumn> nodeColumns(const QVector<CliColumn> &more = {}, const QString &nodeTitle = QString());
    QVector<CliCell> nodeCells(const NodeOutcome &o, const QVector<CliCell> &more = {}) const;
    // "node: error", a failed node's line.
    static QString failure(const NodeOutcome &o);
    // One line per node (okText with %ID for the image, or the failure), or {"results": [...]}.
    int report(const QVector<NodeOutcome> &outcomes, const QString &okText);

    const CliContext &m_ctx;
    QTextStream &m_out;
    QTextStream &m_err;
    RemoteConnection m_connection;
    NodeFleet m_fleet;
    bool m_withLocal = false;
};
