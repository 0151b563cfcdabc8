// Faults the engine meets on real disks: rows in cache.db that no Glance writes (a path instead of an image
// ID), and a cache whose file system turned read-only under prune, clean, clear and queue. Each: a clear
// sentence or the row skipped, nothing touched outside the cache, nothing half-done left behind.
#include "cache/imagecache.h"
#include "testcache.h"
#include "tmpmount.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCacheFaults : public QObject
{
    Q_OBJECT

    const double t0 = 1700000000.0;

    // Every file and directory under dir with its size: what "nothing changed" compares.
    static QStringList tree(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            out.append(it.filePath().mid(dir.size()) + u' ' + QString::number(it.fileInfo().size()));
        }
        out.sort();
        return out;
    }
    static QString precious(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("precious") == 8 ? path : QString();
    }

private Q_SLOTS:
    void hostileRows_data();
    void hostileRows();
    void readOnlyRemount_data();
    void readOnlyRemount();
};

void TestCacheFaults::hostileRows_data()
{
    // image_id values a corrupted or planted cache.db may hold; each points at something outside the cache.
    QTest::addColumn<QString>("imageId");
    QTest::newRow("traversal") << u"../outside"_s;
    QTest::newRow("deep traversal") << u"../../outside"_s;
    QTest::newRow("absolute") << u"%OUTSIDE%"_s; // replaced by the outside file's absolute path
    QTest::newRow("300 characters") << QString(300, u'a');
    QTest::newRow("the database") << u"cache.db"_s;
    QTest::newRow("a subdirectory") << u"queue"_s;
    QTest::newRow("empty") << QStringLiteral(""); // (not NULL: the column is the primary key)
}

void TestCacheFaults::hostileRows()
{
    QFETCH(QString, imageId);
    QTemporaryDir tmp;
    TestCache cache(tmp.path() + "/cache"_L1, u"sqlite"_s);
    QVERIFY(QDir().mkpath(cache.dir()) && cache.init());
    const QString outside = precious(tmp.path() + "/outside"_L1);
    QVERIFY(!outside.isEmpty());
    if (imageId == "%OUTSIDE%"_L1)
        imageId = outside;
    const QString good = TestCache::id(1), old = TestCache::id(2);
    QVERIFY(cache.addCached(good, 10, t0, 0) && cache.addCached(old, 10, t0 - 100, 0));
    QVERIFY(cache.addQueued(TestCache::id(3), t0));
    QVERIFY(cache.addRecordOnly(imageId, 8, t0 - 1000)); // the oldest: the first victim of a prune

    ImageCache engine(cache.location());
    const ImageCache::DeleteResult d = engine.deleteCached(imageId);
    QVERIFY2(!d.ok && !d.message.isEmpty(), qPrintable(d.message));
    // Glance's prune takes the oldest row first and would unlink cache_dir/<image_id> for it; here such a row is
    // only forgotten (a record without an image), and the prune goes on with the real images.
    const ImageCache::PruneRun pruned = engine.prune(15);
    QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
    QVERIFY(pruned.done.victims.size() >= 2 && pruned.done.victims.at(0).imageId == imageId);
    QVERIFY(!cache.rows().contains(imageId));
    QVERIFY(!cache.exists(old));
    QVERIFY(cache.exists(good));
    const Expected<ImageCache::ClearResult> cleared = engine.clear(ClearTarget::Both);
    QVERIFY2(cleared.ok() || !cleared.error().isEmpty(), "a clear that fails says why");

    QFile f(outside);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    QVERIFY(cache.exists(u"cache.db"_s) && cache.exists(u"queue"_s) && cache.exists(u"incomplete"_s));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList({ u"cache"_s, u"outside"_s }));
}

void TestCacheFaults::readOnlyRemount_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *op : { "prune", "clean", "clear", "queue", "delete", "dequeue" })
        QTest::newRow(op) << QString::fromLatin1(op);
}

void TestCacheFaults::readOnlyRemount()
{
    QFETCH(QString, operation);
    if (::geteuid() != 0)
        QSKIP("needs root to mount a file system (CI runs as root)");
    QTemporaryDir tmp;
    TmpMount disk = TmpMount::tmpfs(tmp.path() + "/disk"_L1, u"4m"_s);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    TestCache cache(disk.path() + "/cache"_L1, u"sqlite"_s);
    QVERIFY(QDir().mkpath(cache.dir()) && cache.init());
    const QString a = TestCache::id(1), b = TestCache::id(2), queued = TestCache::id(3);
    QVERIFY(cache.addCached(a, 1000, t0 - 100, 1) && cache.addCached(b, 1000, t0, 2) && cache.addQueued(queued, t0));
    QVERIFY(cache.addFile("invalid/"_L1 + TestCache::id(4), 10, t0) && cache.addFile("incomplete/"_L1 + TestCache::id(5), 10, t0));
    const QMap<QString, qint64> rows = cache.rows();
    const QStringList before = tree(cache.dir());
    QVERIFY2(disk.remountReadOnly(), qPrintable(disk.error()));

    ImageCache engine(cache.location());
    QString error;
    if (operation == "prune"_L1) {
        const ImageCache::PruneRun r = engine.prune(0);
        QVERIFY(!r.ok() && r.done.victims.isEmpty());
        error = r.error();
    } else if (operation == "clean"_L1) {
        const ImageCache::CleanRun r = engine.clean(0);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (operation == "clear"_L1) {
        const Expected<ImageCache::ClearResult> r = engine.clear(ClearTarget::Both);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (operation == "queue"_L1) {
        const ImageCache::QueueResult r = engine.queue(TestCache::id(6));
        QCOMPARE(r.outcome, ImageCache::QueueOutcome::Failed);
        error = r.message;
    } else if (operation == "delete"_L1) {
        const ImageCache::DeleteResult r = engine.deleteCached(a);
        QVERIFY(!r.ok);
        error = r.message;
    } else {
        const Expected<bool> r = engine.dequeue(queued);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QVERIFY2(error.contains("read-only"_L1, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(tree(cache.dir()), before);
    QCOMPARE(cache.rows(), rows);
}

QTEST_GUILESS_MAIN(TestCacheFaults)
#include "tst_cachefaults.moc"
