#pragma once

#include "clicontext.h"
#include "remote/connectionoptions.h"
#include "fetch/imagefetcher.h"

#include <QCoreApplication>
#include <QStringList>

// glance-cachectl fetch [ID...]: downloads images from the Glance API into this node's cache through
// Glance's caching protocol (no IDs: every queued image, in Glance's order) — the prefetcher that works.
// glance-cachectl verify [ID...]: re-hashes cached images (no IDs: all) against Glance's checksums and
// offers to delete the copies that do not match (--yes deletes them without asking).
// Both go through FetchService (as the window does), authenticate as the connection options say and run an
// event loop until done.
class FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)

public:
    FetchCommand(const CliContext &context, const ResolvedConnection &connection);

    // Images downloaded at once (1-6; default 2).
    void setParallel(int images) { m_parallel = images; }

    int fetch(const QStringList &ids);
    int verify(const QStringList &ids);

private:
    int run(const QStringList &givenIds, bool verifying);
    // Runs the batch in an event loop until its end: false with *failure when it could not start.
    bool runService(const QStringList &ids, bool verifying, QVector<ImageFetcher::Result> *results, QString *failure);
    // One result per image: a line each (stderr when not ok), or {"results": [...]}; the exit code.
    int print(const QVector<ImageFetcher::Result> &results) const;
    void deleteMismatches(const QVector<ImageFetcher::Result> &results);

    const CliContext &m_ctx;
    ResolvedConnection m_connection;
    int m_parallel = 2;
};
