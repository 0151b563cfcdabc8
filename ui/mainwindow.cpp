#include "mainwindow.h"

#include "activitypanel.h"
#include "itemmodels/cachedimagesmodel.h"
#include "cacheheader.h"
#include "itemmodels/cachesession.h"
#include "downloadspanel.h"
#include "entryview.h"
#include "healthpanel.h"
#include "itemmodels/healthmonitor.h"
#include "itemmodels/orphansmodel.h"
#include "itemmodels/partialimagesmodel.h"
#include "itemmodels/queuedimagesmodel.h"
#include "manualwindow.h"
#include "remote/remoteconnection.h"
#include "screenfit.h"
#include "treemapwidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(CacheSession *session, RemoteConnection *remote, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_remote(remote ? remote : new RemoteConnection(this))
    , m_fetchService(new FetchService(m_remote, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/glance-cache-admin.svg")));
    createViews();
    createActions();
    restoreSettings();
    createNames();
    connect(session, &CacheSession::locationChanged, this, &MainWindow::showLocation);
    connect(session, &CacheSession::snapshotChanged, this, &MainWindow::showSnapshot);
    connect(m_header, &CacheHeader::editOptionsRequested, this, &MainWindow::editOptions);
    connect(session, &CacheSession::loadFailed, this, [this](const QString &message) {
        m_header->showError(message);
        if (!m_session->hasSnapshot())
            showUnreadable();
        report(ActivityEntry::Level::Failed, tr("Read"), cacheTarget(), message);
    });
    connect(session, &CacheSession::operationFinished, this, &MainWindow::showOperation);
    connect(session, &CacheSession::busyChanged, this, &MainWindow::showBusy);
    connect(session, &CacheSession::loadingChanged, this, [this](bool loading) {
        if (m_busy)
            return;
        // Only the first read gets an indicator; periodic re-reads happen quietly in the background.
        const bool show = loading && !m_session->hasSnapshot();
        m_progress->setVisible(show);
        m_cancel->setVisible(show);
        m_progress->setRange(0, 0);
        if (show)
            statusBar()->showMessage(tr("Reading the cache…"));
        else if (!loading && statusBar()->currentMessage() == tr("Reading the cache…"))
            statusBar()->clearMessage(); // only its own message: a fetch's stays while it runs
    });
    connect(session, &CacheSession::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    showLocation();
    if (session->hasSnapshot())
        showSnapshot();
    updateActions();
}

MainWindow::~MainWindow() = default;

EntryView *MainWindow::view(int tab) const
{
    return tab >= 0 && tab < TabCount ? m_views[tab] : nullptr;
}

// Long on purpose: the widget tree of the window, built top to bottom as it is laid out.
void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new CacheHeader(central);
    layout->addWidget(m_header);

    m_cachedModel = new CachedImagesModel(this);
    m_queuedModel = new QueuedImagesModel(this);
    m_incompleteModel = new PartialImagesModel(PartialImagesModel::Kind::Incomplete, this);
    m_invalidModel = new PartialImagesModel(PartialImagesModel::Kind::Invalid, this);
    m_orphansModel = new OrphansModel(this);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_views[CachedTab] = new EntryView(QStringLiteral("cachedView"));
    m_views[CachedTab]->setEntryModel(m_cachedModel, CachedImagesModel::Share, CachedImagesModel::EvictionRank,
                                      Qt::AscendingOrder);
    m_treemap = new TreemapWidget;
    m_treemap->setModel(m_cachedModel, m_views[CachedTab]->selectionModel());
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("cachedSplitter"));
    splitter->addWidget(m_views[CachedTab]);
    splitter->addWidget(m_treemap);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 400}); // room for full image IDs and every column at 1280 px
    m_tabs->addTab(splitter, QString());

    m_views[QueuedTab] = new EntryView(QStringLiteral("queuedView"));
    m_views[QueuedTab]->setEntryModel(m_queuedModel, -1, QueuedImagesModel::Position, Qt::AscendingOrder);
    m_views[IncompleteTab] = new EntryView(QStringLiteral("incompleteView"));
    m_views[IncompleteTab]->setEntryModel(m_incompleteModel, -1, PartialImagesModel::LastModified, Qt::AscendingOrder);
    m_views[InvalidTab] = new EntryView(QStringLiteral("invalidView"));
    m_views[InvalidTab]->setEntryModel(m_invalidModel, -1, PartialImagesModel::LastModified, Qt::AscendingOrder);
    m_views[OrphansTab] = new EntryView(QStringLiteral("orphansView"));
    m_views[OrphansTab]->setEntryModel(m_orphansModel, -1, OrphansModel::Kind, Qt::AscendingOrder);
    for (int tab = QueuedTab; tab < TabCount; ++tab)
        m_tabs->addTab(m_views[tab], QString());
    for (EntryView *v : m_views)
        connect(v, &EntryView::selectionTotalsChanged, this, &MainWindow::updateSelectionStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        updateActions();
        updateSelectionStatus();
    });
    setCentralWidget(central);

    createHealth();

    m_downloads = new DownloadsPanel(m_fetchService->fetcher(), this);
    auto *downloadsDock = new QDockWidget(tr("Downloads"), this);
    downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    downloadsDock->setWidget(m_downloads);
    addDockWidget(Qt::BottomDockWidgetArea, downloadsDock);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("healthDock")), downloadsDock);
    downloadsDock->hide();
    connect(m_downloads, &DownloadsPanel::retryRequested, this, &MainWindow::retryDownloads);
    connect(m_fetchService, &FetchService::finished, this, &MainWindow::showFetched);
    connect(m_fetchService, &FetchService::verified, this, &MainWindow::showVerified);

    m_activity = new ActivityLog(this);
    auto *activityDock = new QDockWidget(tr("Activity"), this);
    activityDock->setObjectName(QStringLiteral("activityDock"));
    activityDock->setWidget(new ActivityPanel(m_activity, activityDock));
    addDockWidget(Qt::BottomDockWidgetArea, activityDock);
    tabifyDockWidget(downloadsDock, activityDock);
    activityDock->hide();

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long results never widen the window
    m_resultLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_resultLabel, 1);
    m_readLabel = new QLabel(this);
    m_readLabel->setObjectName(QStringLiteral("readLabel"));
    statusBar()->addPermanentWidget(m_readLabel);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_session, &CacheSession::cancel);
    statusBar()->addPermanentWidget(m_cancel);
}

// Long on purpose: one short block per action, in menu order, so the menus read as they appear.
void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       void (MainWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *openDir = make(QStringLiteral("actionOpenDirectory"), tr("Open Cache &Directory…"), QKeySequence::Open,
                            &MainWindow::openDirectory);
    QAction *openConfig = make(QStringLiteral("actionOpenConfig"), tr("Open &Config File…"),
                               QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::openConfigFile);
    QAction *exportRows = make(QStringLiteral("actionExport"), tr("&Export…"), QKeySequence(tr("Ctrl+E")),
                               &MainWindow::exportRows);
    exportRows->setToolTip(tr("Write the selected rows (none selected: every row the tab shows) to a CSV or JSON file"));
    QAction *quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_refresh = make(QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence(Qt::Key_F5), nullptr);
    connect(m_refresh, &QAction::triggered, m_session, &CacheSession::refresh);
    m_queue = make(QStringLiteral("actionQueue"), tr("&Queue Images…"), QKeySequence(tr("Ctrl+Shift+Q")),
                   &MainWindow::queueImages);
    m_delete = make(QStringLiteral("actionDelete"), tr("&Delete Selected…"), QKeySequence::Delete,
                    &MainWindow::deleteSelected);
    m_dequeue = make(QStringLiteral("actionDequeue"), tr("D&equeue Selected…"), QKeySequence(), &MainWindow::dequeueSelected);
    m_clearCache = make(QStringLiteral("actionClearCache"), tr("Clear &Cache…"), QKeySequence(), &MainWindow::clearCache);
    m_clearQueue = make(QStringLiteral("actionClearQueue"), tr("Clear Q&ueue…"), QKeySequence(), &MainWindow::clearQueue);
    m_prune = make(QStringLiteral("actionPrune"), tr("&Prune…"), QKeySequence(tr("Ctrl+P")), &MainWindow::prune);
    m_clean = make(QStringLiteral("actionClean"), tr("C&lean…"), QKeySequence(tr("Ctrl+L")), &MainWindow::clean);
    QAction *filter = make(QStringLiteral("actionFilter"), tr("&Filter"), QKeySequence::Find, nullptr);
    m_follow = make(QStringLiteral("actionFollow"), tr("F&ollow Changes"), QKeySequence(), nullptr);
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Re-read the cache when glance-api changes it"));
    connect(m_follow, &QAction::toggled, m_session, [this](bool on) { m_session->setFollowing(on); });
    QAction *about = make(QStringLiteral("actionAbout"), tr("&About Glance Cache Admin"), QKeySequence(), &MainWindow::about);
    QAction *options = make(QStringLiteral("actionEditOptions"), tr("Cache &Options…"), QKeySequence(tr("Ctrl+,")),
                            &MainWindow::editOptions);
    QAction *health = showDockAction(QStringLiteral("healthDock"), QStringLiteral("actionHealth"), tr("&Health Checks"),
                                     QKeySequence(tr("Ctrl+H")));
    // Like the other docks: shows and raises (a checkable toggle would hide it when it sits behind another tab).
    QAction *downloads = showDockAction(QStringLiteral("downloadsDock"), QStringLiteral("actionDownloads"),
                                        tr("&Downloads"), QKeySequence());
    QAction *activity = showDockAction(QStringLiteral("activityDock"), QStringLiteral("actionActivity"),
                                       tr("&Activity Log"), QKeySequence(tr("Ctrl+Shift+L")));
    m_connection = make(QStringLiteral("actionConnection"), tr("&Connection…"), QKeySequence(), nullptr);
    connect(m_connection, &QAction::triggered, this, [this]() { editConnection(); });
    m_fetch = make(QStringLiteral("actionFetch"), tr("&Fetch All Queued"), QKeySequence(), &MainWindow::fetchImages);
    m_fetch->setToolTip(tr("Download the selected queued images (none selected: every queued image) from the Image API into this cache"));
    m_verify = make(QStringLiteral("actionVerify"), tr("&Verify Selected"), QKeySequence(), &MainWindow::verifySelected);
    m_verify->setToolTip(tr("Re-hash the selected cached images against Glance's checksums"));
    m_fetch->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    QAction *nodes = make(QStringLiteral("actionNodes"), tr("&Nodes…"), QKeySequence(tr("Ctrl+Shift+N")),
                          &MainWindow::showNodes);
    nodes->setToolTip(tr("The glance-api nodes side by side: which node caches which image"));

    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    openDir->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({openDir, openConfig});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(exportRows);
    file->addSeparator();
    file->addAction(quit);
    QMenu *cache = menuBar()->addMenu(tr("&Cache"));
    cache->addActions({m_refresh, m_queue});
    cache->addSeparator();
    cache->addActions({m_delete, m_dequeue});
    cache->addSeparator();
    cache->addActions({m_prune, m_clean, m_clearCache, m_clearQueue});
    cache->addSeparator();
    cache->addAction(options);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions({filter, m_follow, health, downloads, activity});
    m_remoteMenu = menuBar()->addMenu(tr("&Remote"));
    m_remoteMenu->setObjectName(QStringLiteral("remoteMenu"));
    m_remoteMenu->addActions({m_connection, nodes});
    m_remoteMenu->addSeparator();
    m_remoteMenu->addActions({m_fetch, m_verify});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutQt = make(QStringLiteral("actionAboutQt"), tr("About &Qt"), QKeySequence(), nullptr);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QAction *manual = make(QStringLiteral("actionManual"), tr("&Manual"), QKeySequence::HelpContents, nullptr);
    connect(manual, &QAction::triggered, this, [this]() { ManualWindow::showFor(this); });
    help->addAction(manual);
    help->addSeparator();
    help->addActions({about, aboutQt});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({openDir, m_refresh});
    bar->addSeparator();
    bar->addActions({m_queue, m_fetch, m_delete, m_prune, m_clean});
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by image ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_filter);
    connect(filter, &QAction::triggered, m_filter, [this]() {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (EntryView *v : m_views)
            v->entryModel()->setFilterText(text.trimmed());
        m_clearFilter->setEnabled(!text.isEmpty());
        updateTabTitles();
    });
    // Esc clears the filter; while there is none, Esc stays free for everything else.
    m_clearFilter = make(QStringLiteral("actionClearFilter"), tr("Clear Filter"), QKeySequence(Qt::Key_Escape), nullptr);
    m_clearFilter->setEnabled(false);
    connect(m_clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    addAction(m_clearFilter);
    for (EntryView *v : m_views) {
        connect(v->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateTabTitles);
        connect(v->model(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateTabTitles);
    }

    m_views[CachedTab]->addActions({m_delete, m_queue, m_verify});
    m_treemap->addActions(m_views[CachedTab]->actions()); // one context menu, the same actions, for both
    m_views[QueuedTab]->addActions({m_fetch, m_dequeue, m_queue});
    m_views[IncompleteTab]->addActions({m_delete, m_clean});
    m_views[InvalidTab]->addActions({m_delete, m_clean});
    m_views[OrphansTab]->addAction(m_delete);
    rebuildRecentMenu();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // A size saved on a larger screen or at a smaller scale is dropped; the window never outgrows its screen.
    if (!ScreenFit::restoreGeometry(this, settings.value(QStringLiteral("window/geometry")).toByteArray()))
        ScreenFit::resizeWithin(this, QSize(1180, 760));
    ScreenFit::keepOnScreen(this);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Prune order (the default sort) first, then what it follows: when each image was last accessed.
    m_views[CachedTab]->setDefaultColumnOrder({CachedImagesModel::EvictionRank, CachedImagesModel::Id,
        CachedImagesModel::ImageName, CachedImagesModel::LastAccessed, CachedImagesModel::Size, CachedImagesModel::Share});
    const int keyColumns[TabCount] = {CachedImagesModel::Id, QueuedImagesModel::Id, PartialImagesModel::Id,
                                      PartialImagesModel::Id, OrphansModel::Name};
    for (int tab = 0; tab < TabCount; ++tab) {
        m_views[tab]->setKeyColumn(keyColumns[tab]);
        m_views[tab]->restoreColumns(settings.value(QStringLiteral("columns/") + m_views[tab]->objectName()).toByteArray());
    }
    m_follow->setChecked(settings.value(QStringLiteral("view/follow"), true).toBool());
    m_activity->restore(settings.value(QStringLiteral("activity/log")).toByteArray());
    // Saved as it grows, not only on a clean quit: the record of a session the app did not survive matters most.
    const auto keep = [this]() { QSettings().setValue(QStringLiteral("activity/log"), m_activity->save()); };
    connect(m_activity, &QAbstractItemModel::rowsInserted, this, keep);
    connect(m_activity, &QAbstractItemModel::modelReset, this, keep);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy && !m_quitConfirmed) { // a prune of 100k files simply stopping 20 % in would tell nobody what it did
        event->ignore();
        confirmQuitWhileBusy();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (EntryView *v : m_views)
        settings.setValue(QStringLiteral("columns/") + v->objectName(), v->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("view/follow"), m_follow->isChecked());
    settings.setValue(QStringLiteral("activity/log"), m_activity->save());
    event->accept();
}

void MainWindow::showLocation()
{
    const CacheLocation &loc = m_session->location();
    setWindowTitle(loc.isDemo ? tr("Demo cache — Glance Cache Admin")
                              : tr("%1 — Glance Cache Admin").arg(cacheTarget()));
    m_header->showLocation(loc, m_session->locationNote());
    m_healthMonitor->setLocation(loc);
    m_treemap->showAll(); // another cache's size thresholds mean nothing here
    updateTabTitles();
    // A missing directory, or one that is not a cache, is not remembered: only once it has been read.
    m_pendingRecent = loc.cacheDir.isEmpty() || loc.isDemo ? QString()
        : loc.configFiles.isEmpty() ? QStringLiteral("dir:%1|%2").arg(loc.cacheDir, loc.driver)
                                    : QStringLiteral("config:%1").arg(loc.configFiles.constFirst());
}

void MainWindow::showSnapshot()
{
    const CacheSnapshot &s = m_session->snapshot();
    m_header->showSnapshot(s);
    m_healthMonitor->snapshotRead(s);
    m_cachedModel->setEntries(s.cached, s.totalSize);
    m_queuedModel->setEntries(s.queued);
    m_incompleteModel->setEntries(s.incomplete, s.takenAt, s.location.stallTime);
    m_invalidModel->setEntries(s.invalid, s.takenAt, s.location.stallTime);
    m_orphansModel->setEntries(s.orphans);
    if (!m_pendingRecent.isEmpty() && s.location.cacheDir == m_session->location().cacheDir)
        rememberRecent(std::exchange(m_pendingRecent, QString()));
    updateTabTitles();
    m_readLabel->setText(tr("Read at %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(s.takenAt * 1000)).time(), QLocale::LongFormat)));
    updateActions();
}

void MainWindow::showBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, 0);
    if (busy)
        statusBar()->showMessage(what + QStringLiteral("…"));
    else
        statusBar()->clearMessage();
    updateActions();
}

QString MainWindow::cacheTarget() const
{
    const CacheLocation &loc = m_session->location();
    if (loc.isDemo)
        return tr("demo cache");
    // A config that names no usable cache is the target of what failed.
    return loc.cacheDir.isEmpty() ? loc.configFiles.value(0) : loc.cacheDir;
}

void MainWindow::report(ActivityEntry::Level level, const QString &action, const QString &target,
                        const QString &result, const QStringList &details)
{
    // A failure that every periodic re-read repeats is logged once.
    const QVector<ActivityEntry> &entries = m_activity->entries();
    const bool repeated = !entries.isEmpty() && entries.constLast().level == level
        && entries.constLast().action == action && entries.constLast().target == target
        && entries.constLast().result == result;
    if (!repeated)
        m_activity->add({ {}, level, action, target, result, details });
    statusBar()->clearMessage();
    const bool bad = level == ActivityEntry::Level::Failed || level == ActivityEntry::Level::Refused;
    m_resultLabel->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat) + QStringLiteral("  ") + result);
    m_resultLabel->setToolTip(details.isEmpty() ? result : result + QStringLiteral("\n\n") + details.mid(0, 20).join(u'\n'));
    m_resultLabel->setStyleSheet(bad ? QStringLiteral("color: #b23c00;") : QString());
}

void MainWindow::updateActions()
{
    const bool loaded = m_session->hasSnapshot();
    const int tab = m_tabs->currentIndex();
    const bool hasSelection = view(tab) && !view(tab)->selectionModel()->selectedRows().isEmpty();
    const bool ready = loaded && !m_busy;
    m_queue->setEnabled(ready);
    m_delete->setEnabled(ready && hasSelection); // on every tab: Queued dequeues, Incomplete and Invalid clean
    m_dequeue->setEnabled(ready && hasSelection && tab == QueuedTab);
    m_clearCache->setEnabled(ready && !m_session->snapshot().cached.isEmpty());
    m_clearQueue->setEnabled(ready && !m_session->snapshot().queued.isEmpty());
    m_prune->setEnabled(ready);
    m_clean->setEnabled(ready);
    // Fetch: the selected queued images, or every queued one when none is selected.
    const bool someQueued = loaded && !m_session->snapshot().queued.isEmpty();
    const bool selectedQueued = tab == QueuedTab && hasSelection;
    m_fetch->setText(selectedQueued ? tr("&Fetch Selected") : tr("&Fetch All Queued"));
    m_fetch->setEnabled(ready && someQueued);
    m_verify->setEnabled(ready && !m_verifying && hasSelection && tab == CachedTab);
}

void MainWindow::updateSelectionStatus()
{
    EntryView *v = view(m_tabs->currentIndex());
    const int n = v ? int(v->selectionModel()->selectedRows().size()) : 0;
    m_selectionLabel->setText(n == 0 ? QString()
                                     : tr("%Ln selected, %1", nullptr, n)
                                           .arg(QLocale().formattedDataSize(v->selectedBytes(), 1, QLocale::DataSizeIecFormat)));
    updateActions();
}
