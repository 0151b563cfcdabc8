// The main window's actions: what each asks the person, then what it hands to the CacheSession.
#include "mainwindow.h"

#include "itemmodels/cachesession.h"
#include "configdialog.h"
#include "confirm.h"
#include "filechooser.h"
#include "core/background.h"
#include "connectiondialog.h"
#include "core/displayformat.h"
#include "itemmodels/downloadsmodel.h"
#include "downloadspanel.h"
#include "entryview.h"
#include "core/imageid.h"
#include "nodeswindow.h"
#include "planpreviewdialog.h"
#include "queuedialog.h"
#include "remote/remoteconnection.h"

#include <QDockWidget>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr int maxRecent = 8;
}

void MainWindow::openDirectory()
{
    FileChooser::openDirectory(this, tr("Open a Glance image cache directory"), m_session->location().cacheDir,
                               [this](const QString &dir) { openEntry(QStringLiteral("dir:%1|auto").arg(dir)); });
}

void MainWindow::openConfigFile()
{
    FileChooser::openFile(this, tr("Open glance-api.conf or glance-cache.conf"), QStringLiteral("/etc/glance"),
                          tr("Glance configuration (*.conf);;All files (*)"),
                          [this](const QString &file) { openEntry(QStringLiteral("config:%1").arg(file)); });
}

void MainWindow::openEntry(const QString &entry)
{
    LocationOptions options;
    if (entry.startsWith(QLatin1String("config:"))) {
        options.configFiles = {entry.mid(7)};
    } else if (entry.startsWith(QLatin1String("dir:"))) {
        const QString rest = entry.mid(4);
        const qsizetype bar = rest.lastIndexOf(u'|');
        options.cacheDir = bar < 0 ? rest : rest.left(bar);
        options.driver = bar < 0 ? QStringLiteral("auto") : rest.mid(bar + 1);
    }
    m_session->openWith(options);
}

void MainWindow::rememberRecent(const QString &entry)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &entry = recent.at(i);
        QString label = entry.startsWith(QLatin1String("config:")) ? entry.mid(7) : entry.mid(4).section(u'|', 0, 0);
        label.replace(u'&', QStringLiteral("&&"));
        QAction *a = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : label);
        connect(a, &QAction::triggered, this, [this, entry]() { openEntry(entry); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, this, [this]() {
            QSettings().remove(QStringLiteral("recent"));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::queueImages()
{
    auto *dialog = new QueueDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->hasSnapshot()) {
        QSet<QString> cached, queued;
        for (const CachedImage &c : m_session->snapshot().cached)
            cached.insert(c.imageId);
        for (const QueuedImage &q : m_session->snapshot().queued)
            queued.insert(q.imageId);
        dialog->setKnown(cached, queued);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!dialog->skippedSummary().isEmpty())
            report(ActivityEntry::Level::Info, tr("Queue"), cacheTarget(), dialog->skippedSummary(), dialog->skippedLines());
        if (!dialog->imageIds().isEmpty())
            m_session->queue(dialog->imageIds());
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const int tab = m_tabs->currentIndex();
    if (tab == QueuedTab)
        return dequeueSelected();
    if (tab == IncompleteTab || tab == InvalidTab)
        return deletePartial(tab);
    if (tab == OrphansTab)
        return removeOrphans();
    EntryView *v = view(tab);
    if (!v)
        return;
    const QStringList keys = v->selectedKeys();
    if (keys.isEmpty())
        return;
    const QString question = tr("Delete %Ln image(s) (%1) from the cache in %2?\n\nThe files and their records are removed; "
                                "glance-api will download them again when they are next requested.",
                                nullptr, int(keys.size()))
                                 .arg(DisplayFormat::size(v->selectedBytes()), m_session->location().cacheDir);
    Confirm::destructive(this, tr("Delete images"), question, tr("Delete %Ln image(s)", nullptr, int(keys.size())),
                         [this, keys]() { m_session->deleteCached(keys); }, imageDetails(keys));
}

void MainWindow::dequeueSelected()
{
    const QStringList keys = view(QueuedTab)->selectedKeys();
    if (keys.isEmpty())
        return;
    Confirm::destructive(this, tr("Remove from queue"),
                         tr("Remove %Ln image(s) from the queue? Nothing cached is deleted.", nullptr, int(keys.size())),
                         tr("Remove %Ln image(s)", nullptr, int(keys.size())), [this, keys]() { m_session->dequeue(keys); },
                         imageDetails(keys));
}

void MainWindow::clearCache()
{
    const CacheSnapshot &s = m_session->snapshot();
    const QString question = tr("Delete ALL %Ln cached image(s) (%1) in %2?\n\nEvery file in the cache directory "
                                "except the database goes, as Glance's own clear does.",
                                nullptr, int(s.cached.size()))
                                 .arg(DisplayFormat::size(s.totalSize), s.location.cacheDir);
    Confirm::destructive(this, tr("Clear cache"), question, tr("Delete %Ln image(s)", nullptr, int(s.cached.size())),
                         [this]() { m_session->clear(ClearTarget::Cache); });
}

void MainWindow::clearQueue()
{
    const int n = int(m_session->snapshot().queued.size());
    Confirm::destructive(this, tr("Clear queue"), tr("Remove all %Ln queued image(s)?", nullptr, n),
                         tr("Remove %Ln image(s)", nullptr, n), [this]() { m_session->clear(ClearTarget::Queue); });
}

void MainWindow::prune()
{
    auto *dialog = new PlanPreviewDialog(PlanPreviewDialog::Mode::Prune, m_session->location().maxSize, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setImageNames(imageNames());
    connect(m_session, &CacheSession::prunePlanned, dialog, qOverload<const PrunePlan &>(&PlanPreviewDialog::setPlan));
    connect(m_session, &CacheSession::planFailed, dialog, &PlanPreviewDialog::setPlanError);
    connect(dialog, &PlanPreviewDialog::parameterChanged, m_session, &CacheSession::planPrune);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { m_session->executePrune(dialog->prunePlan()); });
    connect(dialog, &QDialog::rejected, m_session, &CacheSession::abandonPlan); // "Planning…" goes with it
    m_session->planPrune(m_session->location().maxSize);
    dialog->open();
}

void MainWindow::clean()
{
    auto *dialog = new PlanPreviewDialog(PlanPreviewDialog::Mode::Clean, m_session->location().stallTime, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setImageNames(imageNames());
    connect(m_session, &CacheSession::cleanPlanned, dialog, qOverload<const CleanPlan &>(&PlanPreviewDialog::setPlan));
    connect(m_session, &CacheSession::planFailed, dialog, &PlanPreviewDialog::setPlanError);
    connect(dialog, &PlanPreviewDialog::parameterChanged, m_session, &CacheSession::planClean);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { m_session->executeClean(dialog->cleanPlan()); });
    connect(dialog, &QDialog::rejected, m_session, &CacheSession::abandonPlan); // "Planning…" goes with it
    m_session->planClean(m_session->location().stallTime);
    dialog->open();
}

void MainWindow::showOperation(const OperationResult &result)
{
    using Kind = OperationResult::Kind;
    const QString action = result.kind == Kind::Queue ? tr("Queue")
        : result.kind == Kind::Delete                 ? tr("Delete")
        : result.kind == Kind::Dequeue                ? tr("Dequeue")
        : result.kind == Kind::Clear                  ? tr("Clear")
        : result.kind == Kind::Prune                  ? tr("Prune")
        : result.kind == Kind::Orphans                ? tr("Remove orphans")
                                                      : tr("Clean");
    report(result.ok ? ActivityEntry::Level::Done
               : result.cancelled ? ActivityEntry::Level::Info
                                  : ActivityEntry::Level::Failed,
        action, cacheTarget(), result.summary, result.details);
    if (result.ok || result.cancelled)
        return;
    Confirm::warning(this, tr("Glance Cache Admin"), result.summary, result.details, QStringLiteral("operationError"));
}

void MainWindow::about()
{
    // QMessageBox::about() would run a nested event loop: the same box, opened.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Glance Cache Admin"),
                                tr("<h3>Glance Cache Admin %1</h3>"
                                   "<p>Inspect and manage the local image cache of OpenStack Glance: see what is cached, "
                                   "queue, delete, prune and clean with Glance's own rules.</p>"
                                   "<p>Compatible with Glance's sqlite and xattr cache drivers (Zed and later) and "
                                   "its centralized_db driver (2024.1 and later).</p>"
                                   "<p>Built with Qt %2, running on Qt %3.</p>"
                                   "<p>Licensed under the Apache License 2.0.</p>")
                                    .arg(QStringLiteral(GCA_VERSION), QStringLiteral(QT_VERSION_STR),
                                         QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::editOptions()
{
    // The first file is the one given (the rest are its .conf.d snippets, which stay as they are).
    const QStringList files = m_session->location().configFiles.mid(0, 1);
    if (!files.isEmpty()) {
        editOptionsOf(files.constFirst());
        return;
    }
    FileChooser::openFile(this, tr("Open glance-api.conf or glance-cache.conf"), QStringLiteral("/etc/glance"),
                          tr("Glance configuration (*.conf);;All files (*)"),
                          [this](const QString &file) { editOptionsOf(file); });
}

void MainWindow::editOptionsOf(const QString &file)
{
    // The cache options live in both files; offer the sibling so they can be kept in step. Looking for it is
    // file-system work: on a worker.
    Background::run(
        this,
        [file]() {
            QStringList files { file };
            const QFileInfo first(file);
            for (const char *name : { "glance-api.conf", "glance-cache.conf" }) {
                const QString sibling = first.dir().filePath(QLatin1String(name));
                if (sibling != first.filePath() && QFileInfo(sibling).isFile())
                    files.append(sibling);
            }
            return files;
        },
        [this](const QStringList &files) { openConfigDialog(files); });
}

void MainWindow::openConfigDialog(const QStringList &files)
{
    auto *dialog = new ConfigDialog(files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfigDialog::saved, this, [this, files](const QString &summary) {
        report(ActivityEntry::Level::Done, tr("Save options"), files.join(QStringLiteral(", ")), summary);
        // Read the cache again with the new options (the demo stays the demo).
        const CacheLocation &loc = m_session->location();
        m_session->openWith(loc.isDemo ? LocationOptions() : LocationOptions{loc.configFiles.mid(0, 1), {}, {}, {}});
    });
    dialog->open();
}

void MainWindow::showNodes()
{
    if (!m_nodesWindow) {
        m_nodesWindow = new NodesWindow(m_remote, m_session, this);
        connect(m_nodesWindow, &NodesWindow::connectionRequested, this, [this]() { editConnection(); });
        m_nodesWindow->refresh();
    }
    m_nodesWindow->show();
    m_nodesWindow->raise();
    m_nodesWindow->activateWindow();
    if (!m_remote->isConfigured())
        editConnection(tr("Give each glance-api node's own URL, and how to log in if the nodes use Keystone."));
}

void MainWindow::editConnection(const QString &message, std::function<void()> then)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOptions(m_remote->options(), m_remote->nodes());
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then]() {
        m_remote->setConnection(dialog->options(), dialog->nodes());
        QSettings settings;
        m_remote->save(&settings); // no password, secret or token
        if (then)
            withConnection(then);
    });
    dialog->open();
}

void MainWindow::withConnection(std::function<void()> start)
{
    if (!m_remote->isConfigured()) {
        editConnection(tr("Say where the Image API is and how to log in."), start);
        return;
    }
    statusBar()->showMessage(tr("Connecting to the Image API…"));
    start();
}

bool MainWindow::startFailed(const FetchService::Start &start, const QString &title, std::function<void()> again)
{
    statusBar()->clearMessage();
    if (start.unreachable) {
        // One error for the batch where downloads show, not a dialog on top and not a failed row per image.
        report(ActivityEntry::Level::Failed, title, start.imageUrl.toDisplayString(), start.error);
        m_downloads->showError(start.error);
        QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("downloadsDock"));
        dock->show();
        dock->raise();
        return true;
    }
    if (!start.ok)
        report(ActivityEntry::Level::Refused, title, start.imageUrl.toDisplayString(), start.error);
    if (start.accessFailed)
        editConnection(start.error, again); // fix the settings, then the same request goes on
    else if (!start.ok)
        Confirm::warning(this, title, start.error);
    return !start.ok;
}

void MainWindow::fetchImages()
{
    // The selected queued images, or every image the Queued tab lists, in Glance's order.
    QStringList ids = m_tabs->currentIndex() == QueuedTab ? view(QueuedTab)->selectedKeys() : QStringList();
    if (ids.isEmpty()) {
        for (const QueuedImage &q : m_session->snapshot().queued)
            ids.append(q.imageId);
    }
    for (QString &id : ids)
        id = ImageId::normalized(id);
    if (!ids.isEmpty())
        fetchIds(ids);
}

void MainWindow::fetchIds(const QStringList &ids)
{
    withConnection([this, ids]() {
        m_fetchService->setLocation(m_session->location());
        m_fetchService->fetch(ids, this, [this, ids](const FetchService::Start &start) {
            if (startFailed(start, tr("Fetch images"), [this, ids]() { fetchIds(ids); }))
                return;
            m_downloads->model()->addImages(ids);
            QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("downloadsDock"));
            dock->show();
            dock->raise();
            statusBar()->showMessage(
                tr("Fetching %Ln image(s) from %1…", nullptr, int(ids.size())).arg(start.imageUrl.toDisplayString()));
        });
    });
}

void MainWindow::retryDownloads(const QStringList &imageIds)
{
    // The service renews an expired token on the first 401; a connection that fails asks for settings.
    withConnection([this, imageIds]() {
        m_fetchService->setLocation(m_session->location());
        m_fetchService->retry(imageIds, this, [this, imageIds](const FetchService::Start &start) {
            if (!startFailed(start, tr("Fetch images"), [this, imageIds]() { retryDownloads(imageIds); }))
                m_downloads->model()->addImages(start.imageIds);
        });
    });
}

void MainWindow::showFetched(const QVector<ImageFetcher::Result> &results)
{
    int cached = 0;
    int failed = 0;
    QStringList details;
    for (const ImageFetcher::Result &r : results) {
        cached += r.ok ? 1 : 0;
        failed += r.ok || r.outcome == ImageFetcher::Outcome::AlreadyCached ? 0 : 1;
        (r.ok ? details.append(r.message) : details.prepend(r.message)); // failures first
    }
    report(failed ? ActivityEntry::Level::Failed : ActivityEntry::Level::Done, tr("Fetch"), cacheTarget(),
        tr("Fetched %1 of %Ln image(s); %2 failed.", nullptr, int(results.size()))
            .arg(QLocale().toString(cached), QLocale().toString(failed)),
        details);
    m_session->refresh(); // the Cached tab shows the new images
}

void MainWindow::verifySelected()
{
    const QStringList ids = view(CachedTab)->selectedKeys();
    if (!ids.isEmpty())
        verifyIds(ids);
}

void MainWindow::verifyIds(const QStringList &ids)
{
    withConnection([this, ids]() {
        m_fetchService->setLocation(m_session->location());
        m_fetchService->verify(ids, this, [this, ids](const FetchService::Start &start) {
            if (startFailed(start, tr("Verify images"), [this, ids]() { verifyIds(ids); }))
                return;
            m_verifying = true;
            updateActions();
            statusBar()->showMessage(tr("Verifying %Ln image(s) against Glance's checksums…", nullptr, int(ids.size())));
        });
    });
}

void MainWindow::showVerified(const QVector<ImageFetcher::Result> &results)
{
    m_verifying = false;
    updateActions();
    QStringList mismatched, mismatches, problems;
    for (const ImageFetcher::Result &r : results) {
        if (r.outcome == ImageFetcher::Outcome::Mismatch) {
            mismatched.append(r.imageId);
            mismatches.append(r.message);
        } else if (r.outcome != ImageFetcher::Outcome::Verified) {
            problems.append(r.message);
        }
    }
    const int n = int(results.size());
    report(mismatched.isEmpty() && problems.isEmpty() ? ActivityEntry::Level::Done : ActivityEntry::Level::Failed,
        tr("Verify"), cacheTarget(),
        tr("Verified %Ln image(s): %1 match, %2 do not.", nullptr, n)
            .arg(QLocale().toString(n - problems.size() - mismatched.size()), QLocale().toString(mismatched.size())),
        mismatches + problems);
    if (!mismatched.isEmpty()) {
        // The zero-filled-hole race can leave such files: glance-api would serve them as they are.
        const QString question = tr("%Ln cached image(s) do not match the checksums Glance recorded:\n\n%1\n\n"
                                    "Delete them from the cache? glance-api downloads them again when they are next requested.",
                                    nullptr, int(mismatched.size()))
                                     .arg(mismatches.join(u'\n'));
        Confirm::destructive(this, tr("Verify images"), question, tr("Delete %Ln image(s)", nullptr, int(mismatched.size())),
                             [this, mismatched]() { m_session->deleteCached(mismatched); });
    } else if (!problems.isEmpty()) {
        Confirm::warning(this, tr("Verify images"), tr("%Ln image(s) could not be verified.", nullptr, int(problems.size())),
                         problems, QStringLiteral("verifyProblems"));
    }
}
