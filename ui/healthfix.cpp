#include "healthfix.h"

#include <QHash>

HealthFix::Action HealthFix::forFinding(const QString &id)
{
    static const QHash<QString, Action> fixes = {
        { QStringLiteral("over-max-size"), Prune },
        { QStringLiteral("free-space-low"), CacheOptions }, // a smaller image_cache_max_size
        { QStringLiteral("free-space-below-max"), CacheOptions },
        { QStringLiteral("stalled-downloads"), Clean },
        { QStringLiteral("invalid-piling-up"), Clean },
        { QStringLiteral("orphan-files"), ShowOrphans },
        { QStringLiteral("orphan-records"), ShowOrphans },
        { QStringLiteral("foreign-files"), ShowOrphans },
        { QStringLiteral("lock-files"), ShowOrphans },
        { QStringLiteral("cache-filter-off"), CacheOptions },
        { QStringLiteral("driver-mismatch"), CacheOptions },
        { QStringLiteral("config-mismatch"), CacheOptions },
        { QStringLiteral("centralized-db-no-self-url"), CacheOptions },
        { QStringLiteral("central-db-node-url-changed"), CacheOptions },
        { QStringLiteral("config-unreadable"), OpenConfig },
        { QStringLiteral("config-not-checked"), OpenConfig },
    };
    return fixes.value(id, None);
}

QString HealthFix::label(Action action)
{
    switch (action) {
    case None:
        break;
    case Prune:
        return tr("Prune Now…");
    case Clean:
        return tr("Clean…");
    case ShowOrphans:
        return tr("Show Orphans");
    case CacheOptions:
        return tr("Cache Options…");
    case OpenConfig:
        return tr("Open Config…");
    }
    return {};
}
