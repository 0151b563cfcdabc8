#include "cache/democache.h"
#include "config/cachelocator.h"
#include "configdialog.h"
#include "connectiondialog.h"
#include "core/translations.h"
#include "entryview.h"
#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "nodeswindow.h"
#include "planpreviewdialog.h"
#include "queuedialog.h"
#include "screenfit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Every window and dialog on the screen ctest gives this run (GCA_SCREEN: 1024x768, 1280x720, or 1600x1000 at
// scale 2, which offers 800×500): its frame within the screen's available geometry, nothing needed out of
// reach. Also whole IDs, unclipped numbers, the prune-order columns in view, the header's column menu, and
// a remembered size only where it still fits. Saves screenshots (fit-<screen>-*.png) to look at.
class TestScreenFit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_screen = qEnvironmentVariable("GCA_SCREEN", QStringLiteral("default"));
    QString m_lang = qEnvironmentVariable("GCA_LANG", QStringLiteral("en"));
    QDir m_out{QStringLiteral(GCA_SCREENSHOT_DIR)};
    CacheLocation m_location;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    static QByteArray describe(const QWidget *w)
    {
        QString text;
        QDebug(&text) << w->objectName() << "frame" << w->frameGeometry() << "minimum" << w->minimumSize()
                      << "screen" << available();
        return text.toUtf8();
    }

    // Shown, and (once its real frame is known) within the screen; the widgets at its bottom inside it.
    static void verifyOnScreen(QWidget *w)
    {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_VERIFY2(available().contains(w->frameGeometry()), describe(w).constData());
        if (auto *buttons = w->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))) {
            const QRect r(buttons->mapTo(w, QPoint(0, 0)), buttons->size());
            QVERIFY2(buttons->isVisible() && w->rect().contains(r), describe(w).constData());
        }
    }

    void save(QWidget *w, const QString &what)
    {
        QTest::qWait(0); // the last layout pass
        QVERIFY(w->grab().toImage().save(m_out.filePath(QStringLiteral("fit-%1-%2-%3.png").arg(m_screen, m_lang, what))));
    }

    void openWindow()
    {
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(m_location);
        QVERIFY(loaded.wait(10000));
    }

    void closeWindow()
    {
        QVERIFY(m_window->close()); // saves geometry and columns
        m_window.reset();
        m_session.reset();
    }

    EntryView *cachedView() const { return m_window->view(MainWindow::CachedTab); }

    // Whether the column lies wholly in the view's viewport as it is scrolled now.
    static bool inViewport(const QTableView *v, int column)
    {
        const int x = v->columnViewportPosition(column);
        return !v->isColumnHidden(column) && x >= 0 && x + v->columnWidth(column) <= v->viewport()->width();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // One settings file per screen and language: the runs go in parallel.
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenfit-%1-%2").arg(m_screen, m_lang));
        QSettings().clear();
        Translations::install(*QCoreApplication::instance(), m_lang);
        QLocale::setDefault(QLocale(m_lang));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        QString error;
        QVERIFY2(DemoCache::create(m_tmp.path(), 1796000000.0, &error), qPrintable(error));
        LocationOptions options;
        options.configFiles = {m_tmp.filePath(QStringLiteral("glance-api.conf"))};
        const Expected<CacheLocation> resolved = CacheLocator::resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        m_location = *resolved;
        m_location.isDemo = true;
        qInfo("screen %s: available %dx%d", qPrintable(m_screen), available().width(), available().height());
        openWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void mainWindowFits()
    {
        verifyOnScreen(m_window.get());
        save(m_window.get(), QStringLiteral("main"));
    }

    void idsShowWhole()
    {
        const QFontMetrics metrics = cachedView()->fontMetrics();
        const QString id = m_session->snapshot().cached.value(0).imageId;
        QCOMPARE(id.size(), 36);
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            EntryView *v = m_window->view(tab);
            QVERIFY2(v->columnWidth(v->keyColumn()) >= metrics.horizontalAdvance(id) + 8, qPrintable(v->objectName()));
            QVERIFY(v->columnWidth(v->keyColumn()) >= metrics.horizontalAdvance(QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff")));
        }
    }

    void pruneOrderInView()
    {
        // The default sort and what it follows, without scrolling sideways.
        EntryView *v = cachedView();
        QCOMPARE(v->horizontalHeader()->sortIndicatorSection(), int(CachedImagesModel::EvictionRank));
        QVERIFY(inViewport(v, CachedImagesModel::EvictionRank));
        QVERIFY(inViewport(v, CachedImagesModel::Id));
        if (available().width() >= 1024)
            QVERIFY(inViewport(v, CachedImagesModel::LastAccessed));
    }

    void numbersNotClipped()
    {
        // Every cell's text fits its column (the demo cache's rows; the sampling is tested below).
        EntryView *v = cachedView();
        const QFontMetrics metrics = v->fontMetrics();
        for (int c = 0; c < v->model()->columnCount(); ++c) {
            if (v->isColumnHidden(c))
                continue; // the Name column without a connection: nothing is shown
            for (int row = 0; row < v->model()->rowCount(); ++row) {
                const QString text = v->model()->index(row, c).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) + 6 <= v->columnWidth(c), qPrintable(text));
            }
        }
    }

    void widestNumberFarBelowTheViewport()
    {
        // Sorted by rank, a big cache has 12,000 below the 1,000 rows Qt measures: one digit more.
        QStandardItemModel model(12000, 1);
        const QLocale locale;
        for (int row = 0; row < model.rowCount(); ++row)
            model.setItem(row, 0, new QStandardItem(locale.toString(row + 1)));
        EntryView view(QStringLiteral("sampleView"));
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resizeColumnsToContents();
        QVERIFY(view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(locale.toString(12000)) + 6);
    }

    void headerMenuHidesAndShowsColumns()
    {
        EntryView *v = cachedView();
        v->showColumnsMenu(v->mapToGlobal(QPoint(10, 10)));
        auto *menu = v->findChild<QMenu *>(QStringLiteral("columnsMenu"));
        QVERIFY(menu);
        auto *hits = menu->findChild<QAction *>(QStringLiteral("column_%1").arg(CachedImagesModel::Hits));
        QVERIFY(hits && hits->isChecked());
        hits->trigger();
        QVERIFY(v->isColumnHidden(CachedImagesModel::Hits));
        menu->close();
        // Saved with the header's state and restored with the window.
        closeWindow();
        openWindow();
        v = cachedView();
        QVERIFY(v->isColumnHidden(CachedImagesModel::Hits));
        v->showColumnsMenu(v->mapToGlobal(QPoint(10, 10)));
        menu = v->findChild<QMenu *>(QStringLiteral("columnsMenu"));
        hits = menu->findChild<QAction *>(QStringLiteral("column_%1").arg(CachedImagesModel::Hits));
        QVERIFY(hits && !hits->isChecked());
        hits->trigger();
        QVERIFY(!v->isColumnHidden(CachedImagesModel::Hits));
        QVERIFY(v->columnWidth(CachedImagesModel::Hits) > 10);
        menu->close();
    }

    void rememberedSizeOnlyWhereItFits()
    {
        // A geometry saved on a bigger screen (the tester's 2360×1520) is dropped; one that fits comes back.
        QWidget big;
        big.setGeometry(40, 40, 2360, 1520);
        closeWindow();
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        openWindow();
        verifyOnScreen(m_window.get());
        // Three quarters of the screen, or the least the window can be (the header's message bars need room).
        const QSize small = QSize(available().width() * 3 / 4, available().height() * 3 / 4)
                                .expandedTo(m_window->minimumSizeHint());
        QVERIFY(small.width() < available().width() && small.height() < available().height());
        m_window->resize(small);
        closeWindow();
        openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The health bars arrive after the first read: the window may have grown to its new minimum since.
        QTRY_COMPARE(m_window->size(), small.expandedTo(m_window->minimumSizeHint()));
        QCOMPARE(m_window->width(), small.width());
        verifyOnScreen(m_window.get());
    }

    void connectionDialogFits()
    {
        // As Nodes… opens it for a person with no connection yet: over the nodes window, which also fits.
        m_window->findChild<QAction *>(QStringLiteral("actionNodes"))->trigger();
        auto *nodes = m_window->findChild<NodesWindow *>(QStringLiteral("nodesWindow"));
        QVERIFY(nodes);
        verifyOnScreen(nodes);
        save(nodes, QStringLiteral("nodes"));
        auto *dialog = m_window->findChild<ConnectionDialog *>(QStringLiteral("connectionDialog"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("insecureCheck"))->setChecked(true); // one more line
        verifyOnScreen(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(available().contains(QRect(ok->mapToGlobal(QPoint(0, 0)), ok->size())));
        save(dialog, QStringLiteral("connection"));
        dialog->reject();
        nodes->close();
    }

    void cacheOptionsFit()
    {
        QFile conf(m_tmp.filePath(QStringLiteral("options.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[DEFAULT]\nimage_cache_dir = /var/lib/glance/image-cache\nimage_cache_max_size = 858993459200\n"
                   "image_cache_stall_time = 86400\n");
        conf.close();
        ConfigDialog dialog({conf.fileName()}, m_window.get());
        dialog.show();
        auto *saveButton = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton->isEnabled(), 10000);
        verifyOnScreen(&dialog);
        auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("optionsScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width()); // nothing to the right, out of sight
        const QList<QComboBox *> units = dialog.findChildren<QComboBox *>(QStringLiteral("unit"));
        QVERIFY(units.size() >= 2);
        for (QComboBox *unit : units) {
            scroll->ensureWidgetVisible(unit);
            const QRect r(unit->mapTo(scroll->viewport(), QPoint(0, 0)), unit->size());
            QVERIFY2(scroll->viewport()->rect().contains(r), qPrintable(unit->parentWidget()->objectName()));
            QVERIFY(unit->currentText().size() > 0);
        }
        auto *maxSize = dialog.findChild<QWidget *>(QStringLiteral("option_image_cache_max_size"));
        if (m_lang == QLatin1String("en"))
            QCOMPARE(maxSize->findChild<QComboBox *>(QStringLiteral("unit"))->currentText(), QStringLiteral("GiB"));
        scroll->ensureWidgetVisible(maxSize);
        save(&dialog, QStringLiteral("options"));
    }

    void previewAndQueueDialogsFit()
    {
        PlanPreviewDialog preview(PlanPreviewDialog::Mode::Prune, 1073741824, m_window.get());
        preview.show();
        verifyOnScreen(&preview);
        QueueDialog queue(m_window.get());
        queue.show();
        verifyOnScreen(&queue);
        save(&queue, QStringLiteral("queue"));
    }

    void pruneFromTheMenuFits()
    {
        // As a person opens it: Cache → Prune… over the window, with the plan of the demo cache in it.
        m_window->findChild<QAction *>(QStringLiteral("actionPrune"))->trigger();
        auto *preview = m_window->findChild<PlanPreviewDialog *>(QStringLiteral("prunePreview"));
        QVERIFY(preview);
        auto *execute = preview->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        verifyOnScreen(preview);
        save(preview, QStringLiteral("prune"));
        preview->reject();
    }

    void docksFit()
    {
        // The health findings and the activity log, docked as they open, with the window still on the screen.
        m_window->findChild<QAction *>(QStringLiteral("actionHealth"))->trigger();
        auto *list = m_window->findChild<QWidget *>(QStringLiteral("healthList"));
        QTRY_VERIFY(list->isVisible());
        QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("healthRerun"))->isEnabled());
        verifyOnScreen(m_window.get());
        save(m_window.get(), QStringLiteral("health"));
        m_window->findChild<QAction *>(QStringLiteral("actionActivity"))->trigger();
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("activityDock"))->isVisible());
        verifyOnScreen(m_window.get());
        save(m_window.get(), QStringLiteral("activity"));
    }

    void aboutFits()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QWidget *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QWidget *>(QStringLiteral("aboutBox"))) && box->isVisible());
        verifyOnScreen(box);
        save(box, QStringLiteral("about"));
        box->close();
    }

    // The manual (F1) keeps its size only where that size fits: one saved on a bigger screen is dropped.
    void manualFits()
    {
        QWidget big;
        big.setGeometry(40, 40, 2360, 1520);
        QSettings().setValue(QStringLiteral("manual/geometry"), big.saveGeometry());
        {
            ManualWindow manual(m_window.get());
            manual.show();
            verifyOnScreen(&manual);
            save(&manual, QStringLiteral("manual"));
            const QSize small(available().width() / 2, available().height() / 2);
            manual.resize(small);
            manual.close(); // remembers this size
            ManualWindow again(m_window.get());
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QCOMPARE(again.size(), small);
            verifyOnScreen(&again);
        }
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
