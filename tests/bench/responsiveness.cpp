// Loads a cache of N entries (default 1,000,000) into the main window, sorts and filters it, and reports
// the longest event-loop stall and the memory per entry. Not part of ctest; see README.md.
//
// Usage: bench_responsiveness [--entries N] [--dir PATH] [--keep]
#include "itemmodels/cachesession.h"
#include "itemmodels/entrytablemodel.h"
#include "entryview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QString idFor(int n)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(quint32(n * 2654435761u), 8, 16, QLatin1Char('0'))
        .arg(n & 0xffff, 4, 16, QLatin1Char('0'))
        .arg((n >> 4) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg((n >> 8) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(qint64(n) * 7919, 12, 16, QLatin1Char('0'));
}

bool buildCache(const QString &dir, int entries)
{
    for (const char *sub : {"incomplete", "invalid", "queue"})
        QDir().mkpath(dir + u'/' + QLatin1String(sub));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("build"));
        db.setDatabaseName(dir + QStringLiteral("/cache.db"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE cached_images (image_id TEXT PRIMARY KEY, last_accessed REAL DEFAULT 0.0, "
                              "last_modified REAL DEFAULT 0.0, size INTEGER DEFAULT 0, hits INTEGER DEFAULT 0, "
                              "checksum TEXT)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO cached_images VALUES (?, ?, ?, ?, ?, NULL)"));
        for (int i = 0; i < entries; ++i) {
            const QString id = idFor(i);
            // Empty files keep the benchmark's disk use small; sizes live in the rows and the treemap.
            const int fd = ::open(QFile::encodeName(dir + u'/' + id).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0)
                return false;
            ::close(fd);
            q.bindValue(0, id);
            q.bindValue(1, 1700000000.0 + (i * 7919 % entries));
            q.bindValue(2, 1690000000.0 + i);
            q.bindValue(3, 0);
            q.bindValue(4, i % 500);
            q.exec();
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("build"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entriesOpt(QStringLiteral("entries"), QStringLiteral("Entries in the cache."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Where to build the cache."), QStringLiteral("PATH"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the cache afterwards."));
    parser.addOptions({entriesOpt, dirOpt, keepOpt});
    parser.addHelpOption();
    parser.process(app);
    const int entries = parser.value(entriesOpt).toInt();

    QTemporaryDir tmp(parser.isSet(dirOpt) ? parser.value(dirOpt) + QStringLiteral("/gca-bench-XXXXXX")
                                           : QDir::tempPath() + QStringLiteral("/gca-bench-XXXXXX"));
    tmp.setAutoRemove(!parser.isSet(keepOpt));
    QElapsedTimer t;
    t.start();
    std::printf("building a %d-entry sqlite cache in %s ...\n", entries, qPrintable(tmp.path()));
    std::fflush(stdout);
    if (!buildCache(tmp.path(), entries)) {
        std::fprintf(stderr, "could not build the cache\n");
        return 1;
    }
    std::printf("built in %.1f s\n", double(t.elapsed()) / 1000.0);

    CacheSession session;
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    app.processEvents();
    const long rssBefore = rssKiB();

    // The stall detector: a 5 ms timer; any longer gap between its ticks is time the GUI thread was busy.
    qint64 longest = 0;
    QString longestDuring;
    QMap<QString, qint64> worstByPhase;
    QString phase = QStringLiteral("load");
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&]() {
        const qint64 gap = tick.restart() - 5;
        worstByPhase[phase] = qMax(worstByPhase.value(phase), gap);
        if (gap > longest) {
            longest = gap;
            longestDuring = phase;
        }
    });
    probe.start();

    auto *cachedView = window.view(MainWindow::CachedTab);
    auto *model = cachedView->entryModel();
    auto waitView = [&](const QString &what) {
        phase = what;
        QSignalSpy changed(model, &EntryTableModel::viewChanged);
        QElapsedTimer w;
        w.start();
        const bool ok = changed.wait(300000);
        std::printf("%-28s %7.0f ms%s\n", qPrintable(what), double(w.elapsed()), ok ? "" : "  (timed out)");
        std::fflush(stdout);
        return ok;
    };

    CacheLocation location;
    location.cacheDir = tmp.path();
    location.driver = QStringLiteral("sqlite");
    session.open(location);
    if (!waitView(QStringLiteral("load into the window")))
        return 1;
    // let the treemap lay out and paint once
    phase = QStringLiteral("first paint");
    app.processEvents();
    // Steady state: the workers have finished freeing scratch memory and trimming the heap.
    probe.stop(); // waiting here is the benchmark's doing, not the window's
    QThreadPool::globalInstance()->waitForDone();
    const long rssAfter = rssKiB();
    tick.restart();
    probe.start();

    model->sort(1, Qt::DescendingOrder); // by size
    waitView(QStringLiteral("sort by size"));
    model->sort(0, Qt::AscendingOrder); // by ID
    waitView(QStringLiteral("sort by image ID"));
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("abc"));
    waitView(QStringLiteral("filter \"abc\""));
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->clear();
    waitView(QStringLiteral("clear filter"));
    session.refresh(); // an unchanged re-read must not disturb the views
    phase = QStringLiteral("periodic re-read");
    QSignalSpy loading(&session, &CacheSession::loadingChanged);
    while (session.isLoading() || loading.isEmpty())
        loading.wait(300000);
    probe.stop();

    std::printf("\nlongest stall per phase:\n");
    for (auto it = worstByPhase.cbegin(); it != worstByPhase.cend(); ++it)
        std::printf("  %-26s %5lld ms\n", qPrintable(it.key()), it.value());
    std::printf("\nrows shown: %d\n", model->rowCount());
    std::printf("longest event-loop stall: %lld ms (during %s; target < 100 ms)\n", longest, qPrintable(longestDuring));
    std::printf("RSS: %ld MiB before, %ld MiB loaded: %.0f bytes per entry (target <= 250)\n", rssBefore / 1024,
                rssAfter / 1024, double(rssAfter - rssBefore) * 1024.0 / entries);
    return 0;
}
