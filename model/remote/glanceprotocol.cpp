// The pure half of GlanceApi: URLs, JSON answers and the sentences for failures. No network, no state;
// callable from any thread.
#include "remote/glanceapi.h"

#include "remote/environmentproxy.h"
#include "core/imageid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <limits>

namespace {

// "v2.16" -> 2016; -1 when it is not a "vMAJOR.MINOR" id. Numeric, because "v2.10" is newer than "v2.9".
int versionNumber(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^v(\\d+)\\.(\\d+)$"));
    const auto m = re.match(id);
    return m.hasMatch() ? m.captured(1).toInt() * 1000 + m.captured(2).toInt() : -1;
}

// Glance writes integers; a float or a string would still be read rather than turned into 0.
qint64 toInt64(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
    return i != std::numeric_limits<qint64>::min() ? i : qint64(v.toDouble());
}

QString toText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

bool parseObject(const QByteArray &json, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? GlanceApi::tr("The answer is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset)
            : GlanceApi::tr("The answer is not a JSON object.");
        return false;
    }
    *out = doc.object();
    return true;
}

ImageInfo imageFromObject(const QJsonObject &o)
{
    ImageInfo i;
    i.id = toText(o.value(QLatin1String("id")));
    i.name = toText(o.value(QLatin1String("name")));
    i.status = toText(o.value(QLatin1String("status")));
    const QJsonValue size = o.value(QLatin1String("size"));
    i.size = size.isDouble() ? toInt64(size) : -1; // null until data is uploaded
    i.checksum = toText(o.value(QLatin1String("checksum")));
    i.osHashAlgo = toText(o.value(QLatin1String("os_hash_algo")));
    i.osHashValue = toText(o.value(QLatin1String("os_hash_value")));
    i.diskFormat = toText(o.value(QLatin1String("disk_format")));
    i.owner = toText(o.value(QLatin1String("owner")));
    return i;
}

QUrl withPath(const QUrl &base, const QString &tail)
{
    QUrl url = GlanceApi::apiRoot(base);
    url.setPath(url.path() + tail);
    return url;
}

} // namespace

QUrl GlanceApi::apiRoot(const QUrl &base)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // Catalogs and people sometimes give the versioned endpoint; version discovery needs the root.
    if (path.endsWith(QLatin1String("/v2")) || path == QLatin1String("v2"))
        path.chop(3);
    url.setPath(path);
    return url;
}

QUrl GlanceApi::versionsUrl(const QUrl &base)
{
    return withPath(base, QStringLiteral("/"));
}

QUrl GlanceApi::cacheUrl(const QUrl &base, QStringView action)
{
    return withPath(
        base, action.isEmpty() ? QStringLiteral("/v2/cache") : QStringLiteral("/v2/cache/") + action.toString());
}

QUrl GlanceApi::cacheImageUrl(const QUrl &base, const QString &imageId, QString *error)
{
    *error = ImageId::problem(imageId);
    return error->isEmpty() ? withPath(base, QStringLiteral("/v2/cache/") + ImageId::normalized(imageId)) : QUrl();
}

QUrl GlanceApi::imageUrl(const QUrl &base, const QString &imageId, QString *error)
{
    *error = ImageId::problem(imageId);
    return error->isEmpty() ? withPath(base, QStringLiteral("/v2/images/") + ImageId::normalized(imageId)) : QUrl();
}

QUrl GlanceApi::imageFileUrl(const QUrl &base, const QString &imageId, QString *error)
{
    *error = ImageId::problem(imageId);
    return error->isEmpty() ? withPath(base, QStringLiteral("/v2/images/%1/file").arg(ImageId::normalized(imageId)))
                            : QUrl();
}

QUrl GlanceApi::imagesUrl(const QUrl &base, int limit, const QString &marker)
{
    QUrl url = withPath(base, QStringLiteral("/v2/images"));
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    url.setQuery(query);
    return url;
}

QByteArray GlanceApi::clearTargetHeader(ClearTarget target)
{
    // Zed answers 400 to "both": both is expressed by sending no header at all.
    switch (target) {
    case ClearTarget::Cache:
        return "cache";
    case ClearTarget::Queue:
        return "queue";
    case ClearTarget::Both:
        break;
    }
    return {};
}

QString GlanceApi::nodeName(const QUrl &base)
{
    if (base.isEmpty())
        return tr("(no URL)");
    return apiRoot(base).toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool GlanceApi::bypassesProxy(const QString &host)
{
    return EnvironmentProxyFactory::bypasses(host);
}

bool GlanceApi::parseVersions(const QByteArray &json, NodeVersions *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("versions")).isArray()) {
        *error = tr("The answer has no \"versions\" list.");
        return false;
    }
    QVector<QPair<int, QString>> found;
    NodeVersions v;
    for (const QJsonValue &item : o.value(QLatin1String("versions")).toArray()) {
        const QJsonObject version = item.toObject();
        const QString id = toText(version.value(QLatin1String("id")));
        if (id.isEmpty())
            continue;
        found.append({ versionNumber(id), id });
        if (toText(version.value(QLatin1String("status"))).compare(QLatin1String("CURRENT"), Qt::CaseInsensitive) == 0)
            v.current = id;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[number, id] : found) {
        v.versions.append(id);
        // Glance lists 2.14 and 2.16+ only with image_cache_dir set; without it Zed shows 2.15 CURRENT and
        // skips 2.14, so "some version >= 2.14" would promise a cache API that answers 404.
        if (number == 2014 || (number >= 2016 && number < 3000))
            v.hasCacheApi = true;
        if (number >= 2018 && number < 3000)
            v.hasPruneClean = true;
    }
    if (v.versions.isEmpty()) {
        *error = tr("The version list is empty.");
        return false;
    }
    *out = v;
    return true;
}

bool GlanceApi::parseCacheState(const QByteArray &json, NodeCacheState *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("cached_images")).isArray()) {
        *error = tr("The answer has no \"cached_images\" list.");
        return false;
    }
    NodeCacheState s;
    for (const QJsonValue &item : o.value(QLatin1String("cached_images")).toArray()) {
        const QJsonObject e = item.toObject();
        CachedImage c;
        c.imageId = toText(e.value(QLatin1String("image_id")));
        if (!ImageId::isValid(c.imageId)) {
            s.ignored.append(c.imageId);
            continue;
        }
        c.imageId = ImageId::normalized(c.imageId);
        c.size = toInt64(e.value(QLatin1String("size")));
        c.hits = toInt64(e.value(QLatin1String("hits")));
        // sqlite sends fractional epoch seconds, xattr whole ones: both are doubles here.
        c.lastAccessed = e.value(QLatin1String("last_accessed")).toDouble();
        c.lastModified = e.value(QLatin1String("last_modified")).toDouble();
        s.cached.append(c);
    }
    for (const QJsonValue &item : o.value(QLatin1String("queued_images")).toArray()) {
        const QString id = toText(item);
        if (ImageId::isValid(id))
            s.queued.append(ImageId::normalized(id));
        else
            s.ignored.append(id);
    }
    *out = s;
    return true;
}

bool GlanceApi::parseImage(const QByteArray &json, ImageInfo *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    const ImageInfo info = imageFromObject(o);
    if (!ImageId::isValid(info.id)) {
        *error = tr("The image has no valid \"id\".");
        return false;
    }
    *out = info;
    return true;
}

bool GlanceApi::parseImagePage(const QByteArray &json, ImagePage *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("images")).isArray()) {
        *error = tr("The answer has no \"images\" list.");
        return false;
    }
    ImagePage page;
    for (const QJsonValue &item : o.value(QLatin1String("images")).toArray()) {
        const ImageInfo info = imageFromObject(item.toObject());
        if (ImageId::isValid(info.id))
            page.images.append(info);
    }
    // "next" is a path from the API root ("/v2/images?limit=2&marker=ID"), without any prefix the endpoint
    // has behind a reverse proxy: keep only its marker and build the next URL ourselves.
    const QString next = toText(o.value(QLatin1String("next")));
    if (!next.isEmpty())
        page.nextMarker = QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    *out = page;
    return true;
}

bool GlanceApi::parsePruneOutcome(const QByteArray &json, PruneOutcome *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    out->filesPruned = toInt64(o.value(QLatin1String("total_files_pruned")));
    out->bytesPruned = toInt64(o.value(QLatin1String("total_bytes_pruned")));
    return true;
}
