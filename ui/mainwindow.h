#pragma once

#include <QMainWindow>

class CacheHeader;
class CacheSession;
class CachedImagesModel;
class EntryView;
class HealthPanel;
class OrphansModel;
class PartialImagesModel;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QueuedImagesModel;
class TreemapWidget;
struct OperationResult;

// The main window: the header with the usage gauge, the Cached (with treemap), Queued, Incomplete,
// Invalid and Orphans views, and every action on the open cache. All work goes through the
// CacheSession (worker threads); the window only shows, asks and forwards.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CacheSession *session, QWidget *parent = nullptr);
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
    void updateActions();
    void updateSelectionStatus();
    void rememberRecent(const QString &entry);
    void rebuildRecentMenu();
    void openEntry(const QString &entry);

    void openDirectory();
    void openConfigFile();
    void queueImages();
    void deleteSelected();
    void dequeueSelected();
    void clearCache();
    void clearQueue();
    void prune();
    void clean();
    void about();
    void editOptions();

    CacheSession *m_session;
    CacheHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    CachedImagesModel *m_cachedModel = nullptr;
    QueuedImagesModel *m_queuedModel = nullptr;
    PartialImagesModel *m_incompleteModel = nullptr;
    PartialImagesModel *m_invalidModel = nullptr;
    OrphansModel *m_orphansModel = nullptr;
    EntryView *m_views[TabCount] = {};
    TreemapWidget *m_treemap = nullptr;
    HealthPanel *m_health = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_queue = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_dequeue = nullptr;
    QAction *m_clearCache = nullptr;
    QAction *m_clearQueue = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_clean = nullptr;
    QAction *m_follow = nullptr;
    bool m_busy = false;
};
