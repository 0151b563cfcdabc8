#include "mainwindow.h"

#include "imagecache.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QtConcurrent>

namespace {

struct LoadResult
{
    CacheSnapshot snapshot;
    QString error;
    bool ok = false;
};

QString human(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

MainWindow::MainWindow(const CacheLocation &location, const QString &locationNote, QWidget *parent)
    : QMainWindow(parent)
    , m_location(location)
    , m_locationNote(locationNote)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(location.isDemo ? tr("Glance Cache Admin — demo cache") : tr("Glance Cache Admin — %1").arg(location.cacheDir));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(16);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("Reading %1 …").arg(location.cacheDir.toHtmlEscaped()));
    setCentralWidget(m_summary);
    resize(900, 560);
    refresh();
}

void MainWindow::refresh()
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer refresh is under way
        const LoadResult r = watcher->result();
        if (r.ok)
            showSnapshot(r.snapshot);
        else
            showError(r.error);
    });
    const CacheLocation location = m_location;
    watcher->setFuture(QtConcurrent::run([location]() {
        LoadResult r;
        ImageCache cache(location);
        r.ok = cache.snapshot(&r.snapshot, &r.error);
        return r;
    }));
}

void MainWindow::showSnapshot(const CacheSnapshot &s)
{
    QString html;
    if (s.location.isDemo)
        html += tr("<p style='background:#fff3cd;color:#664d03;padding:6px'><b>Demo cache</b> — generated sample "
                   "data, not a Glance node.</p>");
    if (!m_locationNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_locationNote.toHtmlEscaped());
    html += tr("<h2>%1</h2>").arg(s.location.cacheDir.toHtmlEscaped());
    html += tr("<p>Driver: <b>%1</b> (configured: %2)</p>").arg(s.effectiveDriver, s.location.driver);
    if (!s.driverNote.isEmpty())
        html += QStringLiteral("<p style='color:#8a5300'>%1</p>").arg(s.driverNote.toHtmlEscaped());
    const bool over = s.totalSize > s.location.maxSize;
    html += tr("<p>Size: <b style='color:%1'>%2</b> of %3 (image_cache_max_size)</p>")
                .arg(over ? QStringLiteral("#b00020") : QStringLiteral("#1b5e20"), human(s.totalSize),
                     human(s.location.maxSize));
    if (over)
        html += tr("<p>The cache is over its limit: the pruner has not run or cannot keep up.</p>");
    html += tr("<p>%1 cached, %2 queued, %3 incomplete, %4 invalid, %5 orphans</p>")
                .arg(s.cached.size())
                .arg(s.queued.size())
                .arg(s.incomplete.size())
                .arg(s.invalid.size())
                .arg(s.orphans.size());
    m_summary->setText(html);
    statusBar()->showMessage(tr("Read %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
}

void MainWindow::showError(const QString &error)
{
    m_summary->setText(tr("<h2>Cannot read the cache</h2><p>%1</p>").arg(error.toHtmlEscaped()));
}
