#include "cachereports.h"

#include "clijson.h"
#include "cliprinter.h"
#include "clitable.h"
#include "imagerows.h"
#include "cache/imagecache.h"
#include "core/imageid.h"
#include "core/pyjson.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QByteArray strings(const QStringList &values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + PyJson::string(values.at(i));
    return out + "]";
}

QByteArray flag(bool value)
{
    return CliCell::flag(value).json;
}

CliRows orphanRows(const QVector<OrphanEntry> &orphans)
{
    CliRows rows({{"kind", QString()}, {"name", QString()}, {"size", QString()}});
    for (const OrphanEntry &o : orphans) {
        const bool file = o.kind == OrphanEntry::FileWithoutRecord;
        // Only the file form has a size: a second arg() on the record form would warn on stderr.
        const QString line = file ? CacheReports::tr("file without record: %1 (%2 bytes)").arg(o.name).arg(o.size)
                                  : CacheReports::tr("record without file: %1").arg(o.name);
        rows.add({CliCell::string(file ? QStringLiteral("file_without_record") : QStringLiteral("record_without_file")),
                  CliCell::string(o.name), CliCell::number(o.size)},
                 QStringLiteral("  ") + line);
    }
    return rows;
}

// A JSON string of the UTF-8 id as json.dumps() writes it: plain ASCII is copied, anything else goes
// through PyJson's escaping (which sees invalid UTF-8 as QString does, replaced).
void appendId(QByteArray &out, std::string_view id)
{
    for (const char c : id) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7e || c == '"' || c == '\\') {
            PyJson::appendString(out, QString::fromUtf8(id.data(), qsizetype(id.size())));
            return;
        }
    }
    out += '"';
    out.append(id.data(), qsizetype(id.size()));
    out += '"';
}

// One centralized_db entry with the keys in the order Glance's _cached_image_format() builds its dict (and
// json.dumps keeps): id, image_id, last_accessed, last_modified, size, hits, checksum. Times are true UTC
// epoch seconds, not Glance's local-time reading of them (see CentralizedDbBackend).
void appendCentralEntry(QByteArray &j, const ApiImage &c, bool first)
{
    j += first ? "{\"id\": " : ", {\"id\": ";
    PyJson::appendNumber(j, c.rowId);
    j += ", \"image_id\": ";
    appendId(j, c.imageId);
    j += ", \"last_accessed\": ";
    PyJson::appendNumber(j, c.lastAccessed);
    j += ", \"last_modified\": ";
    PyJson::appendNumber(j, c.lastModified);
    j += ", \"size\": ";
    PyJson::appendNumber(j, c.size);
    j += ", \"hits\": ";
    PyJson::appendNumber(j, c.hits);
    j += ", \"checksum\": ";
    if (c.checksum.data())
        appendId(j, c.checksum);
    else
        j += "null";
    j += '}';
}

} // namespace

CacheReports::CacheReports(const CliContext &context)
    : m_ctx(context)
    , m_out(*context.out)
    , m_err(*context.err)
{
}

int CacheReports::fail(const QString &message) const
{
    m_err << "glance-cachectl: " << message << Qt::endl;
    return ExitFailure;
}

int CacheReports::status()
{
    ImageCache cache(m_ctx.location);
    // The figures alone: no image list, hits or user.error are read for them.
    const Expected<ImageCache::Summary> summary = cache.summary();
    if (!summary)
        return fail(summary.error());
    const ImageCache::Summary &s = *summary;
    const CacheLocation &loc = m_ctx.location;
    int stalled = 0;
    for (const PartialImage &p : std::as_const(s.incomplete)) {
        if (p.modified < s.takenAt - double(loc.stallTime))
            ++stalled;
    }
    const bool over = s.totalSize > loc.maxSize;
    const CliRows orphans = orphanRows(s.orphans);
    if (m_ctx.json) {
        const QStringList warnings
            = s.warnings + (m_ctx.locationNote.isEmpty() ? QStringList() : QStringList{m_ctx.locationNote});
        QVector<QPair<QByteArray, QByteArray>> members{
            {"cache_dir", PyJson::string(loc.cacheDir)},
            {"config_files", strings(loc.configFiles)},
            {"demo", flag(loc.isDemo)},
            {"configured_driver", PyJson::string(loc.driver)},
            {"effective_driver", PyJson::string(s.effectiveDriver)},
            {"driver_note", PyJson::string(s.driverNote)},
        };
        // Where this node's records are, as the text form's "Records:" line: only for centralized_db, so the
        // other drivers' output stays as it was, and the database's redacted form only, never the password.
        if (loc.driver == QLatin1String("centralized_db"))
            members += {{"database", PyJson::string(loc.databaseDisplay)}, {"node_url", PyJson::string(loc.nodeUrl)}};
        members += {
            {"size", PyJson::number(s.totalSize)},
            {"max_size", PyJson::number(loc.maxSize)},
            {"over_limit", flag(over)},
            {"free_bytes", PyJson::number(s.freeBytes)},
            {"cached_images", PyJson::number(s.cachedCount)},
            {"queued_images", PyJson::number(s.queuedCount)},
            {"incomplete_images", PyJson::number(qint64(s.incomplete.size()))},
            {"stalled_images", PyJson::number(qint64(stalled))},
            {"invalid_images", PyJson::number(s.invalidCount)},
            {"orphans", CliJson::array(orphans)},
            {"warnings", strings(warnings)},
        };
        CliPrinter(m_ctx).json(CliJson::members(members));
        return ExitOk;
    }
    if (loc.isDemo)
        m_out << tr("DEMO CACHE: generated sample data, not a Glance node.") << Qt::endl;
    if (!m_ctx.locationNote.isEmpty())
        m_out << m_ctx.locationNote << Qt::endl;
    m_out << tr("Cache directory: %1").arg(loc.cacheDir) << Qt::endl;
    if (!loc.configFiles.isEmpty())
        m_out << tr("Configuration:   %1").arg(loc.configFiles.join(QLatin1String(", "))) << Qt::endl;
    m_out << tr("Driver:          %1 (configured: %2)").arg(s.effectiveDriver, loc.driver) << Qt::endl;
    if (loc.driver == QLatin1String("centralized_db")) // the redacted URL: never the password
        m_out << tr("Records:         node %1 in %2").arg(loc.nodeUrl, loc.databaseDisplay) << Qt::endl;
    if (!s.driverNote.isEmpty())
        m_out << tr("  Note: %1").arg(s.driverNote) << Qt::endl;
    const double percent = loc.maxSize > 0 ? 100.0 * double(s.totalSize) / double(loc.maxSize) : 0;
    m_out << tr("Size:            %1 of %2 max (%3 of %4 bytes, %5%)")
                 .arg(human(s.totalSize), human(loc.maxSize))
                 .arg(s.totalSize)
                 .arg(loc.maxSize)
                 .arg(percent, 0, 'f', 0)
          << Qt::endl;
    if (over)
        m_out << tr("  Over the limit by %1: the pruner has not run or cannot keep up.").arg(human(s.totalSize - loc.maxSize))
              << Qt::endl;
    if (s.freeBytes >= 0)
        m_out << tr("Free space:      %1").arg(human(s.freeBytes)) << Qt::endl;
    m_out << tr("Cached images:   %1").arg(s.cachedCount) << Qt::endl;
    m_out << tr("Queued images:   %1").arg(s.queuedCount) << Qt::endl;
    m_out << tr("Incomplete:      %1 (%2 stalled, older than %3 s)").arg(s.incomplete.size()).arg(stalled).arg(loc.stallTime)
          << Qt::endl;
    m_out << tr("Invalid:         %1").arg(s.invalidCount) << Qt::endl;
    m_out << tr("Orphans:         %1").arg(s.orphans.size()) << Qt::endl;
    CliPrinter(m_ctx).lines(orphans);
    for (const QString &w : std::as_const(s.warnings))
        m_out << tr("Warning: %1").arg(w) << Qt::endl;
    return ExitOk;
}

int CacheReports::list()
{
    ImageCache cache(m_ctx.location);
    // The one JSON not printed from CliRows: it is written as the cache is read, which the benchmark
    // against Glance's own listing needs on 100k images (tests/bench). Its members are ImageRows' (with
    // the xattr driver's whole-second times), and tst_cli and tst_interop check it against Glance.
    if (m_ctx.json)
        return listJson(cache);
    const Expected<ImageCache::ApiListing> listing = cache.listForApi();
    if (!listing)
        return fail(listing.error());
    CliRows rows = ImageRows::cached(listing->cached);
    QStringList queuedIds;
    for (const QueuedImage &q : std::as_const(listing->queued))
        queuedIds.append(q.imageId);
    rows.append(ImageRows::queued(queuedIds));
    if (m_ctx.location.isDemo)
        m_out << tr("DEMO CACHE: generated sample data, not a Glance node.") << Qt::endl;
    m_out << CliTable(rows).render();
    m_out.flush();
    return ExitOk;
}

int CacheReports::listJson(ImageCache &cache)
{
    // Straight from the rows to the document, without a CachedImage and a QString per image: for 100k
    // images those cost as much as reading cache.db.
    const bool integers = cache.effectiveDriver() == QLatin1String("xattr");
    // Written out a megabyte at a time: nothing is visited before everything was read, so a failure
    // cannot leave half a document behind.
    constexpr qsizetype chunk = 1 << 20;
    QByteArray j;
    j.reserve(chunk + 4096);
    j += "{\"cached_images\": [";
    bool first = true;
    const auto append = [&](const ApiImage &c) {
        if (j.size() >= chunk) {
            std::fwrite(j.constData(), 1, size_t(j.size()), stdout);
            j.truncate(0);
        }
        if (c.rowId >= 0) {
            appendCentralEntry(j, c, first);
            first = false;
            return;
        }
        j += first ? "{\"image_id\": " : ", {\"image_id\": ";
        first = false;
        appendId(j, c.imageId);
        j += ", \"hits\": ";
        PyJson::appendNumber(j, c.hits);
        j += ", \"last_accessed\": ";
        integers ? PyJson::appendNumber(j, qint64(c.lastAccessed)) : PyJson::appendNumber(j, c.lastAccessed);
        j += ", \"last_modified\": ";
        integers ? PyJson::appendNumber(j, qint64(c.lastModified)) : PyJson::appendNumber(j, c.lastModified);
        j += ", \"size\": ";
        PyJson::appendNumber(j, c.size);
        j += '}';
    };
    const Expected<QVector<QueuedImage>> visited = cache.visitForApi(append);
    if (!visited)
        return fail(visited.error());
    const QVector<QueuedImage> &queued = *visited;
    j += "], \"queued_images\": [";
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (i)
            j += ", ";
        PyJson::appendString(j, queued.at(i).imageId);
    }
    j += m_ctx.location.isDemo ? "], \"demo\": true}\n" : "]}\n";
    std::fwrite(j.constData(), 1, size_t(j.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

int CacheReports::listQueued()
{
    ImageCache cache(m_ctx.location);
    const Expected<CacheSnapshot> snapshot = cache.snapshot();
    if (!snapshot)
        return fail(snapshot.error());
    const CacheSnapshot &s = *snapshot;
    CliRows rows({{QByteArray(), QStringLiteral("#")}, {"image_id", QStringLiteral("ID")},
                  {"queued_at", QStringLiteral("Queued (UTC)")}});
    for (const QueuedImage &q : std::as_const(s.queued))
        rows.add({CliCell::display(QString::number(rows.size() + 1)), CliCell::string(q.imageId),
                  CliCell::time(q.queuedAt)});
    return CliPrinter(m_ctx).table("queued_images", rows);
}

int CacheReports::listIncomplete()
{
    ImageCache cache(m_ctx.location);
    const Expected<CacheSnapshot> snapshot = cache.snapshot();
    if (!snapshot)
        return fail(snapshot.error());
    const CacheSnapshot &s = *snapshot;
    const double stallLimit = s.takenAt - double(s.location.stallTime);
    CliRows rows({{"image_id", QStringLiteral("ID")},
                  {"size", QStringLiteral("Size")},
                  {"last_modified", QStringLiteral("Last Modified (UTC)")},
                  {"age", QStringLiteral("Age (s)")},
                  {"stalled", QStringLiteral("Stalled")}});
    for (const PartialImage &p : std::as_const(s.incomplete)) {
        const bool stalled = p.modified < stallLimit;
        rows.add({CliCell::string(p.imageId), CliCell::number(p.size), CliCell::time(p.modified),
                  CliCell::number(qint64(s.takenAt - p.modified)), CliCell::flag(stalled, stalled ? tr("yes") : tr("no"))});
    }
    if (m_ctx.json)
        CliPrinter(m_ctx).json(CliJson::members(
            {{"stall_time", PyJson::number(s.location.stallTime)}, {"incomplete_images", CliJson::array(rows)}}));
    else
        m_out << CliTable(rows).render() << Qt::flush;
    return ExitOk;
}

int CacheReports::listInvalid()
{
    ImageCache cache(m_ctx.location);
    const Expected<CacheSnapshot> snapshot = cache.snapshot();
    if (!snapshot)
        return fail(snapshot.error());
    const CacheSnapshot &s = *snapshot;
    CliRows rows({{"image_id", QStringLiteral("ID")},
                  {"size", QStringLiteral("Size")},
                  {"last_modified", QStringLiteral("Last Modified (UTC)")},
                  {"error", QStringLiteral("Error")}});
    for (const PartialImage &p : std::as_const(s.invalid)) {
        const QString shown = p.error.isEmpty() ? QStringLiteral("N/A") : p.error.simplified();
        rows.add({CliCell::string(p.imageId), CliCell::number(p.size), CliCell::time(p.modified),
                  p.error.isNull() ? CliCell::null(shown) : CliCell::string(p.error, shown)});
    }
    return CliPrinter(m_ctx).table("invalid_images", rows);
}
