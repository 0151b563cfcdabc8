#pragma once

#include <QCoreApplication>
#include "clicontext.h"

#include <QStringList>

// The glance-cachectl commands that change a cache. IDs are all checked before anything changes;
// delete, dequeue and clear ask on a terminal unless --yes; prune and clean never ask (cron).
// Results are CliRows, a line each (or {"results": [...]}) like the --node forms'. Each returns a CliExit.
class CacheActions
{
    Q_DECLARE_TR_FUNCTIONS(CacheActions)

public:
    explicit CacheActions(const CliContext &context);

    int queue(const QStringList &ids);
    int remove(const QStringList &ids);
    int dequeue(const QStringList &ids);
    int clear(const QString &target);
    int prune(qint64 maxSize, bool dryRun);
    int clean(qint64 stallTime, bool dryRun);

private:
    bool checkIds(const QStringList &ids, QStringList *normalized);
    bool confirmOrRefuse(const QString &command, const QString &question);
    int fail(const QString &message) const;

    const CliContext &m_ctx;
    QTextStream &m_out;
    QTextStream &m_err;
};
