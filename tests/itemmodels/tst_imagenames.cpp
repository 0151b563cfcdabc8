#include "core/imagenames.h"
#include "core/translations.h"
#include "glancenode.h"
#include "itemmodels/activitylog.h"
#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/imagenamedirectory.h"
#include "itemmodels/orphansmodel.h"
#include "itemmodels/partialimagesmodel.h"
#include "itemmodels/queuedimagesmodel.h"
#include "remote/remoteconnection.h"
#include "testcache.h"
#include "refusingport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

// Image names: the value the tables read, the Name column of every entry model (display, placeholder, sort,
// filter), and ImageNameDirectory looking them up in a real glance-api's image list (Debian's Glance Zed).
class TestImageNames : public QObject
{
    Q_OBJECT
private:
    static ImageNames sampleNames()
    {
        // id(2) is not listed: deleted, hidden or not visible. id(3) is listed without a name.
        return ImageNames({ { TestCache::id(1), u"ubuntu-22.04"_s }, { TestCache::id(3), QString() },
            { TestCache::id(4).toUpper(), u"Fedora CoreOS"_s } });
    }

    static QStringList column(QAbstractItemModel *m, int col, int role = Qt::DisplayRole)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out.append(m->index(r, col).data(role).toString());
        return out;
    }

    static QVector<CachedImage> cached()
    {
        QVector<CachedImage> v;
        for (int i = 1; i <= 4; ++i)
            v.append({ TestCache::id(i), 1000 * i, i, 1700000000.0 + i, 1700000000.0, true, i - 1 });
        return v;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"en"_s); }

    void theValueKnowsListedMissingAndForeign()
    {
        const ImageNames none;
        QVERIFY(!none.isKnown());
        QVERIFY(!none.isMissing(TestCache::id(2))); // nothing looked up: nothing is missing
        QCOMPARE(none.describe({ TestCache::id(1) }), QStringList { TestCache::id(1) });

        const ImageNames names = sampleNames();
        QVERIFY(names.isKnown());
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.name(TestCache::id(1)), u"ubuntu-22.04"_s);
        QCOMPARE(names.name(TestCache::id(1).toUpper()), u"ubuntu-22.04"_s); // either case finds it
        QCOMPARE(names.name(TestCache::id(4)), u"Fedora CoreOS"_s); // stored in Glance's lower-case form
        QVERIFY(names.listed(TestCache::id(3)) && names.name(TestCache::id(3)).isEmpty());
        QVERIFY(!names.isMissing(TestCache::id(3))); // listed without a name: empty, no placeholder
        QVERIFY(names.isMissing(TestCache::id(2)));
        QVERIFY(!names.isMissing(u"image_cache_db_init.lock"_s)); // not an image: nothing to miss
        QVERIFY(names.matches(TestCache::id(1), u"UBUNTU"_s));
        QVERIFY(names.matches(TestCache::id(2), TestCache::id(2).mid(3, 6)));
        QVERIFY(!names.matches(TestCache::id(2), u"ubuntu"_s));
        QCOMPARE(names.describe({ TestCache::id(1), TestCache::id(2), TestCache::id(3) }),
            QStringList({ TestCache::id(1) + u"  ubuntu-22.04"_s, TestCache::id(2) + u"  (deleted or not visible)"_s,
                TestCache::id(3) }));
    }

    void cachedModelShowsSortsAndFiltersByName()
    {
        CachedImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(cached(), 10000);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.nameColumn(), int(CachedImagesModel::ImageName));
        QCOMPARE(model.headerData(CachedImagesModel::ImageName, Qt::Horizontal).toString(), u"Name"_s);
        // Nothing known: empty cells, no placeholders, and the filter looks at IDs only.
        QCOMPARE(column(&model, CachedImagesModel::ImageName), QStringList(4, QString()));
        QSignalSpy changed(&model, &EntryTableModel::imageNamesChanged);
        model.setImageNames(sampleNames());
        QCOMPARE(changed.size(), 1);
        model.sort(CachedImagesModel::Id, Qt::AscendingOrder);
        QCOMPARE(column(&model, CachedImagesModel::ImageName),
            QStringList({ u"ubuntu-22.04"_s, u"\u2014"_s, QString(), u"Fedora CoreOS"_s }));
        QCOMPARE(column(&model, CachedImagesModel::ImageName, CacheRoles::RawValueRole),
            QStringList({ u"ubuntu-22.04"_s, QString(), QString(), u"Fedora CoreOS"_s }));
        QCOMPARE(column(&model, CachedImagesModel::ImageName, CacheRoles::PlaceholderRole),
            QStringList({ u"false"_s, u"true"_s, u"false"_s, u"false"_s }));
        QVERIFY(model.index(1, CachedImagesModel::ImageName).data(Qt::ToolTipRole).toString().contains(u"deleted"_s));
        QVERIFY(!model.index(0, CachedImagesModel::ImageName).data(Qt::ToolTipRole).isValid());
        // Case-insensitive by name; unnamed and unlisted first (their raw value is empty), then by ID.
        model.sort(CachedImagesModel::ImageName, Qt::AscendingOrder);
        QCOMPARE(column(&model, 0, CacheRoles::ImageIdRole),
            QStringList({ TestCache::id(2), TestCache::id(3), TestCache::id(4), TestCache::id(1) }));
        model.sort(CachedImagesModel::ImageName, Qt::DescendingOrder);
        QCOMPARE(model.keyAt(0), TestCache::id(1));
        // The filter matches names as well as IDs, whatever the case.
        model.setFilterText(u"coreos"_s);
        QCOMPARE(column(&model, 0, CacheRoles::ImageIdRole), QStringList { TestCache::id(4) });
        model.setFilterText(TestCache::id(2).left(13));
        QCOMPARE(column(&model, 0, CacheRoles::ImageIdRole), QStringList { TestCache::id(2) });
        // New entries keep the names; forgetting them (another connection) empties the column again.
        model.setFilterText({});
        model.setEntries(cached().mid(0, 2), 3000);
        QCOMPARE(model.index(model.rowOfKey(TestCache::id(1)), CachedImagesModel::ImageName).data().toString(),
            u"ubuntu-22.04"_s);
        model.setImageNames({});
        QCOMPARE(column(&model, CachedImagesModel::ImageName), QStringList(2, QString()));
    }

    void largeTablesSortByNameOnAWorker()
    {
        CachedImagesModel model;
        model.setAsyncThreshold(2);
        model.setEntries(cached(), 10000);
        QSignalSpy viewChanged(&model, &EntryTableModel::viewChanged);
        QVERIFY(viewChanged.wait(5000));
        model.setImageNames(sampleNames());
        model.sort(CachedImagesModel::ImageName, Qt::DescendingOrder);
        QTRY_COMPARE(model.keyAt(0), TestCache::id(1));
        model.setFilterText(u"UBUNTU"_s);
        QTRY_COMPARE(model.rowCount(), 1);
    }

    // 200,000 cached images with names: sorted by name on a worker, the order checked row by row. Prints the
    // time the sort took (a figure for the README, not a limit: the machine is shared).
    void manyImagesSortByName()
    {
        constexpr int count = 200000;
        QVector<CachedImage> entries;
        QHash<QString, QString> byId;
        entries.reserve(count);
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            entries.append({ id, i, 0, 1700000000.0, 1700000000.0, true, i });
            if (i % 10) // one in ten is not listed
                byId.insert(id, u"image-%1"_s.arg(QString::number((i * 7919) % count).rightJustified(6, u'0')));
        }
        CachedImagesModel model;
        model.setEntries(entries, count);
        QSignalSpy viewChanged(&model, &EntryTableModel::viewChanged);
        QVERIFY(viewChanged.wait(30000));
        model.setImageNames(ImageNames(byId));
        QVERIFY(viewChanged.wait(30000));
        QElapsedTimer timer;
        timer.start();
        model.sort(CachedImagesModel::ImageName, Qt::AscendingOrder);
        QVERIFY(model.isBusy()); // the GUI thread only asked
        QVERIFY(viewChanged.wait(60000));
        qInfo("sorted %d images by name in %lld ms", count, timer.elapsed());
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, CachedImagesModel::ImageName).data(CacheRoles::RawValueRole).toString();
            QVERIFY(previous <= name);
            previous = name;
        }
        QVERIFY(model.index(0, CachedImagesModel::ImageName).data(CacheRoles::PlaceholderRole).toBool());
    }

    void everyTableHasTheColumn()
    {
        QueuedImagesModel queued;
        QAbstractItemModelTester t1(&queued, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queued.setEntries({ { TestCache::id(1), 1700000000.0 }, { TestCache::id(2), 1700000001.0 } });
        queued.setImageNames(sampleNames());
        QCOMPARE(queued.nameColumn(), int(QueuedImagesModel::Id) + 1);
        QCOMPARE(column(&queued, QueuedImagesModel::ImageName), QStringList({ u"ubuntu-22.04"_s, u"\u2014"_s }));
        queued.setFilterText(u"ubuntu"_s);
        QCOMPARE(queued.rowCount(), 1);

        PartialImagesModel invalid(PartialImagesModel::Kind::Invalid);
        QAbstractItemModelTester t2(&invalid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PartialImage p;
        p.imageId = TestCache::id(4);
        p.size = 5;
        p.error = u"Checksum mismatch"_s;
        invalid.setEntries({ p }, 1700000000.0, 86400);
        invalid.setImageNames(sampleNames());
        QCOMPARE(invalid.nameColumn(), int(PartialImagesModel::Id) + 1);
        QCOMPARE(invalid.index(0, PartialImagesModel::ImageName).data().toString(), u"Fedora CoreOS"_s);
        invalid.setFilterText(u"fedora"_s);
        QCOMPARE(invalid.rowCount(), 1);
        invalid.setFilterText(u"checksum"_s); // the error still counts
        QCOMPARE(invalid.rowCount(), 1);
        invalid.setFilterText(u"ubuntu"_s);
        QCOMPARE(invalid.rowCount(), 0);

        OrphansModel orphans;
        QAbstractItemModelTester t3(&orphans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrphanEntry file;
        file.name = TestCache::id(1);
        file.kind = OrphanEntry::FileWithoutRecord;
        file.isImageId = true;
        OrphanEntry lock;
        lock.name = u"image_cache_db_init.lock"_s;
        lock.kind = OrphanEntry::FileWithoutRecord;
        orphans.setEntries({ file, lock });
        orphans.setImageNames(sampleNames());
        orphans.sort(OrphansModel::Name, Qt::AscendingOrder);
        QCOMPARE(orphans.headerData(OrphansModel::ImageName, Qt::Horizontal).toString(), u"Image name"_s);
        // A lock file is no image: no name and no placeholder.
        QCOMPARE(column(&orphans, OrphansModel::ImageName), QStringList({ u"ubuntu-22.04"_s, QString() }));
        QCOMPARE(column(&orphans, OrphansModel::ImageName, CacheRoles::PlaceholderRole),
            QStringList({ u"false"_s, u"false"_s }));
    }

    // One lookup: every page of GET /v2/images from a real glance-api, names as Glance has them, a deleted
    // image not among them; the directory asks nothing more until told to.
    void directoryListsEveryPageOnce()
    {
        GlanceNode node;
        QVERIFY(node.start());
        QStringList ids;
        for (const QByteArray &name : { "cirros-0.6.2"_ba, "Ubuntu 22.04 (jammy)"_ba, "gone-soon"_ba }) {
            ids.append(node.createImage(name, QByteArray(1024, 'x')));
            QVERIFY(!ids.last().isEmpty());
        }
        ids.append(node.createImage("hidden-one", QByteArray(1024, 'h'), true));
        QVERIFY(!ids.last().isEmpty());
        int status = 0;
        node.request("DELETE", "/v2/images/"_L1 + ids.at(2), {}, &status);
        QCOMPARE(status, 204);

        QTemporaryDir home;
        RemoteConnection connection;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home.path());
        connection.setEnvironment(env, home.path());
        ActivityLog log;
        ImageNameDirectory directory(&connection, &log);
        directory.setPageSize(1);
        QSignalSpy requests(&directory, &ImageNameDirectory::requestStarted);
        QSignalSpy names(&directory, &ImageNameDirectory::namesChanged);
        directory.refresh(); // no connection yet: nothing asked, nothing known
        QVERIFY(!directory.isLooking());
        QCOMPARE(requests.size(), 0);

        connection.setNodes({ node.url }); // a connection: looked up at once
        QVERIFY(directory.isLooking());
        QVERIFY(names.wait(30000));
        const ImageNames found = directory.names();
        QVERIFY(found.isKnown());
        QCOMPARE(found.name(ids.at(0)), u"cirros-0.6.2"_s);
        QCOMPARE(found.name(ids.at(1)), u"Ubuntu 22.04 (jammy)"_s);
        QVERIFY(found.isMissing(ids.at(2))); // deleted
        QVERIFY(found.isMissing(ids.at(3))); // hidden: Glance leaves it out of its list
        QCOMPARE(found.size(), 2);
        // One page per image and the empty one that ends the list: 3 requests, all GET /v2/images.
        QStringList paths;
        for (const QList<QVariant> &r : std::as_const(requests)) {
            QCOMPARE(r.at(0).toByteArray(), "GET"_ba);
            paths.append(r.at(1).toUrl().path());
        }
        QCOMPARE(paths, QStringList(3, u"/v2/images"_s));
        QCOMPARE(requests.at(0).at(1).toUrl().query(), u"limit=1"_s);
        QVERIFY(requests.at(1).at(1).toUrl().query().contains(u"marker="_s));
        QCOMPARE(log.rowCount(), 0); // an automatic lookup that worked is not logged
        QVERIFY(!directory.isLooking());

        // Nothing more is asked for without a reason; an explicit refresh asks again and logs its count.
        QCOMPARE(requests.size(), 3);
        directory.setPageSize(1000);
        directory.refresh(true);
        QVERIFY(names.wait(30000));
        QCOMPARE(requests.size(), 4);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.entry(0).level, ActivityEntry::Level::Done);
        QCOMPARE(log.entry(0).result, u"Looked up the names of 2 images."_s);
    }

    // A node that refuses the connection: one entry in the log, names stay unknown, no retry loop.
    void failedLookupIsLoggedOnce()
    {
        RefusingPort refusing; // bound, never listening: the connection is refused, and the port stays ours
        const quint16 port = refusing.port();
        QVERIFY(port != 0);

        QTemporaryDir home;
        RemoteConnection connection;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home.path());
        connection.setEnvironment(env, home.path());
        ActivityLog log;
        ImageNameDirectory directory(&connection, &log);
        QSignalSpy looking(&directory, &ImageNameDirectory::lookingChanged);
        QSignalSpy names(&directory, &ImageNameDirectory::namesChanged);
        connection.setNodes({ u"http://127.0.0.1:%1"_s.arg(port) });
        QCOMPARE(looking.size(), 1);
        QVERIFY(looking.wait(30000));
        QCOMPARE(looking.last().at(0).toBool(), false);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.entry(0).level, ActivityEntry::Level::Failed);
        QCOMPARE(log.entry(0).action, u"Image names"_s);
        QVERIFY2(
            log.entry(0).result.startsWith(u"Image names could not be looked up: "_s), qPrintable(log.entry(0).result));
        QCOMPARE(log.entry(0).target, u"http://127.0.0.1:%1"_s.arg(port));
        QCOMPARE(names.size(), 0);
        QVERIFY(!directory.names().isKnown());
        QVERIFY(!looking.wait(300)); // and it does not try again by itself
        QCOMPARE(log.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImageNames)
#include "tst_imagenames.moc"
