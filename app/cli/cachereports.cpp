#include "cachereports.h"

#include "clitable.h"
#include "cache/imagecache.h"
#include "core/imageid.h"
#include "pyjson.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QByteArray idList(const QStringList &ids)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < ids.size(); ++i)
        out += (i ? ", " : "") + PyJson::string(ids.at(i));
    return out + "]";
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
    ImageCache::Summary s;
    QString error;
    if (!cache.summary(&s, &error))
        return fail(error);
    const CacheLocation &loc = m_ctx.location;
    int stalled = 0;
    for (const PartialImage &p : std::as_const(s.incomplete)) {
        if (p.modified < s.takenAt - double(loc.stallTime))
            ++stalled;
    }
    const bool over = s.totalSize > loc.maxSize;
    if (m_ctx.json) {
        QByteArray j = "{\"cache_dir\": " + PyJson::string(loc.cacheDir) + ", \"config_files\": " + idList(loc.configFiles)
            + ", \"demo\": " + (loc.isDemo ? "true" : "false") + ", \"configured_driver\": " + PyJson::string(loc.driver)
            + ", \"effective_driver\": " + PyJson::string(s.effectiveDriver) + ", \"driver_note\": "
            + PyJson::string(s.driverNote) + ", \"size\": " + PyJson::number(s.totalSize) + ", \"max_size\": "
            + PyJson::number(loc.maxSize) + ", \"over_limit\": " + (over ? "true" : "false") + ", \"free_bytes\": "
            + PyJson::number(s.freeBytes) + ", \"cached_images\": " + PyJson::number(s.cachedCount)
            + ", \"queued_images\": " + PyJson::number(s.queuedCount) + ", \"incomplete_images\": "
            + PyJson::number(qint64(s.incomplete.size())) + ", \"stalled_images\": " + PyJson::number(qint64(stalled))
            + ", \"invalid_images\": " + PyJson::number(s.invalidCount) + ", \"orphans\": [";
        for (qsizetype i = 0; i < s.orphans.size(); ++i) {
            const OrphanEntry &o = s.orphans.at(i);
            j += QByteArray(i ? ", " : "") + "{\"kind\": "
                + (o.kind == OrphanEntry::FileWithoutRecord ? "\"file_without_record\"" : "\"record_without_file\"")
                + ", \"name\": " + PyJson::string(o.name) + ", \"size\": " + PyJson::number(o.size) + "}";
        }
        j += "], \"warnings\": " + idList(s.warnings + (m_ctx.locationNote.isEmpty() ? QStringList() : QStringList{m_ctx.locationNote}))
            + "}";
        m_out << j << Qt::endl;
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
    for (const OrphanEntry &o : std::as_const(s.orphans)) {
        m_out << "  " << (o.kind == OrphanEntry::FileWithoutRecord ? tr("file without record: %1 (%2 bytes)")
                                                                    : tr("record without file: %1"))
                                .arg(o.name)
                                .arg(o.size)
              << Qt::endl;
    }
    for (const QString &w : std::as_const(s.warnings))
        m_out << tr("Warning: %1").arg(w) << Qt::endl;
    return ExitOk;
}

int CacheReports::list()
{
    ImageCache cache(m_ctx.location);
    if (m_ctx.json)
        return listJson(cache);
    QVector<CachedImage> cached;
    QVector<QueuedImage> queued;
    QString error;
    if (!cache.listForApi(&cached, &queued, &error))
        return fail(error);
    CliTable table({QStringLiteral("ID"), QStringLiteral("State"), QStringLiteral("Last Accessed (UTC)"),
                    QStringLiteral("Last Modified (UTC)"), QStringLiteral("Size"), QStringLiteral("Hits")});
    for (const CachedImage &c : std::as_const(cached)) {
        table.addRow({c.imageId, QStringLiteral("cached"),
                      c.lastAccessed == 0 ? QStringLiteral("N/A") : PyJson::utcIso(c.lastAccessed),
                      PyJson::utcIso(c.lastModified), QString::number(c.size), QString::number(c.hits)});
    }
    for (const QueuedImage &q : std::as_const(queued)) {
        table.addRow({q.imageId, QStringLiteral("queued"), QStringLiteral("N/A"), QStringLiteral("N/A"),
                      QStringLiteral("N/A"), QStringLiteral("N/A")});
    }
    if (m_ctx.location.isDemo)
        m_out << tr("DEMO CACHE: generated sample data, not a Glance node.") << Qt::endl;
    m_out << table.render();
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
    QVector<QueuedImage> queued;
    QString error;
    if (!cache.visitForApi(append, &queued, &error))
        return fail(error);
    j += "], \"queued_images\": [";
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (i)
            j += ", ";
        PyJson::appendString(j, queued.at(i).imageId);
    }
    j += "]}\n";
    std::fwrite(j.constData(), 1, size_t(j.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

int CacheReports::listQueued()
{
    ImageCache cache(m_ctx.location);
    CacheSnapshot s;
    QString error;
    if (!cache.snapshot(&s, &error))
        return fail(error);
    if (m_ctx.json) {
        QByteArray j = "{\"queued_images\": [";
        for (qsizetype i = 0; i < s.queued.size(); ++i)
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(s.queued.at(i).imageId)
                + ", \"queued_at\": " + PyJson::number(s.queued.at(i).queuedAt) + "}";
        m_out << j << "]}" << Qt::endl;
        return ExitOk;
    }
    CliTable table({QStringLiteral("#"), QStringLiteral("ID"), QStringLiteral("Queued (UTC)")});
    int n = 0;
    for (const QueuedImage &q : std::as_const(s.queued))
        table.addRow({QString::number(++n), q.imageId, PyJson::utcIso(q.queuedAt)});
    m_out << table.render();
    m_out.flush();
    return ExitOk;
}

int CacheReports::listIncomplete()
{
    ImageCache cache(m_ctx.location);
    CacheSnapshot s;
    QString error;
    if (!cache.snapshot(&s, &error))
        return fail(error);
    const double stallLimit = s.takenAt - double(s.location.stallTime);
    if (m_ctx.json) {
        QByteArray j = "{\"stall_time\": " + PyJson::number(s.location.stallTime) + ", \"incomplete_images\": [";
        for (qsizetype i = 0; i < s.incomplete.size(); ++i) {
            const PartialImage &p = s.incomplete.at(i);
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(p.imageId) + ", \"size\": "
                + PyJson::number(p.size) + ", \"last_modified\": " + PyJson::number(p.modified)
                + ", \"age\": " + PyJson::number(qint64(s.takenAt - p.modified)) + ", \"stalled\": "
                + (p.modified < stallLimit ? "true" : "false") + "}";
        }
        m_out << j << "]}" << Qt::endl;
        return ExitOk;
    }
    CliTable table({QStringLiteral("ID"), QStringLiteral("Size"), QStringLiteral("Last Modified (UTC)"),
                    QStringLiteral("Age (s)"), QStringLiteral("Stalled")});
    for (const PartialImage &p : std::as_const(s.incomplete))
        table.addRow({p.imageId, QString::number(p.size), PyJson::utcIso(p.modified),
                      QString::number(qint64(s.takenAt - p.modified)),
                      p.modified < stallLimit ? tr("yes") : tr("no")});
    m_out << table.render();
    m_out.flush();
    return ExitOk;
}

int CacheReports::listInvalid()
{
    ImageCache cache(m_ctx.location);
    CacheSnapshot s;
    QString error;
    if (!cache.snapshot(&s, &error))
        return fail(error);
    if (m_ctx.json) {
        QByteArray j = "{\"invalid_images\": [";
        for (qsizetype i = 0; i < s.invalid.size(); ++i) {
            const PartialImage &p = s.invalid.at(i);
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(p.imageId) + ", \"size\": "
                + PyJson::number(p.size) + ", \"last_modified\": " + PyJson::number(p.modified) + ", \"error\": "
                + (p.error.isNull() ? QByteArray("null") : PyJson::string(p.error)) + "}";
        }
        m_out << j << "]}" << Qt::endl;
        return ExitOk;
    }
    CliTable table({QStringLiteral("ID"), QStringLiteral("Size"), QStringLiteral("Last Modified (UTC)"),
                    QStringLiteral("Error")});
    for (const PartialImage &p : std::as_const(s.invalid))
        table.addRow({p.imageId, QString::number(p.size), PyJson::utcIso(p.modified),
                      p.error.isEmpty() ? QStringLiteral("N/A") : p.error.simplified()});
    m_out << table.render();
    m_out.flush();
    return ExitOk;
}
