#pragma once

#include <QCoreApplication>
#include "core/cachelocation.h"
#include "cache/cachesnapshot.h"
#include "cache/mounttable.h"

#include <QString>
#include <QStringList>
#include <QVector>

class OsloConfig;

class CentralDbInspector;

// One problem (or fact) the health check found. A value: safe to hand from a worker thread to the GUI.
struct HealthFinding
{
    enum class Severity {
        Info,    // worth knowing; nothing to do
        Warning, // needs attention: space, speed or tidiness suffers
        Error,   // Glance is broken here or will misbehave
    };

    QString id;          // stable machine name ("orphan-files"); see HealthCheck for the list
    Severity severity = Severity::Info;
    QString title;       // one line for a person
    QString advice;      // a sentence or two: why it matters and what to do
    QStringList paths;   // affected files, directories, options or image IDs (at most listedPathsLimit)
};

// What the health check reads besides the cache location.
struct HealthCheckOptions
{
    // glance-api.conf and/or glance-cache.conf as a person gave them, each read (with its .conf.d) on its
    // own to compare the two, and all together for the rest. Empty: the location's files are used.
    QStringList configFiles;
    QString configDir;                             // --config-dir, read after every file
    QString serviceUser = QStringLiteral("glance"); // the user glance-api runs as
    QString mountInfo = MountTable::defaultPath();
    int busyTimeoutMs = 2000; // how long cache.db may stay locked; Glance gives up after about 2 s
};

// Diagnoses one cache directory and its configuration: permissions, driver, mount options, cache.db,
// orphans and foreign files, size and free space, stalled and invalid downloads, configuration mistakes.
// Reads the file system, cache.db, Glance's central database (centralized_db), /proc/self/mountinfo and the
// user database, and changes nothing.
// Blocking: run it on a worker thread (QtConcurrent) or in the CLI; one instance per run.
//
// Finding ids: config-unreadable, config-not-checked, config-mismatch, cache-filter-off,
// centralized-db-no-self-url, centralized-db, central-db-node-url-changed, central-db-other-nodes,
// central-db-unmigrated, central-db-local-time, cache-dir-missing, service-user-missing,
// cache-dir-owner-cannot-write, service-user-cannot-write, subdirectory-missing, xattr-unsupported,
// driver-mismatch, stale-cache-db, checkme-left, mount-noatime, db-missing, db-unreadable, db-schema,
// db-locked, db-hot-journal, snapshot-failed, orphan-files, orphan-records, foreign-files, lock-files, over-max-size,
// free-space-low, free-space-below-max, stalled-downloads, invalid-piling-up, foreign-owner.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    using Severity = HealthFinding::Severity;

    // invalid/ "piles up" (the cleaner is not running) beyond either limit. A few failed downloads
    // between two cleaner runs are normal; Glance's cleaner is meant to run from cron every few hours.
    static constexpr int invalidCountLimit = 10;
    static constexpr qint64 invalidBytesLimit = qint64(1) << 30; // 1 GiB
    // Findings name at most this many paths or IDs; the title gives the full count.
    static constexpr int listedPathsLimit = 10;

    explicit HealthCheck(const CacheLocation &location, const HealthCheckOptions &options = HealthCheckOptions());

    // Checks this snapshot's contents instead of reading the cache again (the GUI has just read it). Ignored
    // when it is of another directory.
    void useSnapshot(const CacheSnapshot &snapshot);

    // Runs every check and returns the findings, most fundamental first. Never fails: what cannot be read
    // becomes a finding.
    QVector<HealthFinding> run();

    // 0: nothing or only Info; 1: at least one Warning; 2: at least one Error.
    static int exitCode(const QVector<HealthFinding> &findings);
    static int count(const QVector<HealthFinding> &findings, Severity severity);
    // "info", "warning", "error": for JSON and logs, never translated.
    static QString severityName(Severity severity);
    // The translated word for a person.
    static QString severityLabel(Severity severity);

private:
    void add(Severity severity, const QString &id, const QString &title, const QString &advice,
             const QStringList &paths = {});
    bool has(const QString &id) const;
    void checkConfig();
    void compareConfigs(const QStringList &files);
    // Errors for the cache options whose $references oslo.config cannot resolve (glance-api would not start).
    void checkReferences(const OsloConfig &config, const QStringList &files);
    bool checkDirectory();
    void checkDriver();
    void checkMount();
    void checkDatabase();
    void checkCentralDb(); // and the next (healthcentraldbcheck.cpp)
    void checkCentralNodes(const CentralDbInspector &inspector);
    bool takeSnapshot(CacheSnapshot *s);
    void checkContents(const CacheSnapshot &s); // the next three (healthcontentcheck.cpp)
    void checkOrphans(const CacheSnapshot &s);
    void checkSpace(const CacheSnapshot &s);
    void checkLeftovers(const CacheSnapshot &s);
    void checkOwners(unsigned ownerUid);

    CacheLocation m_location;
    HealthCheckOptions m_options;
    QString m_effectiveDriver;
    QVector<HealthFinding> m_findings;
    CacheSnapshot m_given;
    bool m_hasGiven = false;
};
