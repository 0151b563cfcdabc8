#include "cache/centralizeddbbackend.h"

#include "cache/cachedirectory.h"
#include "cache/centraldbconnection.h"
#include "cache/centraldbsession.h"
#include "cache/centraldbschema.h"
#include "core/imageid.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

CentralizedDbBackend::CentralizedDbBackend(const CacheDirectory &dir, const QString &databaseUrl,
                                           const QString &nodeUrl)
    : m_dir(dir)
    , m_databaseUrl(databaseUrl)
    , m_nodeUrl(nodeUrl)
{
}

bool CentralizedDbBackend::excludedFromSize(const QString &name) const
{
    return name.endsWith(QLatin1String(".db"));
}

bool CentralizedDbBackend::readRows(QVector<Row> *rows, QString *error, bool byLastAccessed)
{
    rows->clear();
    CentralDbSession session(m_databaseUrl, m_nodeUrl);
    if (!session.open(error))
        return false;
    const auto failed = [&](const QSqlQuery &q) {
        *error = CentralDbSchema::isPermissionDenied(q.lastError())
            ? CentralDbSchema::permissionSentence(session.url(), q.lastError())
            : tr("Reading this node's cache records from %1 failed: %2").arg(session.where(), session.errorText(q));
        return false;
    };
    // Glance's get_cached_images() has no ORDER BY: SQLite and PostgreSQL return the rows of a table
    // this small in insertion order, which is the primary key `id` order; we make that explicit.
    // Prune (get_least_recently_accessed) orders by last_accessed alone; ties fall to insertion order on
    // SQLite and PostgreSQL. On MariaDB (whole-second times, so ties are common) Glance's choice among
    // ties is arbitrary: we take `id` there too, the order an InnoDB scan of the primary key gives.
    const auto dialect = session.dialect();
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, image_id, hits, size, %1, %2, checksum FROM cached_images "
                                  "WHERE node_reference_id = ? ORDER BY %3")
                       .arg(CentralDbConnection::timeAsText(dialect, "last_accessed"),
                            CentralDbConnection::timeAsText(dialect, "last_modified"),
                            byLastAccessed ? QStringLiteral("last_accessed, id") : QStringLiteral("id"))))
        return failed(q);
    q.addBindValue(session.nodeId());
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.imageId = q.value(1).toString();
        r.hits = q.value(2).toLongLong();
        r.size = q.value(3).toLongLong();
        r.lastAccessed = CentralDbConnection::epochOf(q.value(4).toString());
        r.lastModified = CentralDbConnection::epochOf(q.value(5).toString());
        r.checksum = q.value(6).toString();
        rows->append(std::move(r));
    }
    if (q.lastError().isValid())
        return failed(q);
    return true;
}

void CentralizedDbBackend::appendFileOrphans(const QVector<FileEntry> &baseFiles, const QVector<bool> &seen,
                                             QVector<OrphanEntry> *orphans) const
{
    for (int i = 0; i < baseFiles.size(); ++i) {
        const FileEntry &f = baseFiles.at(i);
        if (!seen.at(i) && !excludedFromSize(f.name))
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, ImageId::isValid(f.name)});
    }
}

namespace {

// Matches rows with base files: marks the files seen, reports rows without a file. Returns, per row, the
// index of its file or -1.
QVector<int> matchFiles(const QVector<CentralizedDbBackend::Row> &rows, const QVector<FileEntry> &baseFiles,
                        QVector<bool> *seen, QVector<OrphanEntry> *orphans)
{
    QHash<QString, int> byName;
    byName.reserve(baseFiles.size());
    for (int i = 0; i < baseFiles.size(); ++i) {
        if (ImageId::isValid(baseFiles.at(i).name)) // a row that is not an image ID never becomes a path
            byName.insert(baseFiles.at(i).name, i);
    }
    seen->fill(false, baseFiles.size());
    QVector<int> files;
    files.reserve(rows.size());
    for (const CentralizedDbBackend::Row &r : rows) {
        const int file = byName.value(r.imageId, -1);
        files.append(file);
        if (file >= 0)
            (*seen)[file] = true;
        else if (orphans)
            orphans->append({OrphanEntry::RecordWithoutFile, r.imageId, r.size, ImageId::isValid(r.imageId)});
    }
    return files;
}

} // namespace

bool CentralizedDbBackend::listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                                      QVector<OrphanEntry> *orphans, QString *error, bool ranks)
{
    images->clear();
    QVector<Row> rows;
    if (!readRows(&rows, error))
        return false;
    QVector<bool> seen;
    const QVector<int> files = matchFiles(rows, baseFiles, &seen, orphans);
    images->reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        CachedImage img;
        img.imageId = r.imageId;
        img.hits = r.hits;
        img.size = r.size;
        img.lastAccessed = r.lastAccessed;
        img.lastModified = r.lastModified;
        img.hasFile = files.at(i) >= 0;
        images->append(img);
    }
    appendFileOrphans(baseFiles, seen, orphans);
    if (!ranks)
        return true;
    // The order lruOrder() yields: last_accessed, then id.
    QVector<int> byAge(rows.size());
    std::iota(byAge.begin(), byAge.end(), 0);
    std::sort(byAge.begin(), byAge.end(), [&rows](int a, int b) {
        const Row &ra = rows.at(a), &rb = rows.at(b);
        return ra.lastAccessed != rb.lastAccessed ? ra.lastAccessed < rb.lastAccessed : ra.id < rb.id;
    });
    for (int rank = 0; rank < byAge.size(); ++rank)
        (*images)[byAge.at(rank)].evictionRank = rank;
    return true;
}

bool CentralizedDbBackend::visitForApi(const ApiVisitor &visit, QString *error)
{
    QVector<Row> rows;
    if (!readRows(&rows, error))
        return false;
    for (const Row &r : std::as_const(rows)) {
        const QByteArray id = r.imageId.toUtf8();
        const QByteArray checksum = r.checksum.toUtf8(); // a null QString stays a null (SQL NULL) view
        visit({std::string_view(id.constData(), size_t(id.size())), r.hits, r.lastAccessed, r.lastModified, r.size,
               r.id, checksum.isNull() ? std::string_view() : std::string_view(checksum.constData(), size_t(checksum.size()))});
    }
    return true;
}

bool CentralizedDbBackend::countCached(const QVector<FileEntry> &baseFiles, qint64 *count,
                                       QVector<OrphanEntry> *orphans, QString *error)
{
    *count = 0;
    QVector<Row> rows;
    if (!readRows(&rows, error))
        return false;
    *count = rows.size();
    QVector<bool> seen;
    matchFiles(rows, baseFiles, &seen, orphans);
    appendFileOrphans(baseFiles, seen, orphans);
    return true;
}

bool CentralizedDbBackend::lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error)
{
    order->clear();
    QVector<Row> rows;
    if (!readRows(&rows, error, true))
        return false;
    QVector<bool> seen;
    const QVector<int> files = matchFiles(rows, baseFiles, &seen, nullptr);
    // Glance subtracts the file's size, 0 when the file is missing.
    for (int i = 0; i < rows.size(); ++i)
        order->append({rows.at(i).imageId, files.at(i) < 0 ? 0 : baseFiles.at(files.at(i)).size});
    return true;
}

bool CentralizedDbBackend::hasRecord(const QString &imageId)
{
    QVector<Row> rows;
    QString ignored;
    if (!readRows(&rows, &ignored))
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [&imageId](const Row &r) { return r.imageId == imageId; });
}

QString CentralizedDbBackend::pruneNeverEnds(qint64 sizeLeft, qint64 maxSize) const
{
    return tr("Pruning cannot bring this cache under its limit: once every record of this node is pruned, %1 bytes "
              "of files remain against the limit of %2 bytes. They are files without a record in the database "
              "(orphans, lock files, anything else in %3; see status), which Glance counts but can never prune; "
              "its own prune loops forever here, ours stops. Delete those files, or raise image_cache_max_size.")
        .arg(sizeLeft)
        .arg(maxSize)
        .arg(m_dir.baseDir());
}
