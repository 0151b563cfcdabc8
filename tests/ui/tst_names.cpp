#include "core/translations.h"
#include "entryview.h"
#include "glancenode.h"
#include "itemmodels/activitylog.h"
#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/cachesession.h"
#include "itemmodels/imagenamedirectory.h"
#include "itemmodels/orphansmodel.h"
#include "itemmodels/queuedimagesmodel.h"
#include "mainwindow.h"
#include "remote/remoteconnection.h"
#include "tableexport.h"
#include "testcache.h"
#include "refusingport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// Image names in the main window, from a real glance-api (Debian's Glance Zed, no Keystone): looked up once per
// session, a Name column in the tables, the filter, Ctrl+Shift+C, export, the prune preview and a confirmation;
// and a lookup that fails, which only the activity log hears about.
class TestNames : public QObject
{
    Q_OBJECT
private:
    GlanceNode m_node;
    QStringList m_ids; // cirros, jammy (listed), then one deleted since it was cached
    QTemporaryDir m_tmp;
    QTemporaryDir m_home; // no clouds.yaml, no OS_* variables: the node alone
    std::unique_ptr<TestCache> m_cache;

    std::unique_ptr<RemoteConnection> connection(const QString &node)
    {
        auto c = std::make_unique<RemoteConnection>();
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        c->setEnvironment(env, m_home.path());
        if (!node.isEmpty())
            c->setNodes({ node });
        return c;
    }

    static const ActivityLog *log(MainWindow *w)
    {
        return qobject_cast<const ActivityLog *>(w->findChild<QTreeView *>(u"activityView"_s)->model());
    }

    static int rowOf(EntryView *v, const QString &id) { return v->entryModel()->rowOfKey(id); }

    static QString nameAt(EntryView *v, const QString &id, int role = Qt::DisplayRole)
    {
        return v->model()->index(rowOf(v, id), v->entryModel()->nameColumn()).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), u"en"_s);
        QSettings().clear();
        QVERIFY(m_node.start());
        for (const QByteArray &name : { "cirros-0.6.2-x86_64"_ba, "Ubuntu 22.04 LTS (jammy)"_ba, "old-build-17"_ba }) {
            m_ids.append(m_node.createImage(name, QByteArray(2048, 'i')));
            QVERIFY(!m_ids.last().isEmpty());
        }
        int status = 0;
        m_node.request("DELETE", "/v2/images/"_L1 + m_ids.at(2), {}, &status); // deleted, still cached here
        QCOMPARE(status, 204);
        m_cache = std::make_unique<TestCache>(m_tmp.filePath(u"cache"_s), u"sqlite"_s);
        QVERIFY(m_cache->init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_cache->addCached(m_ids.at(i), 1000 * (i + 1), 1700000000.0 + i, i, 1699990000.0));
        QVERIFY(m_cache->addQueued(m_ids.at(1), 1700000100));
    }

    void namesInEveryPlace()
    {
        CacheSession session;
        auto remote = connection(m_node.url); // remembered from the last session
        MainWindow window(&session, remote.get());
        auto *directory = window.findChild<ImageNameDirectory *>();
        QVERIFY(directory);
        QSignalSpy requests(directory, &ImageNameDirectory::requestStarted);
        window.resize(1400, 700);
        window.show();
        QSignalSpy loaded(&session, &CacheSession::snapshotChanged);
        session.open(m_cache->location(1)); // a limit of 1 byte: prune would delete every image
        QVERIFY(loaded.wait(10000));
        EntryView *cached = window.view(MainWindow::CachedTab);
        QTRY_VERIFY_WITH_TIMEOUT(cached->isNameColumnShown(), 30000);
        QCOMPARE(nameAt(cached, m_ids.at(0)), u"cirros-0.6.2-x86_64"_s);
        QCOMPARE(nameAt(cached, m_ids.at(1)), u"Ubuntu 22.04 LTS (jammy)"_s);
        // The deleted image: an em dash, greyed, with a tooltip saying why.
        QCOMPARE(nameAt(cached, m_ids.at(2)), u"\u2014"_s);
        QCOMPARE(nameAt(cached, m_ids.at(2), CacheRoles::PlaceholderRole), u"true"_s);
        QVERIFY(nameAt(cached, m_ids.at(2), Qt::ToolTipRole).contains(u"deleted"_s));
        // Right after the ID, on the screen as in the model.
        const QHeaderView *header = cached->horizontalHeader();
        QCOMPARE(header->visualIndex(CachedImagesModel::ImageName), header->visualIndex(CachedImagesModel::Id) + 1);
        EntryView *queued = window.view(MainWindow::QueuedTab);
        QVERIFY(queued->isNameColumnShown());
        QCOMPARE(nameAt(queued, m_ids.at(1)), u"Ubuntu 22.04 LTS (jammy)"_s);
        QVERIFY(!window.view(MainWindow::OrphansTab)->isColumnHidden(OrphansModel::ImageName));

        // Once per session: a re-read of the cache asks Glance nothing; one listing was all.
        QSignalSpy reading(&session, &CacheSession::loadingChanged); // an unchanged cache emits no new snapshot
        window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(reading.size() >= 2 && !reading.last().at(0).toBool(), 10000);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).at(1).toUrl().path(), u"/v2/images"_s);
        QCOMPARE(nameAt(cached, m_ids.at(0)), u"cirros-0.6.2-x86_64"_s);

        // A sort by name through the header, as a click does.
        QTest::mouseClick(cached->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(CachedImagesModel::ImageName) + 10, 5));
        QTRY_COMPARE(cached->horizontalHeader()->sortIndicatorSection(), int(CachedImagesModel::ImageName));

        // The filter finds images by name, typed as a person types.
        auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
        QCOMPARE(filter->placeholderText(), u"Filter by ID or name (Ctrl+F)"_s);
        QTest::keyClicks(filter, u"JAMMY"_s);
        QTRY_COMPARE(cached->model()->rowCount(), 1);
        QCOMPARE(cached->entryModel()->keyAt(0), m_ids.at(1));
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_COMPARE(cached->model()->rowCount(), 3);

        // Ctrl+Shift+C: the rows with their names under the Name title.
        cached->setFocus();
        cached->selectKeys({ m_ids.at(0), m_ids.at(2) });
        QTest::keyClick(cached, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        const int nameField = lines.at(0).split(u'\t').indexOf(u"Name"_s);
        QVERIFY2(nameField >= 0, qPrintable(lines.at(0)));
        QStringList copied;
        for (const QString &line : lines.mid(1, 2))
            copied.append(line.split(u'\t').value(nameField));
        copied.sort();
        QCOMPARE(copied, QStringList({ QString(), u"cirros-0.6.2-x86_64"_s })); // the deleted one has none
        // Ctrl+C stays the IDs alone, one per line, for pasting into commands.
        QTest::keyClick(cached, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(!QApplication::clipboard()->text().contains(u"cirros"_s));

        // Export: a "name" member in the Cached tab's JSON (null for the deleted image), a Name column in CSV.
        const TableExport::Table table = TableExport::take(cached);
        const QByteArray json = TableExport::json(table);
        QVERIFY2(json.contains(", \"size\": 1000, \"name\": \"cirros-0.6.2-x86_64\"}"), json.constData());
        QVERIFY2(json.contains(", \"size\": 3000, \"name\": null}"), json.constData());
        const QByteArray csv = TableExport::csv(table);
        QVERIFY2(csv.split('\r').at(0).split(',').contains("Name"), csv.constData());
        QVERIFY(csv.contains(",cirros-0.6.2-x86_64,"));
        const QByteArray queuedJson = TableExport::json(TableExport::take(queued));
        QCOMPARE(queuedJson,
            "{\"queued_images\": [\"" + m_ids.at(1).toLatin1() + "\"], \"names\": {\"" + m_ids.at(1).toLatin1()
                + "\": \"Ubuntu 22.04 LTS (jammy)\"}}\n");

        // Delete: the confirmation's details name each image.
        QTest::keyClick(cached, Qt::Key_Delete);
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"confirmDialog"_s));
        auto *box = window.findChild<QMessageBox *>(u"confirmDialog"_s);
        QStringList details = box->detailedText().split(u'\n');
        details.sort();
        QStringList expected(
            { m_ids.at(0) + u"  cirros-0.6.2-x86_64"_s, m_ids.at(2) + u"  (deleted or not visible)"_s });
        expected.sort();
        QCOMPARE(details, expected);
        QTest::mouseClick(box->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"confirmDialog"_s));

        // The prune preview lists names beside the IDs.
        window.findChild<QAction *>(u"actionPrune"_s)->trigger();
        QDialog *preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<QDialog *>(u"prunePreview"_s)));
        auto *plan = preview->findChild<QTableWidget *>(u"planTable"_s);
        QTRY_COMPARE(plan->rowCount(), 3);
        QVERIFY(!plan->isColumnHidden(2));
        QCOMPARE(plan->horizontalHeaderItem(2)->text(), u"Name"_s);
        QStringList planned;
        for (int r = 0; r < plan->rowCount(); ++r)
            planned.append(plan->item(r, 1)->text() + u' ' + plan->item(r, 2)->text());
        QVERIFY2(planned.contains(m_ids.at(1) + u" Ubuntu 22.04 LTS (jammy)"_s), qPrintable(planned.join(u'|')));
        QVERIFY(planned.contains(m_ids.at(2) + u" \u2014"_s));
        if (qEnvironmentVariableIsSet("GCA_NAMES_SCREENSHOT")) {
            preview->grab().save(
                QDir(QString::fromLocal8Bit(qgetenv("GCA_NAMES_SCREENSHOT"))).filePath(u"names-prune.png"_s));
            window.grab().save(
                QDir(QString::fromLocal8Bit(qgetenv("GCA_NAMES_SCREENSHOT"))).filePath(u"names-main.png"_s));
        }
        preview->reject();

        // View → Refresh Names: one more listing, and its count in the log.
        QAction *refreshNames = window.findChild<QAction *>(u"actionRefreshNames"_s);
        QVERIFY(refreshNames && refreshNames->isEnabled());
        QSignalSpy names(directory, &ImageNameDirectory::namesChanged);
        refreshNames->trigger();
        QVERIFY(!refreshNames->isEnabled()); // while it runs
        QVERIFY(names.wait(30000));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(log(&window)->entry(log(&window)->rowCount() - 1).result, u"Looked up the names of 2 images."_s);
        QVERIFY(refreshNames->isEnabled());
    }

    // No connection: no Name column, the menu entry says why it is off, and nothing is asked of anyone.
    void noConnectionNoColumn()
    {
        CacheSession session;
        auto remote = connection({});
        MainWindow window(&session, remote.get());
        window.show();
        QSignalSpy loaded(&session, &CacheSession::snapshotChanged);
        session.open(m_cache->location());
        QVERIFY(loaded.wait(10000));
        for (int tab = 0; tab < MainWindow::TabCount; ++tab)
            QVERIFY(!window.view(tab)->isNameColumnShown());
        QVERIFY(!window.findChild<QAction *>(u"actionRefreshNames"_s)->isEnabled());
        QCOMPARE(window.findChild<QLineEdit *>(u"filterEdit"_s)->placeholderText(), u"Filter by image ID (Ctrl+F)"_s);
        EntryView *cached = window.view(MainWindow::CachedTab);
        cached->showColumnsMenu(cached->mapToGlobal(QPoint(10, 10)));
        auto *menu = cached->findChild<QMenu *>(u"columnsMenu"_s);
        QVERIFY(menu);
        QAction *nameItem = menu->findChild<QAction *>(u"column_%1"_s.arg(CachedImagesModel::ImageName));
        QVERIFY(nameItem && !nameItem->isEnabled() && !nameItem->toolTip().isEmpty());
        menu->close();
    }

    // Column layouts saved before the Name column existed have one section fewer: applied, they would hide
    // and size the wrong columns, so they are refused; a layout saved now comes back as it was.
    void layoutsFromBeforeTheNameColumnAreRefused()
    {
        CacheSession session;
        auto remote = connection({});
        MainWindow window(&session, remote.get());
        EntryView *cached = window.view(MainWindow::CachedTab);
        QStandardItemModel older(0, CachedImagesModel::ColumnCount - 1);
        QTableView oldView;
        oldView.setModel(&older);
        oldView.setColumnHidden(3, true);
        QVERIFY(!cached->restoreColumns(oldView.horizontalHeader()->saveState()));
        for (int c = 0; c < CachedImagesModel::ColumnCount; ++c)
            QCOMPARE(cached->isColumnHidden(c), c == CachedImagesModel::ImageName);

        cached->setColumnHidden(CachedImagesModel::Hits, true);
        const QByteArray now = cached->horizontalHeader()->saveState();
        cached->setColumnHidden(CachedImagesModel::Hits, false);
        QVERIFY(cached->restoreColumns(now));
        QVERIFY(cached->isColumnHidden(CachedImagesModel::Hits));
        QVERIFY(!cached->isNameColumnShown()); // no names in this session, whatever was saved
    }

    // A lookup that fails (nothing listens at the node's port): one line in the activity log, no dialog, the
    // window as usable as without a connection.
    void failedLookupStaysQuiet()
    {
        RefusingPort refusing; // bound, never listening: refused, and the port stays ours meanwhile
        QVERIFY(refusing.port() != 0);
        const QString url = u"http://127.0.0.1:%1"_s.arg(refusing.port());
        CacheSession session;
        auto remote = connection(url);
        QSettings().remove(u"activity"_s);
        MainWindow window(&session, remote.get());
        window.show();
        auto *directory = window.findChild<ImageNameDirectory *>();
        QSignalSpy looking(directory, &ImageNameDirectory::lookingChanged);
        QSignalSpy loaded(&session, &CacheSession::snapshotChanged);
        session.open(m_cache->location());
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!directory->isLooking(), 30000);
        int failures = 0;
        for (const ActivityEntry &e : log(&window)->entries())
            failures += e.action == u"Image names"_s ? 1 : 0;
        QCOMPARE(failures, 1);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        EntryView *cached = window.view(MainWindow::CachedTab);
        QVERIFY(!cached->isNameColumnShown());
        QTest::keyClicks(window.findChild<QLineEdit *>(u"filterEdit"_s), m_ids.at(0).left(8));
        QTRY_COMPARE(cached->model()->rowCount(), 1);
        QVERIFY(window.findChild<QAction *>(u"actionRefreshNames"_s)->isEnabled()); // to try again
    }
};

QTEST_MAIN(TestNames)
#include "tst_names.moc"
