// The centralized_db half of the health check: what Glance's central database says beyond this node's own
// rows (other nodes, a likely changed worker_self_reference_url), an old cache.db still holding records, and
// the host's time zone, which shifts the times Glance's own API reports.
#include "cache/healthcheck.h"

#include "cache/centraldbinspector.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

// "+01:00" for 3600.
QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? u'-' : u'+')
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void HealthCheck::checkCentralDb()
{
    const CentralDbInspector inspector(m_location);
    add(Severity::Info, QStringLiteral("centralized-db"), tr("Cache records are in Glance's main database"),
        tr("With the centralized_db driver this node's records are its rows of cached_images in %1, found by "
           "worker_self_reference_url %2; the other nodes' rows there are never read as this node's.")
            .arg(m_location.databaseDisplay, m_location.nodeUrl));
    checkCentralNodes(inspector);

    const Expected<CentralDbInspector::LegacyRows> legacy = inspector.legacyRows(true, m_options.busyTimeoutMs);
    if (legacy && legacy->rows > 0) {
        const qint64 pending = legacy->rows - legacy->alreadyCentral;
        add(pending > 0 ? Severity::Warning : Severity::Info, QStringLiteral("central-db-unmigrated"),
            tr("%1 still holds %Ln record(s) of the sqlite driver", nullptr, int(legacy->rows)).arg(m_location.dbPath()),
            tr("When glance-api starts on this node with a caching flavor and the centralized_db driver, it copies "
               "the records of cache.db into the central database and deletes those it copied. %1 of them are not "
               "in the central database yet: until glance-api restarts, their files are cached but unrecorded "
               "(counted in the size, never pruned). %2 are there already: Glance skips them and leaves them in "
               "cache.db for good, which does no harm.")
                .arg(pending)
                .arg(legacy->alreadyCentral),
            {m_location.dbPath()});
    }

    const int offset = CentralDbInspector::utcOffsetNow();
    if (offset != 0)
        add(Severity::Info, QStringLiteral("central-db-local-time"),
            tr("This host's time zone is not UTC (%1, UTC%2 now)")
                .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()), offsetText(offset)),
            tr("Glance stores the cache times as UTC, but its API (GET /v2/cache) converts them as if they were "
               "local time: on a glance-api host in this zone it reports last_accessed and last_modified shifted "
               "by %1 s (the offset of each date applies). This tool reports the true UTC times, so the two "
               "listings differ by that much although no record changed.")
                .arg(-offset));
}

void HealthCheck::checkCentralNodes(const CentralDbInspector &inspector)
{
    const Expected<QVector<CentralDbInspector::NodeRows>> nodes = inspector.nodes();
    if (!nodes)
        return; // the snapshot fails with the same sentence and reports it
    QStringList others, likelyOurs;
    for (const CentralDbInspector::NodeRows &n : *nodes) {
        if (n.url == m_location.nodeUrl || n.rows == 0)
            continue;
        const QString line = tr("%1 (%Ln record(s))", nullptr, int(n.rows)).arg(n.url);
        if (CentralDbInspector::looksLikeOurs(m_location.nodeUrl, n.url))
            likelyOurs.append(line);
        else
            others.append(line);
    }
    if (!likelyOurs.isEmpty())
        add(Severity::Warning, QStringLiteral("central-db-node-url-changed"),
            tr("%Ln node URL(s) close to this node's have cache records: worker_self_reference_url probably changed",
               nullptr, int(likelyOurs.size())),
            tr("They name this node's host (%1) with another scheme, port or a trailing slash. Glance compares the "
               "URL as text, so if one of them was this node's URL before, its rows are orphaned: no node lists, "
               "prunes or deletes them while their files stay in the directory unrecorded. If two glance-api "
               "services really run on this host, ignore this.")
                .arg(m_location.nodeUrl),
            likelyOurs);
    if (!others.isEmpty())
        add(Severity::Info, QStringLiteral("central-db-other-nodes"),
            tr("%Ln other node(s) have cache records in this database", nullptr, int(others.size())),
            tr("Each glance-api sees only the rows of its own worker_self_reference_url. Whether these nodes still "
               "run cannot be told from here: a node retired or renamed leaves its rows behind, and nothing removes "
               "them."),
            others);
}
