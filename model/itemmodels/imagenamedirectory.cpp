#include "itemmodels/imagenamedirectory.h"

#include "itemmodels/activitylog.h"
#include "remote/glanceapi.h"
#include "remote/remoteconnection.h"

#include <QHash>

ImageNameDirectory::ImageNameDirectory(RemoteConnection *connection, ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_log(log)
{
    // Another cloud or user sees other images: the old names would be wrong, so they go at once.
    connect(m_connection, &RemoteConnection::changed, this, [this]() {
        if (m_names.isKnown()) {
            m_names = ImageNames();
            Q_EMIT namesChanged(m_names);
        }
        refresh();
    });
}

ImageNameDirectory::~ImageNameDirectory() = default;

void ImageNameDirectory::stopLooking()
{
    if (!m_api)
        return;
    // Deleted later: this may run inside one of its replies' handlers.
    m_api->deleteLater();
    m_api = nullptr;
    Q_EMIT lookingChanged(false);
}

void ImageNameDirectory::refresh(bool asked)
{
    const quint64 generation = ++m_generation;
    stopLooking();
    if (!m_connection->isConfigured()) {
        if (m_names.isKnown()) {
            m_names = ImageNames();
            Q_EMIT namesChanged(m_names);
        }
        return;
    }
    m_api = new GlanceApi(GlanceEndpoint(), this);
    connect(m_api, &GlanceApi::requestStarted, this, &ImageNameDirectory::requestStarted);
    Q_EMIT lookingChanged(true);
    GlanceApi *api = m_api;
    m_connection->withToken(
        api, [this, api, generation, asked](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
            if (generation != m_generation)
                return;
            const QStringList nodes = m_connection->nodes();
            const QUrl url = access.imageUrl.isValid() && !access.imageUrl.isEmpty()
                ? access.imageUrl
                : (nodes.isEmpty() ? QUrl() : QUrl(nodes.constFirst()));
            const QString node = GlanceApi::nodeName(url);
            if (!access.ok) {
                ApiResult failed;
                failed.error = access.error;
                return finish(generation, failed, {}, asked, node);
            }
            GlanceEndpoint endpoint;
            endpoint.baseUrl = url;
            endpoint.token = access.token;
            endpoint.caBundle = access.caBundle;
            endpoint.insecure = access.insecure;
            api->setEndpoint(endpoint);
            api->listImages(
                api,
                [this, generation, asked, node, renew](const ApiResult &r, const QVector<ImageInfo> &images) {
                    if (generation != m_generation || renew(r.httpStatus))
                        return;
                    finish(generation, r, images, asked, node);
                },
                m_pageSize);
        });
}

void ImageNameDirectory::finish(
    quint64 generation, const ApiResult &result, const QVector<ImageInfo> &images, bool asked, const QString &node)
{
    if (generation != m_generation)
        return;
    stopLooking();
    if (!result.ok) {
        // Names are a convenience: the tables stay as they were, and the reason waits in the log.
        if (m_log)
            m_log->add({ {}, ActivityEntry::Level::Failed, tr("Image names"), node,
                tr("Image names could not be looked up: %1").arg(result.error), {} });
        return;
    }
    QHash<QString, QString> byId;
    byId.reserve(images.size());
    for (const ImageInfo &info : images)
        byId.insert(info.id, info.name);
    m_names = ImageNames(byId);
    if (asked && m_log)
        m_log->add({ {}, ActivityEntry::Level::Done, tr("Image names"), node,
            tr("Looked up the names of %Ln image(s).", nullptr, m_names.size()), {} });
    Q_EMIT namesChanged(m_names);
}
