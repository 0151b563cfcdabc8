#include "cache/centralizeddbbackend.h"

#include "cache/cachedirectory.h"
#include "cache/centraldbschema.h"
#include "cache/sqlconnectionsetup.h"
#include "core/imageid.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace {

// One Qt SQL connection for one operation, on the calling thread; removed when it goes out of scope.
// Declare it before any QSqlQuery so that the queries die first.
class Session
{
public:
    Session()
        : m_name(QStringLiteral("gca-centraldb-%1").arg(s_next.fetch_add(1)))
    { }
    ~Session()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        if (m_added)
            QSqlDatabase::removeDatabase(m_name);
    }
    Expected<void> open(const SqlAlchemyUrl &url)
    {
        m_added = true;
        return SqlConnectionSetup::open(url, m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline std::atomic<int> s_next { 0 };
    QString m_name;
    bool m_added = false;
};

// A DATETIME column as 'YYYY-MM-DD HH:MM:SS[.ffffff]' text: QDateTime holds only milliseconds, Glance's
// values have microseconds on SQLite and PostgreSQL (MariaDB's DATETIME keeps whole seconds).
QString timeAsText(SqlAlchemyUrl::Dialect dialect, const char *column)
{
    const QString c = QString::fromLatin1(column);
    switch (dialect) {
    case SqlAlchemyUrl::Dialect::MySql:
        return QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')").arg(c);
    case SqlAlchemyUrl::Dialect::PostgreSql:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')").arg(c);
    case SqlAlchemyUrl::Dialect::Sqlite:
        break; // SQLAlchemy stores DateTime as that text already
    }
    return c;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The digits of text[from, from + n) as a number, or -1.
int digitsAt(QStringView text, int from, int n)
{
    int v = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// Naive UTC text to epoch seconds, read as UTC (see the header on Glance's local-time shift). By hand for
// 'YYYY-MM-DD HH:MM:SS[.ffffff]': QDate/QTime::fromString were half of a 100k-row listing's CPU.
double epochOf(const QString &text)
{
    if (text.size() >= 19 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(13) == u':' && text.at(16) == u':') {
        const int y = digitsAt(text, 0, 4), mo = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        const int h = digitsAt(text, 11, 2), mi = digitsAt(text, 14, 2), sec = digitsAt(text, 17, 2);
        const bool fractionOk = text.size() == 19 || (text.at(19) == u'.' && text.size() <= 26 && (text.size() == 20 || digitsAt(text, 20, int(text.size()) - 20) >= 0));
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0
            && sec < 61 && fractionOk) {
            double seconds = double(daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec);
            if (text.size() > 20)
                seconds += digitsAt(text, 20, int(text.size()) - 20) / std::pow(10.0, double(text.size() - 20));
            return seconds;
        }
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return 0;
    double seconds = double(QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch());
    if (text.size() > 20 && text.at(19) == u'.') {
        const QString digits = text.mid(20);
        bool ok = false;
        const double fraction = digits.toDouble(&ok);
        if (ok)
            seconds += fraction / std::pow(10.0, double(digits.size()));
    }
    return seconds;
}

} // namespace

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

// Whether db holds the cache tables; otherwise *error names the schema revision it is at.
bool CentralizedDbBackend::checkSchema(const QSqlDatabase &db, const SqlAlchemyUrl &url, QString *error) const
{
    const QString where = url.redacted();
    const Expected<bool> present = CentralDbSchema::hasCacheTables(db, url);
    if (!present) {
        *error = present.error();
        return false;
    }
    if (!*present) {
        if (!db.tables().contains(QLatin1String("alembic_version"))) {
            *error = tr("%1 has no image cache tables (node_reference, cached_images) and no alembic_version "
                        "table: it does not hold Glance's database.")
                         .arg(where);
            return false;
        }
        const QStringList revisions = CentralDbSchema::revisions(db);
        *error = tr("%1 has no image cache tables (node_reference, cached_images): its Glance schema is at "
                    "revision %2, older than 2024.1, whose migration 2024_1_expand01 adds them. Run glance-manage "
                    "db sync before using the centralized_db driver.")
                     .arg(where, revisions.isEmpty() ? tr("(none recorded)") : revisions.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

// This node's node_reference_id, or -1 with *error naming the nodes the database does know.
qint64 CentralizedDbBackend::nodeIdOf(const QSqlDatabase &db, const SqlAlchemyUrl &url, QString *error) const
{
    const QString where = url.redacted();
    const auto failed = [&](const QSqlQuery &q) {
        *error = CentralDbSchema::isPermissionDenied(q.lastError())
            ? CentralDbSchema::permissionSentence(url, q.lastError())
            : tr("Reading this node's cache records from %1 failed: %2").arg(where, url.scrub(q.lastError().text()));
        return qint64(-1);
    };
    qint64 nodeId = -1;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?")))
            return failed(q);
        q.addBindValue(m_nodeUrl);
        if (!q.exec())
            return failed(q);
        if (q.next())
            nodeId = q.value(0).toLongLong();
    }
    if (nodeId < 0) {
        QSqlQuery q(db);
        QStringList known;
        if (q.exec(QStringLiteral("SELECT node_reference_url FROM node_reference ORDER BY node_reference_id"))) {
            while (q.next())
                known.append(q.value(0).toString());
        }
        *error = known.isEmpty()
            ? tr("worker_self_reference_url %1 is not in node_reference of %2, which lists no node at all: no "
                 "glance-api has started with the cache against this database yet.")
                  .arg(m_nodeUrl, where)
            : tr("worker_self_reference_url %1 is not in node_reference of %2: no glance-api has started with this "
                 "URL against that database, or the URL changed. The nodes it knows: %3.")
                  .arg(m_nodeUrl, where, known.join(QLatin1String(", ")));
        return -1;
    }
    return nodeId;
}

bool CentralizedDbBackend::readRows(QVector<Row> *rows, QString *error, bool byLastAccessed)
{
    rows->clear();
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(m_databaseUrl);
    if (!url) {
        *error = url.error();
        return false;
    }
    const QString where = url->redacted();
    Session session;
    if (const Expected<void> opened = session.open(*url); !opened) {
        *error = opened.error();
        return false;
    }
    QSqlDatabase db = session.db();
    const auto failed = [&](const QSqlQuery &q) {
        *error = CentralDbSchema::isPermissionDenied(q.lastError())
            ? CentralDbSchema::permissionSentence(*url, q.lastError())
            : tr("Reading this node's cache records from %1 failed: %2").arg(where, url->scrub(q.lastError().text()));
        return false;
    };
    if (!checkSchema(db, *url, error))
        return false;
    const qint64 nodeId = nodeIdOf(db, *url, error);
    if (nodeId < 0)
        return false;
    // Glance's get_cached_images() has no ORDER BY: SQLite and PostgreSQL return the rows of a table
    // this small in insertion order, which is the primary key `id` order; we make that explicit.
    // Prune (get_least_recently_accessed) orders by last_accessed alone; ties fall to insertion order on
    // SQLite and PostgreSQL. On MariaDB (whole-second times, so ties are common) Glance's choice among
    // ties is arbitrary: we take `id` there too, the order an InnoDB scan of the primary key gives.
    const auto dialect = url->dialect();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, image_id, hits, size, %1, %2, checksum FROM cached_images "
                                  "WHERE node_reference_id = ? ORDER BY %3")
                       .arg(timeAsText(dialect, "last_accessed"), timeAsText(dialect, "last_modified"),
                            byLastAccessed ? QStringLiteral("last_accessed, id") : QStringLiteral("id"))))
        return failed(q);
    q.addBindValue(nodeId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.imageId = q.value(1).toString();
        r.hits = q.value(2).toLongLong();
        r.size = q.value(3).toLongLong();
        r.lastAccessed = epochOf(q.value(4).toString());
        r.lastModified = epochOf(q.value(5).toString());
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

bool CentralizedDbBackend::deleteCached(const QStringList &names, int *done, QString *error,
                                        const BatchProgress &progress)
{
    Q_UNUSED(names)
    Q_UNUSED(progress)
    *done = 0;
    *error = tr("Deleting cached images is not supported yet for the centralized_db driver; nothing was changed.");
    return false;
}

bool CentralizedDbBackend::deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error)
{
    Q_UNUSED(baseFiles)
    *deleted = 0;
    *error = tr("Clearing the cache is not supported yet for the centralized_db driver; nothing was changed.");
    return false;
}
