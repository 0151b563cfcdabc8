#include "remote/nodefleet.h"

#include "core/background.h"
#include "remote/remoteconnection.h"

#include <QSet>

#include <memory>

struct NodeFleet::Batch
{
    QVector<Task> tasks;
    QVector<NodeOutcome> outcomes;
    int pending = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
};

NodeFleet::NodeFleet(RemoteConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

NodeFleet::~NodeFleet() = default;

bool NodeFleet::setNodes(const QStringList &urls, QString *error)
{
    QVector<QUrl> parsed;
    for (const QString &text : urls) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("\"%1\" is not the http:// or https:// URL of a glance-api node.").arg(text);
            return false;
        }
        parsed.append(url);
    }
    for (GlanceApi *api : m_apis)
        api->deleteLater();
    m_apis.clear();
    for (const QUrl &url : std::as_const(parsed)) {
        GlanceEndpoint e;
        e.baseUrl = url;
        e.timeoutMs = m_timeoutMs;
        auto *api = new GlanceApi(e, this);
        connect(api, &GlanceApi::requestStarted, this, &NodeFleet::requestStarted);
        m_apis.push_back(api);
    }
    return true;
}

QStringList NodeFleet::nodes() const
{
    QStringList list;
    for (const GlanceApi *api : m_apis)
        list.append(api->endpoint().baseUrl.toString());
    return list;
}

QString NodeFleet::nodeName(int node) const
{
    return node >= 0 && node < int(m_apis.size()) ? m_apis[size_t(node)]->nodeName() : QString();
}

QVector<int> NodeFleet::allNodes() const
{
    QVector<int> all;
    for (int i = 0; i < int(m_apis.size()); ++i)
        all.append(i);
    return all;
}

const NodeVersions *NodeFleet::versions(int node) const
{
    return node >= 0 && node < int(m_apis.size()) ? m_apis[size_t(node)]->knownVersions() : nullptr;
}

void NodeFleet::applyAccess(GlanceApi *api, const RemoteAccess &access)
{
    GlanceEndpoint e = api->endpoint();
    e.token = access.token;
    e.caBundle = access.caBundle;
    e.insecure = access.insecure;
    e.timeoutMs = m_timeoutMs;
    api->setEndpoint(e);
}

void NodeFleet::run(QVector<Task> tasks, QObject *context, Done done)
{
    auto batch = std::make_shared<Batch>();
    batch->outcomes.resize(tasks.size());
    batch->pending = int(tasks.size());
    batch->context = context;
    batch->hasContext = context != nullptr;
    batch->done = std::move(done);
    batch->tasks = std::move(tasks);
    if (batch->tasks.isEmpty()) {
        Background::later(this, [batch]() {
            if (!batch->hasContext || batch->context)
                batch->done({});
        });
        return;
    }
    for (int i = 0; i < batch->tasks.size(); ++i)
        start(batch, i);
}

void NodeFleet::start(const std::shared_ptr<Batch> &batch, int index)
{
    m_connection->withToken(
        this, [this, batch, index](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
            const Task &task = batch->tasks.at(index);
            NodeOutcome base;
            base.node = task.node;
            base.nodeName = nodeName(task.node);
            base.imageId = task.imageId;
            auto finish = [batch, index](const NodeOutcome &outcome) {
                batch->outcomes[index] = outcome;
                if (--batch->pending == 0 && (!batch->hasContext || batch->context))
                    batch->done(batch->outcomes);
            };
            if (!access.ok || task.node < 0 || task.node >= int(m_apis.size())) {
                base.result.error = access.ok ? tr("There is no node number %1.").arg(task.node + 1) : access.error;
                finish(base);
                return;
            }
            GlanceApi *api = m_apis[size_t(task.node)];
            applyAccess(api, access);
            task.call(api, [base, renew, finish](NodeOutcome outcome) {
                outcome.node = base.node;
                outcome.nodeName = base.nodeName;
                outcome.imageId = base.imageId;
                if (!renew(outcome.result.httpStatus)) // an expired token: this call alone runs again
                    finish(outcome);
            });
        });
}

namespace {

NodeOutcome withResult(const ApiResult &r)
{
    NodeOutcome o;
    o.result = r;
    return o;
}

} // namespace

void NodeFleet::discover(const QVector<int> &nodes, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        tasks.append({ node, {}, [this](GlanceApi *api, Finish finish) {
                          api->discover(this, [finish](const ApiResult &r, const NodeVersions &v) {
                              NodeOutcome o = withResult(r);
                              o.versions = v;
                              finish(o);
                          });
                      } });
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::listCaches(const QVector<int> &nodes, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        tasks.append({ node, {}, [this](GlanceApi *api, Finish finish) {
                          api->discover(this, [this, api, finish](const ApiResult &found, const NodeVersions &v) {
                              NodeOutcome o = withResult(found);
                              o.versions = v;
                              if (!found.ok)
                                  return finish(o);
                              if (!v.hasCacheApi) {
                                  o.result.ok = false;
                                  o.result.error = tr("%1 does not offer the image cache API (it announces %2): "
                                                      "caching is not enabled there (image_cache_dir is not set) "
                                                      "or the node is older than Glance Yoga.")
                                                       .arg(api->nodeName(), v.current.isEmpty() ? v.versions.value(0)
                                                                                                 : v.current);
                                  return finish(o);
                              }
                              api->listCache(this, [o, finish](const ApiResult &r, const NodeCacheState &s) mutable {
                                  o.result = r;
                                  o.state = s;
                                  finish(o);
                              });
                          });
                      } });
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::queue(const QVector<int> &nodes, const QStringList &imageIds, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        for (const QString &id : imageIds) {
            tasks.append({ node, id, [this, id](GlanceApi *api, Finish finish) {
                              api->queue(id, this, [finish](const ApiResult &r) { finish(withResult(r)); });
                          } });
        }
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::deleteCached(const QVector<int> &nodes, const QStringList &imageIds, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        for (const QString &id : imageIds) {
            tasks.append({ node, id, [this, id](GlanceApi *api, Finish finish) {
                              api->deleteCached(id, this, [finish](const ApiResult &r) { finish(withResult(r)); });
                          } });
        }
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::clear(const QVector<int> &nodes, ClearTarget target, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        tasks.append({ node, {}, [this, target](GlanceApi *api, Finish finish) {
                          api->clear(target, this, [finish](const ApiResult &r) { finish(withResult(r)); });
                      } });
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::prune(const QVector<int> &nodes, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        tasks.append({ node, {}, [this](GlanceApi *api, Finish finish) {
                          api->prune(this, [finish](const ApiResult &r, const PruneOutcome &p) {
                              NodeOutcome o = withResult(r);
                              o.pruned = p;
                              finish(o);
                          });
                      } });
    }
    run(tasks, context, std::move(done));
}

void NodeFleet::clean(const QVector<int> &nodes, QObject *context, Done done)
{
    QVector<Task> tasks;
    for (int node : nodes) {
        tasks.append({ node, {}, [this](GlanceApi *api, Finish finish) {
                          api->clean(this, [finish](const ApiResult &r) { finish(withResult(r)); });
                      } });
    }
    run(tasks, context, std::move(done));
}

struct NodeFleet::ImagesRequest
{
    QStringList mustKnow;
    ImagesDone done;
    QPointer<QObject> context;
    bool hasContext = false;
    GlanceApi *api = nullptr; // one per request: paging keeps its endpoint
    ApiResult listed;
    QVector<ImageInfo> images;
    int pending = 0;
};

void NodeFleet::listImages(const QStringList &mustKnow, QObject *context, ImagesDone done)
{
    auto request = std::make_shared<ImagesRequest>();
    request->mustKnow = mustKnow;
    request->done = std::move(done);
    request->context = context;
    request->hasContext = context != nullptr;
    requestImages(request);
}

void NodeFleet::requestImages(const std::shared_ptr<ImagesRequest> &request)
{
    m_connection->withToken(this, [this, request](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
        if (!access.ok) {
            ApiResult r;
            r.error = access.error;
            return finishImages(request, r);
        }
        GlanceEndpoint e;
        e.baseUrl = access.imageUrl.isValid() && !access.imageUrl.isEmpty()
            ? access.imageUrl
            : (m_apis.empty() ? QUrl() : m_apis.front()->endpoint().baseUrl);
        e.token = access.token;
        e.caBundle = access.caBundle;
        e.insecure = access.insecure;
        e.timeoutMs = m_timeoutMs;
        if (!request->api) {
            request->api = new GlanceApi(e, this);
            connect(request->api, &GlanceApi::requestStarted, this, &NodeFleet::requestStarted);
        } else {
            request->api->setEndpoint(e);
        }
        request->api->listImages(this, [this, request, renew](const ApiResult &r, const QVector<ImageInfo> &images) {
            if (renew(r.httpStatus))
                return;
            if (!r.ok)
                return finishImages(request, r);
            request->listed = r;
            request->images = images;
            confirmMissing(request);
        });
    });
}

void NodeFleet::confirmMissing(const std::shared_ptr<ImagesRequest> &request)
{
    QSet<QString> listed;
    for (const ImageInfo &info : std::as_const(request->images))
        listed.insert(info.id.toLower());
    QStringList missing;
    for (const QString &id : std::as_const(request->mustKnow)) {
        if (!listed.contains(id.toLower()) && !missing.contains(id))
            missing.append(id);
    }
    if (missing.isEmpty())
        return finishImages(request, request->listed);
    request->pending = int(missing.size());
    for (const QString &id : std::as_const(missing)) {
        request->api->getImage(id, this, [this, request, id](const ApiResult &r, const ImageInfo &info) {
            if (r.ok) {
                request->images.append(info);
            } else if (r.httpStatus != 404) {
                ImageInfo unknown;
                unknown.id = id;
                request->images.append(unknown);
            }
            if (--request->pending == 0)
                finishImages(request, request->listed);
        });
    }
}

void NodeFleet::finishImages(const std::shared_ptr<ImagesRequest> &request, const ApiResult &result)
{
    if (request->api) {
        request->api->deleteLater();
        request->api = nullptr;
    }
    if (!request->hasContext || request->context)
        request->done(result, request->images);
}
