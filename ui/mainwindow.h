#pragma once

#include "fetch/fetchservice.h"
#include "healthfix.h"
#include "core/imagenames.h"
#include "itemmodels/activitylog.h"

#include <QMainWindow>

#include <functional>

class CacheHeader;
class CacheSession;
class CachedImagesModel;
class DownloadsPanel;
class EntryView;
class HealthBars;
class HealthMonitor;
class HealthPanel;
class ImageNameDirectory;
class NodesWindow;
class OrphansModel;
class PartialImagesModel;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QueuedImagesModel;
class RemoteConnection;
class TreemapWidget;
struct OperationResult;

// The main window: the header with the usage gauge, the Cached (with treemap), Queued, Incomplete,
// Invalid and Orphans views, and every action on the open cache. All work goes through the
// CacheSession (worker threads); the window only shows, asks and forwards. Images are fetched from the
// Image API (and verified against it) by a FetchService the window owns, on the RemoteConnection it is
// given (remote: not owned, must outlive the window; nullptr: the window makes its own, empty one).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CacheSession *session, RemoteConnection *remote = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    EntryView *view(int tab) const;
    enum Tab { CachedTab, QueuedTab, IncompleteTab, InvalidTab, OrphansTab, TabCount };

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViews();
    void restoreSettings();
    void showLocation();
    void showSnapshot();
    void showOperation(const OperationResult &result);
    void showBusy(bool busy, const QString &what);
    // mainwindowhealth.cpp: the health summary in the header and the Health dock, and what their buttons do.
    void createHealth();
    void runFix(HealthFix::Action fix);
    void showHealthDetails(const QString &findingId);
    // mainwindowtabs.cpp: the tabs' titles (with "6 of 30" while filtered), Del on each tab, quitting.
    void updateTabTitles();
    void showUnreadable(); // the cache could not be read: empty tabs under their plain names
    void deletePartial(int tab);
    void confirmQuitWhileBusy();
    QAction *showDockAction(const QString &dock, const QString &name, const QString &text, const QKeySequence &keys);
    // An action's end: into the activity log, and on the status bar until the next action's.
    void report(ActivityEntry::Level level, const QString &action, const QString &target, const QString &result,
                const QStringList &details = {});
    QString cacheTarget() const;
    void updateActions();
    void updateSelectionStatus();
    void rememberRecent(const QString &entry);
    void rebuildRecentMenu();
    void openEntry(const QString &entry);

    void openDirectory();
    void openConfigFile();
    void queueImages();
    void exportRows(); // mainwindowexport.cpp
    // mainwindownames.cpp: image names from the connection, looked up once per session, for every table.
    void createNames();
    // What a confirmation lists behind "Show Details...": "ID  name" lines when names are known, else the IDs
    // when there are more than a few.
    QStringList imageDetails(const QStringList &ids) const;
    const ImageNames &imageNames() const;
    void deleteSelected();
    void removeOrphans(); // mainwindoworphans.cpp: each kind in its own words, the bytes really freed
    void dequeueSelected();
    void clearCache();
    void clearQueue();
    void prune();
    void clean();
    void about();
    void editOptions();
    void editOptionsOf(const QString &file); // finds its sibling file on a worker, then opens the dialog
    void openConfigDialog(const QStringList &files);

    // Remote (mainwindowactions.cpp): the connection dialog, Fetch, Verify.
    void showNodes();
    void editConnection(const QString &message = {}, std::function<void()> then = {});
    void withConnection(std::function<void()> start);
    bool startFailed(const FetchService::Start &start, const QString &title, std::function<void()> again);
    void fetchImages();
    void fetchIds(const QStringList &ids);
    void retryDownloads(const QStringList &imageIds);
    void verifySelected();
    void verifyIds(const QStringList &ids);
    void showFetched(const QVector<ImageFetcher::Result> &results);
    void showVerified(const QVector<ImageFetcher::Result> &results);

    CacheSession *m_session;
    RemoteConnection *m_remote;
    FetchService *m_fetchService = nullptr;
    DownloadsPanel *m_downloads = nullptr;
    CacheHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    CachedImagesModel *m_cachedModel = nullptr;
    QueuedImagesModel *m_queuedModel = nullptr;
    PartialImagesModel *m_incompleteModel = nullptr;
    PartialImagesModel *m_invalidModel = nullptr;
    OrphansModel *m_orphansModel = nullptr;
    EntryView *m_views[TabCount] = {};
    TreemapWidget *m_treemap = nullptr;
    HealthMonitor *m_healthMonitor = nullptr;
    HealthPanel *m_health = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_resultLabel = nullptr; // the latest action's result: a re-read never replaces it
    QLabel *m_readLabel = nullptr; // when the cache was last read
    ActivityLog *m_activity = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_remoteMenu = nullptr;
    NodesWindow *m_nodesWindow = nullptr; // created when first shown
    QAction *m_refresh = nullptr;
    QAction *m_queue = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_dequeue = nullptr;
    QAction *m_clearCache = nullptr;
    QAction *m_clearQueue = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_clean = nullptr;
    QAction *m_follow = nullptr;
    QAction *m_connection = nullptr;
    QAction *m_fetch = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_clearFilter = nullptr;
    ImageNameDirectory *m_imageNames = nullptr;
    QAction *m_refreshNames = nullptr;
    QString m_pendingRecent; // the location shown, remembered in Open Recent once it has been read
    bool m_quitConfirmed = false;
    bool m_busy = false;
    bool m_verifying = false;
};
