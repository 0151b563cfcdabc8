#include "cache/healthcheck.h"

#include "cache/cachedirectory.h"
#include "config/cachelocator.h"
#include "cache/imagecache.h"
#include "config/osloconfig.h"
#include "cache/sqlitesession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Account
{
    bool found = false;
    uid_t uid = 0;
    QVector<gid_t> groups; // primary and supplementary
};

// getpwnam_r/getgrouplist rather than getpwnam: the check runs on worker threads.
Account lookUp(const QString &name)
{
    Account a;
    struct passwd pw, *result = nullptr;
    QByteArray buffer(16384, '\0');
    const QByteArray user = name.toLocal8Bit();
    if (::getpwnam_r(user.constData(), &pw, buffer.data(), size_t(buffer.size()), &result) != 0 || !result)
        return a;
    a.found = true;
    a.uid = pw.pw_uid;
    int n = 64;
    a.groups.resize(n);
    if (::getgrouplist(pw.pw_name, pw.pw_gid, a.groups.data(), &n) < 0) {
        a.groups.resize(n);
        ::getgrouplist(pw.pw_name, pw.pw_gid, a.groups.data(), &n);
    }
    a.groups.resize(std::max(n, 0));
    return a;
}

bool statPath(const QString &path, struct stat *st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0;
}

// The kernel's permission rule for mode bits (owner, else group, else other); POSIX ACLs are not read.
bool permits(const struct stat &st, const Account &a, int bits)
{
    if (a.uid == 0)
        return true;
    int shift = 0;
    if (st.st_uid == a.uid)
        shift = 6;
    else if (a.groups.contains(st.st_gid))
        shift = 3;
    return int((st.st_mode >> shift) & unsigned(bits)) == bits;
}

QStringList few(const QStringList &items)
{
    return items.mid(0, HealthCheck::listedPathsLimit);
}

// oslo.config reads <file>.d/*.conf after each file (as glance-api does), then --config-dir.
} // namespace

HealthCheck::HealthCheck(const CacheLocation &location, const HealthCheckOptions &options)
    : m_location(location)
    , m_options(options)
{
}

void HealthCheck::add(Severity severity, const QString &id, const QString &title, const QString &advice,
                      const QStringList &paths)
{
    m_findings.append({id, severity, title, advice, few(paths)});
}

bool HealthCheck::has(const QString &id) const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [&](const HealthFinding &f) { return f.id == id; });
}

QVector<HealthFinding> HealthCheck::run()
{
    m_findings.clear();
    checkConfig();
    if (checkDirectory()) {
        checkDriver();
        checkMount();
        if (m_effectiveDriver == QLatin1String("sqlite"))
            checkDatabase();
        else if (m_effectiveDriver == QLatin1String("centralized_db"))
            checkCentralDb();
        CacheSnapshot s;
        if (takeSnapshot(&s))
            checkContents(s);
        struct stat st;
        if (statPath(m_location.cacheDir, &st))
            checkOwners(st.st_uid);
    }
    return m_findings;
}

bool HealthCheck::checkDirectory()
{
    const QString dir = m_location.cacheDir;
    struct stat st;
    if (!statPath(dir, &st) || !S_ISDIR(st.st_mode)) {
        add(Severity::Error, QStringLiteral("cache-dir-missing"),
            tr("The cache directory %1 does not exist or is not a directory").arg(dir),
            tr("glance-api creates it at start-up only when it may write to its parent; create it owned by the "
               "glance user (mode 0755) or fix image_cache_dir."),
            {dir});
        return false;
    }
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    const Account user = lookUp(m_options.serviceUser);
    if (!user.found) {
        add(Severity::Info, QStringLiteral("service-user-missing"),
            tr("There is no user '%1' on this system").arg(m_options.serviceUser),
            tr("glance-api normally runs as this user; its permissions were not checked, only the directory "
               "owner's."));
        if ((st.st_mode & (S_IWUSR | S_IXUSR)) != (S_IWUSR | S_IXUSR))
            add(Severity::Error, QStringLiteral("cache-dir-owner-cannot-write"),
                tr("The owner of %1 cannot write to it (mode %2)")
                    .arg(dir)
                    .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')),
                tr("Glance writes every download into this directory; give the owner write and search permission "
                   "(chmod u+wx)."),
                {dir});
    } else {
        QStringList blocked;
        for (QDir up = QFileInfo(canonical).dir(); ; up.cdUp()) {
            struct stat ancestor;
            if (statPath(up.path(), &ancestor) && !permits(ancestor, user, 1))
                blocked.prepend(up.path());
            if (up.isRoot())
                break;
        }
        QStringList writable = {canonical};
        for (const char *sub : {"incomplete", "invalid", "queue"})
            writable.append(canonical + u'/' + QLatin1String(sub));
        for (const QString &path : std::as_const(writable)) {
            struct stat s;
            if (statPath(path, &s) && !permits(s, user, 3))
                blocked.append(path);
        }
        struct stat db;
        if (m_location.driver == QLatin1String("sqlite") && statPath(m_location.dbPath(), &db) && !permits(db, user, 6))
            blocked.append(m_location.dbPath());
        if (!blocked.isEmpty())
            add(Severity::Error, QStringLiteral("service-user-cannot-write"),
                tr("The user %1 (glance-api) cannot use %Ln path(s) of the cache", nullptr, int(blocked.size()))
                    .arg(m_options.serviceUser),
                tr("glance-api needs to search every parent directory and to write the cache directory, its "
                   "subdirectories and cache.db; downloads are not cached until it can. Change the owner or mode "
                   "of the listed paths."),
                blocked);
    }
    QStringList missing;
    for (const char *sub : {"incomplete", "invalid", "queue"}) {
        if (!QFileInfo(canonical + u'/' + QLatin1String(sub)).isDir())
            missing.append(canonical + u'/' + QLatin1String(sub));
    }
    if (!missing.isEmpty())
        add(Severity::Info, QStringLiteral("subdirectory-missing"),
            tr("%Ln cache subdirectory(s) missing", nullptr, int(missing.size())),
            tr("glance-api creates incomplete/, invalid/ and queue/ when it starts; it has not started on this "
               "directory yet, or something removed them."),
            missing);
    return true;
}

void HealthCheck::checkDriver()
{
    QString note;
    m_effectiveDriver = ImageCache(m_location).effectiveDriver(&note);
    const QString dir = m_location.cacheDir;
    if (m_location.driver == QLatin1String("xattr") && m_effectiveDriver != QLatin1String("xattr"))
        add(Severity::Warning, QStringLiteral("xattr-unsupported"),
            tr("User extended attributes are not supported: Glance uses sqlite instead of xattr"), note, {dir});
    else if (m_location.driver == QLatin1String("sqlite") && CacheLocator::guessDriver(dir) == QLatin1String("xattr"))
        add(Severity::Warning, QStringLiteral("driver-mismatch"),
            tr("The cache was written by the xattr driver but sqlite is configured"),
            tr("Its files carry user.hits and there is no cache.db: with sqlite every file is unrecorded, counted "
               "and never pruned. Set image_cache_driver = xattr, or clear the cache."),
            {dir});
    else if (m_effectiveDriver == QLatin1String("xattr") && QFileInfo::exists(m_location.dbPath()))
        add(Severity::Info, QStringLiteral("stale-cache-db"), tr("A cache.db from the sqlite driver is left over"),
            note, {m_location.dbPath()});
    const QString checkme = QDir(dir).filePath(QStringLiteral("checkme"));
    if (QFileInfo(checkme).isFile())
        add(Severity::Warning, QStringLiteral("checkme-left"), tr("glance-api's xattr probe left a 'checkme' file"),
            tr("The probe deletes it only when user extended attributes work, so at some start-up they did not. It "
               "counts as cache and is never pruned; delete it once the filesystem supports user xattrs."),
            {checkme});
}

void HealthCheck::checkMount()
{
    MountTable table;
    MountEntry mount;
    QString error;
    if (!table.load(m_options.mountInfo, &error)
        || !table.find(QFileInfo(m_location.cacheDir).canonicalFilePath(), &mount)
        || !mount.mountOptions.contains(QLatin1String("noatime")))
        return;
    const bool xattr = m_effectiveDriver == QLatin1String("xattr");
    add(xattr ? Severity::Warning : Severity::Info, QStringLiteral("mount-noatime"),
        tr("%1 is mounted noatime").arg(mount.mountPoint),
        xattr ? tr("The xattr driver takes the last access from the file's atime, which noatime freezes: the "
                   "pruner then evicts the oldest-cached images instead of the least recently used. Remount with "
                   "relatime (the default) or strictatime.")
              : tr("The sqlite driver records accesses itself, so this does not matter now; it would if you "
                   "switched to the xattr driver."),
        {mount.mountPoint});
}

void HealthCheck::checkDatabase()
{
    const QString path = m_location.dbPath();
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        add(Severity::Info, QStringLiteral("db-missing"), tr("%1 does not exist yet").arg(path),
            tr("glance-api creates it when it starts with the sqlite driver; until then no image is recorded."),
            {path});
        return;
    }
    SqliteSession session(path, SqliteSession::ReadOnly, m_options.busyTimeoutMs);
    QString error;
    if (session.open(&error))
        return;
    // Tell a lock from a bad schema from a damaged file by asking once more on the same connection.
    QString id = QStringLiteral("db-unreadable");
    QString advice = tr("Glance fails on every cache operation too. Fix its permissions, or stop glance-api and "
                        "move the file aside so that Glance creates a new one.");
    if (info.isFile() && info.isReadable() && session.database().isOpen()) {
        QSqlQuery q(session.database());
        if (q.exec(QStringLiteral("PRAGMA table_info(cached_images)"))) {
            id = QStringLiteral("db-schema");
            advice = tr("This is not the database Glance's sqlite driver creates (was image_cache_sqlite_db pointed "
                        "at another file?). Stop glance-api and move it aside so that Glance creates its own.");
        } else if (const int code = q.lastError().nativeErrorCode().toInt(); code == 5 || code == 6) {
            id = QStringLiteral("db-locked");
            advice = tr("Glance waits only about 2 s for this lock, so its cache operations fail while it lasts. "
                        "Find the process holding it (fuser %1) and end its transaction.").arg(path);
        } else if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
            // A hot journal: only a writer may roll it back, which glance-api does on its next access.
            add(Severity::Warning, QStringLiteral("db-hot-journal"),
                tr("%1 has the journal of an interrupted transaction").arg(path),
                tr("glance-api rolls it back on its next cache operation; until then read-only readers such as "
                   "this tool cannot read the records. If it stays, run any cache command as the glance user."),
                {path + QStringLiteral("-journal")});
            return;
        }
    }
    add(Severity::Error, id, error, advice, {path});
}

void HealthCheck::useSnapshot(const CacheSnapshot &snapshot)
{
    m_hasGiven = snapshot.location.cacheDir == m_location.cacheDir;
    if (m_hasGiven)
        m_given = snapshot;
}

bool HealthCheck::takeSnapshot(CacheSnapshot *s)
{
    if (m_hasGiven) {
        *s = m_given;
        return true;
    }
    ImageCache cache(m_location);
    cache.setBusyTimeout(m_options.busyTimeoutMs);
    Expected<CacheSnapshot> read = cache.snapshot();
    if (read) {
        *s = std::move(*read);
        return true;
    }
    static const QStringList reported = {QStringLiteral("db-locked"), QStringLiteral("db-schema"),
                                         QStringLiteral("db-unreadable"), QStringLiteral("db-hot-journal")};
    if (std::none_of(reported.cbegin(), reported.cend(), [this](const QString &id) { return has(id); }))
        add(Severity::Error, QStringLiteral("snapshot-failed"), tr("The cache cannot be read"), read.error(),
            {m_location.cacheDir});
    // Without the records, the checks that need only files still run: size, space, incomplete and invalid.
    CacheDirectory dir(m_location.cacheDir);
    s->location = m_location;
    s->takenAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const Expected<qint64> size = cache.cacheSize();
    if (!size)
        return false;
    s->totalSize = *size;
    for (auto area : {CacheDirectory::Incomplete, CacheDirectory::Invalid}) {
        QVector<FileEntry> files;
        QString error; // an area that cannot be listed simply contributes nothing here
        dir.list(area, &files, &error);
        for (const FileEntry &f : std::as_const(files))
            (area == CacheDirectory::Incomplete ? s->incomplete : s->invalid).append({f.name, f.size, f.mtime, {}});
    }
    const QStorageInfo storage(m_location.cacheDir);
    s->freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
    return true;
}

int HealthCheck::count(const QVector<HealthFinding> &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const HealthFinding &f) { return f.severity == severity; }));
}

int HealthCheck::exitCode(const QVector<HealthFinding> &findings)
{
    return count(findings, Severity::Error) ? 2 : count(findings, Severity::Warning) ? 1 : 0;
}

QString HealthCheck::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString HealthCheck::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}
