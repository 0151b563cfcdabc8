#pragma once

#include <QCoreApplication>
#include "core/cachelocation.h"

#include <QString>

// A realistic sample cache for people without a Glance node at hand: a few dozen images (sparse files,
// so they take almost no disk) with varied sizes, hits and ages, two queued, one stalled incomplete
// download, one invalid file, and a max size it exceeds so prune has work. Laid out exactly as Glance's
// sqlite driver would, with a glance-api.conf beside it. Blocking file I/O.
class DemoCache
{
    Q_DECLARE_TR_FUNCTIONS(DemoCache)

public:
    // Creates the demo under root unless it is there already; *location describes it (isDemo set).
    static bool ensure(const QString &root, CacheLocation *location, QString *error);

    // Writes the demo afresh under root, replacing an earlier one. nowSecs fixes "now" for tests.
    static bool create(const QString &root, double nowSecs, QString *error);

    // The folder the applications use: $XDG_DATA_HOME/glance-cache-admin/demo.
    static QString defaultRoot();
};
