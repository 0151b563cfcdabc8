#include "entryview.h"
#include "itemmodels/activitylog.h"
#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "testcache.h"
#include "core/translations.h"
#include "itemmodels/cacheroles.h"
#include "tableexport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// File → Export as a person uses it: rows selected (or none), a file named in the chooser, the file read
// back; the Cached tab's JSON compared with what glance-cachectl list --json prints for the same cache.
class TestExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    const ActivityLog *log() const
    {
        return qobject_cast<const ActivityLog *>(m_window->findChild<QTreeView *>(QStringLiteral("activityView"))->model());
    }

    // Exports the current tab through the chooser to name (in the temporary directory) with filter picked;
    // returns the log entry the export made.
    ActivityEntry exportTo(const QString &name, const QString &filter)
    {
        const int before = log()->rowCount();
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!chooser || chooser->objectName() != QLatin1String("saveChooser"))
            return {};
        chooser->selectNameFilter(filter);
        Q_EMIT chooser->filterSelected(filter); // what picking it in the combo box does
        chooser->setDirectory(m_tmp->path());
        chooser->selectFile(name);
        QMetaObject::invokeMethod(chooser, "accept");
        QSignalSpy added(log(), &QAbstractItemModel::rowsInserted);
        if (log()->rowCount() == before && !added.wait(10000))
            return {};
        return log()->entry(log()->rowCount() - 1);
    }

    QByteArray read(const QString &name) const
    {
        QFile f(m_tmp->filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    }

    void showTab(int tab) { m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(tab); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(QStringLiteral("cache")), QStringLiteral("sqlite"));
        QVERIFY(m_cache->init());
        // Fractions of seconds as Glance's sqlite driver records time.time(); 0 = never read since cached.
        QVERIFY(m_cache->addCached(TestCache::id(1), 1000, 1700000001.25, 5, 1699990000.5));
        QVERIFY(m_cache->addCached(TestCache::id(2), 2000, 0, 0, 1699990002.0));
        QVERIFY(m_cache->addCached(TestCache::id(3), 3000, 1700000003.123456, 9, 1699990003.75));
        QVERIFY(m_cache->addQueued(TestCache::id(4), 1700000000));
        QVERIFY(m_cache->addQueued(TestCache::id(7), 1700000001));
        m_session = std::make_unique<CacheSession>();
        QSettings().remove(QStringLiteral("activity"));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(m_cache->location());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 3);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void selectedCachedRowsAsCsv()
    {
        showTab(MainWindow::CachedTab);
        EntryView *v = m_window->view(MainWindow::CachedTab);
        v->sortByColumn(0, Qt::AscendingOrder);
        QTRY_COMPARE(v->model()->index(0, 0).data(CacheRoles::ImageIdRole).toString(), TestCache::id(1));
        v->selectKeys({TestCache::id(3), TestCache::id(1)});
        const ActivityEntry e = exportTo(QStringLiteral("selected"), QStringLiteral("CSV (*.csv)"));
        QCOMPARE(e.level, ActivityEntry::Level::Done);
        QCOMPARE(e.result, QStringLiteral("Exported 2 rows of the Cached tab to selected.csv."));
        const QByteArray csv = read(QStringLiteral("selected.csv"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        // The view's column order (Prune order first); each value found under its title.
        const QList<QByteArray> titles = lines.at(0).trimmed().split(',');
        const auto cell = [&](int line, const QByteArray &title) {
            return lines.at(line).trimmed().split(',').value(titles.indexOf(title));
        };
        QVERIFY2(titles.contains("Image ID") && titles.contains("Cached at"), lines.at(0).constData());
        QCOMPARE(cell(1, "Image ID"), TestCache::id(1).toLatin1());
        QCOMPARE(cell(1, "Size"), QByteArray("1000"));
        QCOMPARE(cell(1, "Hits"), QByteArray("5"));
        QCOMPARE(cell(1, "Last accessed"), QByteArray("1700000001.25"));
        QCOMPARE(cell(1, "Cached at"), QByteArray("1699990000.5"));
        QCOMPARE(cell(2, "Hits"), QByteArray("9"));
        QCOMPARE(cell(2, "Last accessed"), QByteArray("1700000003.123456"));
        QCOMPARE(cell(2, "Cached at"), QByteArray("1699990003.75"));
        for (const QByteArray &line : lines.mid(0, 3))
            QVERIFY(line.endsWith('\r'));
        QVERIFY(csv.endsWith("\r\n"));
        // Written to a temporary file renamed over the old one: a second write replaces it whole, no leftovers.
        QCOMPARE(*TableExport::write(m_tmp->filePath(QStringLiteral("selected.csv")), "x\r\n"), 3);
        QCOMPARE(read(QStringLiteral("selected.csv")), QByteArray("x\r\n"));
        QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), QStringList{QStringLiteral("selected.csv")});
    }

    void allCachedRowsAsTheClisJson()
    {
        showTab(MainWindow::CachedTab);
        m_window->view(MainWindow::CachedTab)->clearSelection();
        const ActivityEntry e = exportTo(QStringLiteral("all"), QStringLiteral("JSON (*.json)"));
        QCOMPARE(e.result, QStringLiteral("Exported 3 rows of the Cached tab to all.json."));
        const QByteArray json = read(QStringLiteral("all.json"));
        QVERIFY2(json.startsWith("{\"cached_images\": [{\"image_id\": ") && json.endsWith("]}\n"), json.constData());

        QProcess cli;
        cli.start(QStringLiteral(GCA_CACHECTL), {QStringLiteral("list"), QStringLiteral("--json"),
                                                 QStringLiteral("--cache-dir"), m_cache->dir()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray printed = cli.readAllStandardOutput();
        const qsizetype end = printed.indexOf("], \"queued_images\"");
        QVERIFY2(end > 0, printed.constData());
        // The same objects, byte for byte (the window's order is its sort, the CLI's Glance's).
        const auto objects = [](const QByteArray &listing) {
            QStringList each;
            static const QRegularExpression object(QStringLiteral("\\{[^{}]*\\}"));
            for (auto it = object.globalMatch(QString::fromUtf8(listing)); it.hasNext();)
                each.append(it.next().captured());
            each.sort();
            return each;
        };
        QCOMPARE(objects(json).size(), 3);
        QCOMPARE(objects(json), objects(printed.left(end)));
        QVERIFY(json.contains("\"last_accessed\": 1700000003.123456"));
        QVERIFY(json.contains("\"last_modified\": 1699990002.0")); // Python's repr of a whole float
    }

    void queuedRowsAsJsonAndFailureIsLogged()
    {
        showTab(MainWindow::QueuedTab);
        m_window->view(MainWindow::QueuedTab)->clearSelection();
        QCOMPARE(exportTo(QStringLiteral("queued.json"), QStringLiteral("CSV (*.csv)")).level, ActivityEntry::Level::Done);
        QCOMPARE(read(QStringLiteral("queued.json")),
                 "{\"queued_images\": [\"" + TestCache::id(4).toLatin1() + "\", \"" + TestCache::id(7).toLatin1() + "\"]}\n");

        // A folder that cannot be made (a file is in the way): the failure is logged with its reason.
        QFile blocker(m_tmp->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ActivityEntry e = exportTo(QStringLiteral("blocker/queued.csv"), QStringLiteral("CSV (*.csv)"));
        QCOMPARE(e.level, ActivityEntry::Level::Failed);
        QVERIFY2(e.result.startsWith(QStringLiteral("Cannot write ")) && e.result.contains(QStringLiteral("queued.csv")),
                 qPrintable(e.result));
        QCOMPARE(read(QStringLiteral("blocker")), QByteArray());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
