// The Orphans tab's Delete: each kind of orphan named in its own words, with the bytes it really frees.
#include "mainwindow.h"

#include "confirm.h"
#include "core/displayformat.h"
#include "entryview.h"
#include "itemmodels/cachesession.h"

#include <QSet>

namespace {

// The selected orphans by kind, and what removing them gives back.
struct OrphanChoice
{
    QVector<OrphanEntry> entries;
    int records = 0;
    int files = 0;
    qint64 fileBytes = 0;
    int foreign = 0;
    qint64 foreignBytes = 0;
    QStringList locks;
};

OrphanChoice choose(const QVector<OrphanEntry> &orphans, const QStringList &keys)
{
    const QSet<QString> selected(keys.cbegin(), keys.cend());
    OrphanChoice c;
    for (const OrphanEntry &o : orphans) {
        if (!selected.contains(o.name))
            continue;
        c.entries.append(o);
        if (o.kind == OrphanEntry::RecordWithoutFile) {
            ++c.records;
        } else if (o.isImageId) {
            ++c.files;
            c.fileBytes += o.size;
        } else {
            ++c.foreign;
            c.foreignBytes += o.size;
            if (o.isGlanceLock())
                c.locks.append(o.name);
        }
    }
    return c;
}

QString question(const OrphanChoice &c, const QString &cacheDir)
{
    QStringList paragraphs;
    paragraphs.append(MainWindow::tr("Remove %Ln orphan(s) from %1?", nullptr, int(c.entries.size())).arg(cacheDir));
    if (c.records)
        paragraphs.append(
            MainWindow::tr("%Ln record(s) without a file: forgetting a record frees nothing, its file is already "
                           "gone. Glance stops listing the image(s) as cached.",
                nullptr, c.records));
    if (c.files)
        paragraphs.append(
            MainWindow::tr("%Ln file(s) without a record: deleting frees %1. glance-api downloads the image(s) "
                           "again when next requested.",
                nullptr, c.files)
                .arg(DisplayFormat::size(c.fileBytes)));
    if (c.foreign)
        paragraphs.append(
            MainWindow::tr("%Ln foreign file(s), not images (lock, temporary or leftover files): removing frees "
                           "%1.",
                nullptr, c.foreign)
                .arg(DisplayFormat::size(c.foreignBytes)));
    if (!c.locks.isEmpty())
        paragraphs.append(
            MainWindow::tr("Warning: this removes Glance's own lock file(s) %1. Removing a lock that glance-api "
                           "or glance-cache-prefetcher holds lets a second process into the work it guards, "
                           "which can corrupt that work: do this only while glance-api and "
                           "glance-cache-prefetcher are stopped.",
                nullptr, int(c.locks.size()))
                .arg(c.locks.join(QStringLiteral(", "))));
    if ((c.files != 0) + (c.foreign != 0) + (c.records != 0) > 1)
        paragraphs.append(MainWindow::tr("In all, %1 freed.").arg(DisplayFormat::size(c.fileBytes + c.foreignBytes)));
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

void MainWindow::removeOrphans()
{
    const QStringList keys = view(OrphansTab)->selectedKeys();
    if (keys.isEmpty() || !m_session->hasSnapshot())
        return;
    const OrphanChoice c = choose(m_session->snapshot().orphans, keys);
    if (c.entries.isEmpty())
        return;
    const int n = int(c.entries.size());
    Confirm::destructive(
        this, tr("Remove orphans"), question(c, m_session->location().cacheDir), tr("Remove %Ln orphan(s)", nullptr, n),
        [this, entries = c.entries]() { m_session->removeOrphans(entries); }, imageDetails(keys));
}
