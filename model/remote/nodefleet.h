#pragma once

#include "remote/glanceapi.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

class RemoteConnection;
struct RemoteAccess;

// The outcome of one call on one node. Which of versions / state / pruned is filled depends on the call.
struct NodeOutcome
{
    int node = -1; // index into NodeFleet::nodes()
    QString nodeName; // scheme, host and port, for sentences
    QString imageId; // queue and delete: the image the call was about
    ApiResult result;
    NodeVersions versions; // discover
    NodeCacheState state; // listCaches
    PruneOutcome pruned; // prune
};

// Several glance-api nodes side by side, each reached at its own URL (a load balancer would answer for
// one node at random: GLANCE_CACHE.md §7), with the token the RemoteConnection hands out. Every
// operation runs on the chosen nodes at once and ends with one callback holding one outcome per node
// (and per image for queue/delete), in the order asked; a node that fails does not stop the others.
// A 401 renews the token once and repeats that call (RemoteConnection::withToken). Lives in one thread with an event
// loop; nothing blocks. The callback is dropped when context is destroyed first.
class NodeFleet : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QVector<NodeOutcome> &)>;
    using ImagesDone = std::function<void(const ApiResult &, const QVector<ImageInfo> &)>;

    explicit NodeFleet(RemoteConnection *connection, QObject *parent = nullptr);
    ~NodeFleet() override;

    // Each node's root URL. Returns false with a sentence when one is not an http(s) URL with a host;
    // the list is then unchanged. Call it while no operation runs: the answers of calls still running on
    // the old nodes are dropped.
    bool setNodes(const QStringList &urls, QString *error);
    QStringList nodes() const;
    QString nodeName(int node) const;
    QVector<int> allNodes() const;
    // The versions a node announced in the last discover() or listCaches(), or nullptr.
    const NodeVersions *versions(int node) const;
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void discover(const QVector<int> &nodes, QObject *context, Done done);
    // GET / then GET /v2/cache on each node; a node without the cache API says so without a second request.
    void listCaches(const QVector<int> &nodes, QObject *context, Done done);
    void queue(const QVector<int> &nodes, const QStringList &imageIds, QObject *context, Done done);
    void deleteCached(const QVector<int> &nodes, const QStringList &imageIds, QObject *context, Done done);
    void clear(const QVector<int> &nodes, ClearTarget target, QObject *context, Done done);
    void prune(const QVector<int> &nodes, QObject *context, Done done);
    void clean(const QVector<int> &nodes, QObject *context, Done done);
    // GET /v2/images (every page) from the image endpoint of the connection (the catalog's, --os-image-url,
    // or else the first node): names for the matrix, and which cached images Glance no longer has. The
    // listing leaves out hidden images and other projects' community images, so every ID of mustKnow it
    // does not name is asked for with GET /v2/images/{id}: only a 404 leaves it out of the answer (an
    // orphan); any other failure keeps it in, nameless, so that nothing is called deleted on a guess.
    void listImages(const QStringList &mustKnow, QObject *context, ImagesDone done);

Q_SIGNALS:
    void requestStarted(const QByteArray &verb, const QUrl &url);

private:
    using Finish = std::function<void(NodeOutcome)>;
    struct Task
    {
        int node;
        QString imageId;
        std::function<void(GlanceApi *, Finish)> call;
    };
    struct Batch;
    struct ImagesRequest;

    void run(QVector<Task> tasks, QObject *context, Done done);
    void start(const std::shared_ptr<Batch> &batch, int index);
    void applyAccess(GlanceApi *api, const RemoteAccess &access);
    void requestImages(const std::shared_ptr<ImagesRequest> &request);
    void confirmMissing(const std::shared_ptr<ImagesRequest> &request);
    void finishImages(const std::shared_ptr<ImagesRequest> &request, const ApiResult &result);

    RemoteConnection *m_connection;
    std::vector<GlanceApi *> m_apis; // owned as children
    int m_timeoutMs = 30000;
};
