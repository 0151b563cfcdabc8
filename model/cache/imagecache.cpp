#include "cache/imagecache.h"

#include "cache/cachedirectory.h"
#include "cache/centraldbinspector.h"
#include "cache/centralizeddbbackend.h"
#include "core/imageid.h"
#include "cache/sqlitebackend.h"
#include "cache/xattrbackend.h"
#include "core/xattrs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace {

double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

ImageCache::ImageCache(const CacheLocation &location)
    : m_location(location)
    , m_dir(std::make_unique<CacheDirectory>(location.cacheDir))
{
}

ImageCache::~ImageCache() = default;

QString ImageCache::effectiveDriver(QString *note) const
{
    if (note)
        note->clear();
    if (m_location.driver == QLatin1String("centralized_db")) {
        if (note)
            *note = unmigratedNote();
        return m_location.driver;
    }
    if (m_location.driver != QLatin1String("xattr"))
        return QStringLiteral("sqlite");
    if (Xattrs::probe(m_location.cacheDir) == Xattrs::Support::Unsupported) {
        if (note)
            *note = tr("The filesystem of %1 does not support user extended attributes, so Glance falls back "
                       "from the configured xattr driver to sqlite (and leaves a 'checkme' file behind). "
                       "Mount it with user_xattr or configure image_cache_driver = sqlite.")
                        .arg(m_location.cacheDir);
        return QStringLiteral("sqlite");
    }
    if (note && QFileInfo::exists(m_location.dbPath()))
        *note = tr("%1 exists although the xattr driver is configured: this cache was managed by the sqlite "
                   "driver before, and that database is now ignored.")
                    .arg(m_location.dbPath());
    return QStringLiteral("xattr");
}

QString ImageCache::unmigratedNote() const
{
    const Expected<CentralDbInspector::LegacyRows> legacy = CentralDbInspector(m_location).legacyRows(false, m_busyTimeoutMs);
    if (!legacy || legacy->rows == 0)
        return {};
    return tr("%1 still holds %Ln record(s) of the sqlite driver, never moved to the central database: glance-api "
              "moves them when it next starts on this node with a caching flavor (those already there stay in "
              "cache.db for good).", nullptr, int(legacy->rows))
        .arg(m_location.dbPath());
}

void ImageCache::setMaxBatchRows(int rows)
{
    m_maxBatchRows = rows;
    m_backend.reset(); // the next operation builds a backend with the new bound
}

CacheBackend &ImageCache::backend()
{
    const QString driver = effectiveDriver();
    if (!m_backend || m_backendDriver != driver) {
        if (driver == QLatin1String("xattr"))
            m_backend = std::make_unique<XattrBackend>(*m_dir);
        else if (driver == QLatin1String("centralized_db"))
            m_backend = std::make_unique<CentralizedDbBackend>(*m_dir, m_location.databaseUrl, m_location.nodeUrl);
        else
            m_backend = std::make_unique<SqliteBackend>(*m_dir, m_location.dbPath(), m_busyTimeoutMs, m_maxBatchRows);
        m_backendDriver = driver;
    }
    return *m_backend;
}

bool ImageCache::ensureReadable(QString *error) const
{
    return m_dir->checkReadable(error) && m_dir->checkGlanceLayout(QFileInfo(m_location.dbPath()).fileName(), error);
}

bool ImageCache::baseFiles(QVector<FileEntry> *files, QString *error) const
{
    return m_dir->list(CacheDirectory::Base, files, error);
}

bool ImageCache::readPartials(int area, QVector<PartialImage> *out, QStringList *warnings, QString *error,
                              bool errors) const
{
    const auto a = CacheDirectory::Area(area);
    QVector<FileEntry> files;
    bool missing = false;
    if (!m_dir->list(a, &files, error, &missing))
        return false;
    if (missing)
        warnings->append(tr("%1 is missing; glance-api creates it when it starts.").arg(m_dir->path(a)));
    out->clear();
    out->reserve(files.size());
    for (const FileEntry &f : std::as_const(files)) {
        PartialImage p{f.name, f.size, f.mtime, {}};
        QByteArray err;
        if (errors && a == CacheDirectory::Invalid && Xattrs::get(m_dir->path(a, f.name), "user.error", &err))
            p.error = QString::fromUtf8(err);
        out->append(p);
    }
    return true;
}

bool ImageCache::readQueue(QVector<QueuedImage> *out, QStringList *warnings, QString *error) const
{
    QVector<FileEntry> files;
    bool missing = false;
    if (!m_dir->list(CacheDirectory::Queue, &files, error, &missing))
        return false;
    if (missing)
        warnings->append(tr("%1 is missing; glance-api creates it when it starts.").arg(m_dir->path(CacheDirectory::Queue)));
    // Glance sorts (mtime, name) tuples.
    std::sort(files.begin(), files.end(), [](const FileEntry &a, const FileEntry &b) {
        return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
    });
    out->clear();
    out->reserve(files.size());
    for (const FileEntry &f : std::as_const(files))
        out->append({f.name, f.mtime});
    return true;
}

Expected<CacheSnapshot> ImageCache::snapshot()
{
    QString error;
    if (!ensureReadable(&error))
        return Expected<CacheSnapshot>::failure(error);
    CacheSnapshot s;
    s.location = m_location;
    s.takenAt = now();
    s.effectiveDriver = effectiveDriver(&s.driverNote);
    QVector<FileEntry> files;
    if (!baseFiles(&files, &error))
        return Expected<CacheSnapshot>::failure(error);
    CacheBackend &b = backend();
    for (const FileEntry &f : std::as_const(files)) {
        if (!b.excludedFromSize(f.name))
            s.totalSize += f.size;
    }
    if (!b.listCached(files, &s.cached, &s.orphans, &error, m_ranks) || !readQueue(&s.queued, &s.warnings, &error)
        || !readPartials(CacheDirectory::Incomplete, &s.incomplete, &s.warnings, &error)
        || !readPartials(CacheDirectory::Invalid, &s.invalid, &s.warnings, &error))
        return Expected<CacheSnapshot>::failure(error);
    if (s.effectiveDriver == QLatin1String("sqlite") && !QFileInfo::exists(m_location.dbPath()))
        s.warnings.append(tr("%1 does not exist: glance-api has not started on this cache with the sqlite driver "
                             "yet, so no image is recorded as cached.")
                              .arg(m_location.dbPath()));
    const QStorageInfo storage(m_location.cacheDir);
    if (storage.isValid())
        s.freeBytes = storage.bytesAvailable();
    return s;
}

Expected<qint64> ImageCache::cacheSize()
{
    QString error;
    QVector<FileEntry> files;
    if (!ensureReadable(&error) || !baseFiles(&files, &error))
        return Expected<qint64>::failure(error);
    CacheBackend &b = backend();
    qint64 total = 0;
    for (const FileEntry &f : std::as_const(files)) {
        if (!b.excludedFromSize(f.name))
            total += f.size;
    }
    return total;
}

Expected<ImageCache::Summary> ImageCache::summary()
{
    QString error;
    if (!ensureReadable(&error))
        return Expected<Summary>::failure(error);
    Summary s;
    s.takenAt = now();
    s.effectiveDriver = effectiveDriver(&s.driverNote);
    QVector<FileEntry> files;
    if (!baseFiles(&files, &error))
        return Expected<Summary>::failure(error);
    CacheBackend &b = backend();
    for (const FileEntry &f : std::as_const(files)) {
        if (!b.excludedFromSize(f.name))
            s.totalSize += f.size;
    }
    QVector<QueuedImage> queued;
    QVector<PartialImage> invalid;
    if (!b.countCached(files, &s.cachedCount, &s.orphans, &error) || !readQueue(&queued, &s.warnings, &error)
        || !readPartials(CacheDirectory::Incomplete, &s.incomplete, &s.warnings, &error, false)
        || !readPartials(CacheDirectory::Invalid, &invalid, &s.warnings, &error, false))
        return Expected<Summary>::failure(error);
    s.queuedCount = queued.size();
    s.invalidCount = invalid.size();
    if (s.effectiveDriver == QLatin1String("sqlite") && !QFileInfo::exists(m_location.dbPath()))
        s.warnings.append(tr("%1 does not exist: glance-api has not started on this cache with the sqlite driver "
                             "yet, so no image is recorded as cached.")
                              .arg(m_location.dbPath()));
    const QStorageInfo storage(m_location.cacheDir);
    if (storage.isValid())
        s.freeBytes = storage.bytesAvailable();
    return s;
}

Expected<ImageCache::ApiListing> ImageCache::listForApi()
{
    ApiListing listing;
    Expected<QVector<QueuedImage>> queued = visitForApi([&listing](const ApiImage &a) {
        CachedImage img;
        img.imageId = QString::fromUtf8(a.imageId.data(), qsizetype(a.imageId.size()));
        img.hits = a.hits;
        img.lastAccessed = a.lastAccessed;
        img.lastModified = a.lastModified;
        img.size = a.size;
        listing.cached.append(img);
    });
    if (!queued)
        return Expected<ApiListing>::failure(queued.error());
    listing.queued = std::move(*queued);
    return listing;
}

Expected<QVector<QueuedImage>> ImageCache::visitForApi(const CacheBackend::ApiVisitor &visit)
{
    QString error;
    if (!ensureReadable(&error))
        return Expected<QVector<QueuedImage>>::failure(error);
    QStringList warnings;
    QVector<QueuedImage> queued;
    // The queue first: visit may write its output as it goes, so every read that can fail comes before.
    if (!readQueue(&queued, &warnings, &error) || !backend().visitForApi(visit, &error))
        return Expected<QVector<QueuedImage>>::failure(error);
    return queued;
}

ImageCache::QueueResult ImageCache::queue(const QString &imageId)
{
    QueueResult r;
    r.imageId = imageId;
    if (!ImageId::isValid(imageId)) {
        r.outcome = QueueOutcome::InvalidId;
        r.message = ImageId::problem(imageId);
        return r;
    }
    const QString id = ImageId::normalized(imageId);
    r.imageId = id;
    if (!ensureReadable(&r.message))
        return r;
    // The same three refusals, in the same order, as the drivers' queue_image().
    if (m_dir->exists(CacheDirectory::Base, id)) {
        r.outcome = QueueOutcome::AlreadyCached;
        r.message = tr("Not queued: image %1 is already cached.").arg(id);
    } else if (m_dir->exists(CacheDirectory::Incomplete, id)) {
        r.outcome = QueueOutcome::BeingCached;
        r.message = tr("Not queued: image %1 is being written to the cache now (in incomplete/).").arg(id);
    } else if (m_dir->exists(CacheDirectory::Queue, id)) {
        r.outcome = QueueOutcome::AlreadyQueued;
        r.message = tr("Not queued: image %1 is already queued.").arg(id);
    } else {
        bool created = false;
        if (!m_dir->createQueueMarker(id, &created, &r.message))
            return r;
        r.outcome = created ? QueueOutcome::Queued : QueueOutcome::AlreadyQueued;
        r.message = created ? tr("Queued image %1.").arg(id) : tr("Not queued: image %1 is already queued.").arg(id);
    }
    return r;
}

ImageCache::DeleteResult ImageCache::deleteCached(const QString &imageId)
{
    DeleteResult r;
    r.imageId = imageId;
    if (!ImageId::isValid(imageId)) {
        r.message = ImageId::problem(imageId);
        return r;
    }
    const QString id = ImageId::normalized(imageId);
    r.imageId = id;
    if (!ensureReadable(&r.message))
        return r;
    r.wasCached = m_dir->exists(CacheDirectory::Base, id) || backend().hasRecord(id);
    // Like DELETE /v2/cache/{id}: the cached copy first (file, then record), then the queue marker.
    int done = 0;
    if (!backend().deleteCached({id}, &done, &r.message))
        return r;
    if (!m_dir->remove(CacheDirectory::Queue, id, &r.message, &r.wasQueued))
        return r;
    r.ok = true;
    if (r.wasCached || r.wasQueued)
        r.message = r.wasCached ? tr("Deleted image %1 from the cache.").arg(id) : tr("Removed image %1 from the queue.").arg(id);
    else
        r.message = tr("Image %1 was neither cached nor queued.").arg(id);
    return r;
}

Expected<bool> ImageCache::dequeue(const QString &imageId)
{
    if (!ImageId::isValid(imageId))
        return Expected<bool>::failure(ImageId::problem(imageId));
    QString error;
    bool existed = false;
    if (!ensureReadable(&error)
        || !m_dir->remove(CacheDirectory::Queue, ImageId::normalized(imageId), &error, &existed))
        return Expected<bool>::failure(error);
    return existed;
}

Expected<ImageCache::ClearResult> ImageCache::clear(ClearTarget target)
{
    ClearResult result;
    QString error;
    if (!ensureReadable(&error))
        return Expected<ClearResult>::failure(error);
    if (target != ClearTarget::Queue) {
        QVector<FileEntry> files;
        if (!baseFiles(&files, &error) || !backend().deleteAll(files, &result.cacheDeleted, &error))
            return Expected<ClearResult>::failure(error);
    }
    if (target != ClearTarget::Cache) {
        QVector<FileEntry> markers;
        if (!m_dir->list(CacheDirectory::Queue, &markers, &error))
            return Expected<ClearResult>::failure(error);
        for (const FileEntry &m : std::as_const(markers)) {
            if (!m_dir->remove(CacheDirectory::Queue, m.name, &error))
                return Expected<ClearResult>::failure(error);
            ++result.queueDeleted;
        }
    }
    return result;
}
