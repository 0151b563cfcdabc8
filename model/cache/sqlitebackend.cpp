#include "cache/sqlitebackend.h"

#include "cache/cachedirectory.h"
#include "core/imageid.h"
#include "cache/sqlitebackend_p.h"
#include "cache/sqlitesession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

using namespace SqliteDetail;

namespace {

std::string_view textOf(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(stmt, column))) : std::string_view();
}

QString toQString(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// The base dir's files by name, to match cache.db rows with. Only valid image IDs are indexed, so a row
// that is not an image ID never matches a file (it never becomes a path). Open addressing with each ID's
// 36 ASCII bytes in its slot: one memory access per lookup, where a QHash of views into the names took
// three (this matching was a third of `status` on 100k files).
class FileIndex
{
public:
    explicit FileIndex(const QVector<FileEntry> &files)
    {
        size_t capacity = 16;
        while (capacity < size_t(files.size()) * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (int i = 0; i < files.size(); ++i) {
            const QString &name = files.at(i).name;
            if (!ImageId::isValid(name))
                continue;
            char id[idSize];
            for (int k = 0; k < idSize; ++k)
                id[k] = char(name.at(k).unicode()); // a valid ID is ASCII
            size_t at = hashOf(id) & m_mask;
            while (m_slots[at].file >= 0)
                at = (at + 1) & m_mask; // names in a directory are unique: no need to compare
            std::memcpy(m_slots[at].id, id, idSize);
            m_slots[at].file = i;
        }
    }

    // The index in files of the file named id, -1 when there is none.
    int find(std::string_view id) const
    {
        if (id.size() != size_t(idSize))
            return -1;
        for (size_t at = hashOf(id.data()) & m_mask;; at = (at + 1) & m_mask) {
            const Slot &slot = m_slots[at];
            if (slot.file < 0 || std::memcmp(slot.id, id.data(), idSize) == 0)
                return slot.file;
        }
    }

private:
    static constexpr int idSize = 36;
    struct Slot
    {
        char id[idSize] = {};
        int file = -1;
    };

    static size_t hashOf(const char *id)
    {
        quint64 h = 0;
        for (int k = 0; k < 32; k += 8) {
            quint64 word;
            std::memcpy(&word, id + k, 8);
            h = (h ^ word) * 0x9e3779b97f4a7c15ULL;
        }
        quint32 tail;
        std::memcpy(&tail, id + 32, 4);
        h = (h ^ tail) * 0x9e3779b97f4a7c15ULL;
        return size_t(h ^ (h >> 29));
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

// Every row of cached_images in Glance's "ORDER BY image_id". Read in table order and sorted here: walking
// the image_id index would look up every row by rowid, which costs more than the sort.
struct Rows
{
    struct Row
    {
        quint64 key = 0; // the ID's first 8 bytes, big-endian: most comparisons end here, in cache
        qsizetype idAt = 0;
        qsizetype idSize = 0;
        qint64 hits = 0;
        double lastAccessed = 0;
        double lastModified = 0;
        qint64 size = 0;
        qint64 rowid = 0;
    };
    QByteArray ids;
    std::vector<Row> rows;
    std::string_view id(const Row &r) const { return std::string_view(ids.constData() + r.idAt, size_t(r.idSize)); }
    // Byte order, as SQLite's BINARY collation compares TEXT.
    bool less(const Row &a, const Row &b) const { return a.key != b.key ? a.key < b.key : id(a) < id(b); }
};

quint64 keyOf(std::string_view id)
{
    // Zero padding keeps the order: a shorter ID sorts before its extensions, and equal keys fall back
    // to comparing the whole IDs.
    uchar bytes[8] = {};
    std::memcpy(bytes, id.data(), std::min<size_t>(8, id.size()));
    return qFromBigEndian<quint64>(bytes);
}

int readRows(sqlite3 *db, bool sqlOrder, Rows *out, bool *memcmpOrder)
{
    out->ids.clear();
    out->rows.clear();
    *memcmpOrder = true;
    Statement q;
    const char *sql = sqlOrder ? "SELECT image_id, hits, last_accessed, last_modified, size, rowid FROM cached_images "
                                 "ORDER BY image_id"
                               : "SELECT image_id, hits, last_accessed, last_modified, size, rowid FROM cached_images";
    int rc = sqlite3_prepare_v2(db, sql, -1, &q.stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        // Our byte order equals SQLite's only between TEXT values; anything else goes back to SQLite.
        if (sqlite3_column_type(q.stmt, 0) != SQLITE_TEXT)
            *memcmpOrder = false;
        const std::string_view id = textOf(q.stmt, 0);
        out->rows.push_back({keyOf(id), out->ids.size(), qsizetype(id.size()), sqlite3_column_int64(q.stmt, 1),
                             sqlite3_column_double(q.stmt, 2), sqlite3_column_double(q.stmt, 3),
                             sqlite3_column_int64(q.stmt, 4), sqlite3_column_int64(q.stmt, 5)});
        out->ids.append(id.data(), qsizetype(id.size()));
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Reads the rows in Glance's order. False with a sentence.
bool readSortedRows(const SqliteSession &session, Rows *out, QString *error)
{
    sqlite3 *db = session.handle();
    // Map the file (or use a larger page cache where mapping is off): the scan then costs memory reads,
    // not one pread() per page.
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // ORDER BY uses the column's collation: ours is byte order, Glance's schema's (BINARY) too.
    const char *collation = nullptr;
    const bool binary = sqlite3_table_column_metadata(db, nullptr, "cached_images", "image_id", nullptr, &collation,
                                                      nullptr, nullptr, nullptr)
            == SQLITE_OK
        && collation && std::strcmp(collation, "BINARY") == 0;
    bool memcmpOrder = true;
    int rc = readRows(db, !binary, out, &memcmpOrder);
    if (rc == SQLITE_OK && binary && memcmpOrder) {
        std::sort(out->rows.begin(), out->rows.end(),
                  [out](const Rows::Row &a, const Rows::Row &b) { return out->less(a, b); });
        // Equal IDs (a damaged table without its primary key) leave SQLite's order to SQLite.
        for (size_t i = 1; i < out->rows.size() && memcmpOrder; ++i)
            memcmpOrder = out->id(out->rows[i - 1]) != out->id(out->rows[i]);
        if (!memcmpOrder)
            rc = readRows(db, true, out, &memcmpOrder);
    } else if (rc == SQLITE_OK && binary) {
        rc = readRows(db, true, out, &memcmpOrder);
    }
    if (rc != SQLITE_OK)
        *error = lastError(session);
    return rc == SQLITE_OK;
}

CachedImage imageOf(const Rows &rows, const Rows::Row &r)
{
    CachedImage img;
    img.imageId = toQString(rows.id(r));
    img.hits = r.hits;
    img.lastAccessed = r.lastAccessed;
    img.lastModified = r.lastModified;
    img.size = r.size;
    return img;
}

} // namespace

SqliteBackend::SqliteBackend(const CacheDirectory &dir, const QString &dbPath, int busyTimeoutMs, int maxBatchRows)
    : m_dir(dir)
    , m_dbPath(dbPath)
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_maxBatchRows(maxBatchRows)
{
    const QFileInfo db(dbPath);
    if (QFileInfo(db.absolutePath()).canonicalFilePath() == QFileInfo(dir.baseDir()).canonicalFilePath()
        || db.absolutePath() == dir.baseDir())
        m_dbNameInBase = db.fileName();
}

bool SqliteBackend::excludedFromSize(const QString &name) const
{
    return !m_dbNameInBase.isEmpty() && name == m_dbNameInBase;
}

bool SqliteBackend::isDbCompanion(const QString &name) const
{
    return !m_dbNameInBase.isEmpty()
        && (name == m_dbNameInBase + QLatin1String("-journal") || name == m_dbNameInBase + QLatin1String("-wal")
            || name == m_dbNameInBase + QLatin1String("-shm"));
}

void SqliteBackend::appendFileOrphans(const QVector<FileEntry> &baseFiles, const std::vector<char> &seen,
                                      QVector<OrphanEntry> *orphans) const
{
    for (int i = 0; i < baseFiles.size(); ++i) {
        const FileEntry &f = baseFiles.at(i);
        if (!seen[size_t(i)] && !excludedFromSize(f.name))
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, ImageId::isValid(f.name)});
    }
}

bool SqliteBackend::listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                               QVector<OrphanEntry> *orphans, QString *error, bool ranks)
{
    images->clear();
    if (!QFileInfo::exists(m_dbPath)) {
        // glance-api has not started on this cache yet: it would create an empty table and list nothing.
        for (const FileEntry &f : baseFiles)
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, ImageId::isValid(f.name)});
        return true;
    }
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    Rows rows;
    if (!session.open(error) || !readSortedRows(session, &rows, error))
        return false;
    const FileIndex files(baseFiles);
    std::vector<char> seen(size_t(baseFiles.size()), 0);
    images->reserve(qsizetype(rows.rows.size()));
    for (const Rows::Row &r : rows.rows) {
        CachedImage img = imageOf(rows, r);
        const int file = files.find(rows.id(r));
        img.hasFile = file >= 0;
        if (img.hasFile)
            seen[size_t(file)] = 1;
        else
            orphans->append({OrphanEntry::RecordWithoutFile, img.imageId, img.size, ImageId::isValid(img.imageId)});
        images->append(img);
    }
    appendFileOrphans(baseFiles, seen, orphans);
    if (!ranks)
        return true;
    // The order lruOrder() yields: last_accessed, then rowid.
    QVector<int> byAge(images->size());
    std::iota(byAge.begin(), byAge.end(), 0);
    std::sort(byAge.begin(), byAge.end(), [&](int a, int b) {
        const double la = rows.rows[size_t(a)].lastAccessed, lb = rows.rows[size_t(b)].lastAccessed;
        return la != lb ? la < lb : rows.rows[size_t(a)].rowid < rows.rows[size_t(b)].rowid;
    });
    for (int rank = 0; rank < byAge.size(); ++rank)
        (*images)[byAge.at(rank)].evictionRank = rank;
    return true;
}

bool SqliteBackend::visitForApi(const ApiVisitor &visit, QString *error)
{
    if (!QFileInfo::exists(m_dbPath))
        return true;
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    Rows rows;
    if (!session.open(error) || !readSortedRows(session, &rows, error))
        return false;
    for (const Rows::Row &r : rows.rows)
        visit({rows.id(r), r.hits, r.lastAccessed, r.lastModified, r.size, -1, {}});
    return true;
}

bool SqliteBackend::countCached(const QVector<FileEntry> &baseFiles, qint64 *count, QVector<OrphanEntry> *orphans,
                                QString *error)
{
    *count = 0;
    if (!QFileInfo::exists(m_dbPath)) {
        appendFileOrphans(baseFiles, std::vector<char>(size_t(baseFiles.size()), 0), orphans);
        return true;
    }
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    sqlite3 *db = session.handle();
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    // Only IDs and rowids, in listCached()'s order: SQLite reads them from the image_id index alone and
    // fetches a row's size only for the rare row without a file.
    Statement q, sizeOf;
    int rc = sqlite3_prepare_v2(db, "SELECT image_id, rowid FROM cached_images ORDER BY image_id", -1, &q.stmt,
                                nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, "SELECT size FROM cached_images WHERE rowid = ?", -1, &sizeOf.stmt, nullptr);
    const FileIndex files(baseFiles);
    std::vector<char> seen(size_t(baseFiles.size()), 0);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        if ((rc = sqlite3_step(q.stmt)) != SQLITE_ROW)
            break;
        ++*count;
        const std::string_view id = textOf(q.stmt, 0);
        const int file = files.find(id);
        if (file >= 0) {
            seen[size_t(file)] = 1;
            continue;
        }
        const QString name = toQString(id);
        sqlite3_bind_int64(sizeOf.stmt, 1, sqlite3_column_int64(q.stmt, 1));
        const qint64 size = sqlite3_step(sizeOf.stmt) == SQLITE_ROW ? sqlite3_column_int64(sizeOf.stmt, 0) : 0;
        sqlite3_reset(sizeOf.stmt);
        orphans->append({OrphanEntry::RecordWithoutFile, name, size, ImageId::isValid(name)});
    }
    if (rc != SQLITE_DONE) {
        *error = lastError(session);
        return false;
    }
    appendFileOrphans(baseFiles, seen, orphans);
    return true;
}

bool SqliteBackend::lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error)
{
    order->clear();
    if (!QFileInfo::exists(m_dbPath))
        return true; // no records, nothing Glance could prune
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    sqlite3 *db = session.handle();
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // Glance asks "ORDER BY last_accessed LIMIT 1" once per victim; SQLite breaks ties in scan (rowid)
    // order, so one query ordered by (last_accessed, rowid) yields the same sequence.
    Statement q;
    int rc = sqlite3_prepare_v2(db, "SELECT image_id FROM cached_images ORDER BY last_accessed, rowid", -1, &q.stmt,
                                nullptr);
    const FileIndex files(baseFiles);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        if ((rc = sqlite3_step(q.stmt)) != SQLITE_ROW)
            break;
        const std::string_view id = textOf(q.stmt, 0);
        const int file = files.find(id);
        order->append({toQString(id), file < 0 ? 0 : baseFiles.at(file).size});
    }
    if (rc != SQLITE_DONE) {
        *error = lastError(session);
        return false;
    }
    return true;
}

bool SqliteBackend::hasRecord(const QString &imageId)
{
    QString ignored;
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(&ignored))
        return false;
    Statement q;
    const QByteArray id = imageId.toUtf8();
    return sqlite3_prepare_v2(session.handle(), "SELECT 1 FROM cached_images WHERE image_id = ?", -1, &q.stmt, nullptr)
        == SQLITE_OK
        && sqlite3_bind_text(q.stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC) == SQLITE_OK
        && sqlite3_step(q.stmt) == SQLITE_ROW;
}
