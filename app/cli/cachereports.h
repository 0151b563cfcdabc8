#pragma once

#include <QCoreApplication>
#include "clicontext.h"

class ImageCache;

// The read-only glance-cachectl commands on the local cache: each makes its rows once (CliRows; list's are
// ImageRows, as for a node) and prints them with CliPrinter as tables in glanceclient's layout, or JSON
// in the v2 cache API's shape with Glance's values. Each returns a CliExit.
class CacheReports
{
    Q_DECLARE_TR_FUNCTIONS(CacheReports)

public:
    explicit CacheReports(const CliContext &context);

    int status();
    int list();
    int listQueued();
    int listIncomplete();
    int listInvalid();

private:
    int fail(const QString &message) const;
    int listJson(ImageCache &cache);

    const CliContext &m_ctx;
    QTextStream &m_out;
    QTextStream &m_err;
};
