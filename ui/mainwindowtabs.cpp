// The main window's tabs and the conventions around them: titles that count what a filter shows, Del on every
// tab, the docks' show-and-raise actions, and quitting while an operation runs.
#include "mainwindow.h"

#include "confirm.h"
#include "core/displayformat.h"
#include "entryview.h"
#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cachesession.h"
#include "itemmodels/orphansmodel.h"
#include "itemmodels/partialimagesmodel.h"
#include "itemmodels/queuedimagesmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTabWidget>

void MainWindow::updateTabTitles()
{
    if (!m_session->hasSnapshot()) {
        // Nothing read (yet, or the cache could not be read): the tabs keep their names, without counts.
        const char *const names[TabCount] = {QT_TR_NOOP("Cached"), QT_TR_NOOP("Queued"), QT_TR_NOOP("Incomplete"),
                                             QT_TR_NOOP("Invalid"), QT_TR_NOOP("Orphans")};
        for (int tab = 0; tab < TabCount; ++tab)
            m_tabs->setTabText(tab, tr(names[tab]));
        return;
    }
    const CacheSnapshot &s = m_session->snapshot();
    const QLocale locale;
    // "Cached (30)", or "Cached (6 of 30)" while the filter hides some.
    const auto count = [&](int tab, qsizetype total) {
        const int shown = view(tab) ? view(tab)->model()->rowCount() : int(total);
        return m_filter && !m_filter->text().isEmpty() && shown != total
            ? tr("%1 of %2").arg(locale.toString(shown), locale.toString(total))
            : locale.toString(total);
    };
    int stalled = 0;
    for (const PartialImage &p : s.incomplete)
        stalled += p.modified < s.takenAt - double(s.location.stallTime) ? 1 : 0;
    m_tabs->setTabText(CachedTab, tr("Cached (%1)").arg(count(CachedTab, s.cached.size())));
    m_tabs->setTabText(QueuedTab, tr("Queued (%1)").arg(count(QueuedTab, s.queued.size())));
    m_tabs->setTabText(IncompleteTab, stalled ? tr("Incomplete (%1, %2 stalled)").arg(count(IncompleteTab, s.incomplete.size()), locale.toString(stalled))
                                              : tr("Incomplete (%1)").arg(count(IncompleteTab, s.incomplete.size())));
    m_tabs->setTabText(InvalidTab, tr("Invalid (%1)").arg(count(InvalidTab, s.invalid.size())));
    m_tabs->setTabText(OrphansTab, tr("Orphans (%1)").arg(count(OrphansTab, s.orphans.size())));
}

void MainWindow::showUnreadable()
{
    // What another cache showed must not stay under this one's name.
    m_cachedModel->setEntries({}, 0);
    m_queuedModel->setEntries({});
    m_incompleteModel->setEntries({}, 0, 0);
    m_invalidModel->setEntries({}, 0, 0);
    m_orphansModel->setEntries({});
    updateTabTitles();
    updateActions();
}

void MainWindow::deletePartial(int tab)
{
    // A failed or stalled download is deleted as the cleaner would: through a clean plan of just these files,
    // which the engine checks again (a download written to since is left alone).
    const QStringList selected = view(tab)->selectedKeys();
    const QSet<QString> keys(selected.cbegin(), selected.cend());
    if (keys.isEmpty())
        return;
    const CacheSnapshot &s = m_session->snapshot();
    CleanPlan plan;
    plan.stallTime = s.location.stallTime;
    QStringList active;
    for (const PartialImage &p : tab == InvalidTab ? s.invalid : s.incomplete) {
        if (!keys.contains(p.imageId))
            continue;
        if (tab == InvalidTab) {
            plan.invalid.append(p);
        } else if (p.modified < s.takenAt - double(s.location.stallTime)) {
            plan.stalled.append(p);
        } else {
            active.append(p.imageId);
            continue;
        }
        plan.bytesFreed += p.size;
    }
    if (!active.isEmpty()) {
        report(ActivityEntry::Level::Refused, tr("Delete"), cacheTarget(),
               tr("%Ln download(s) still being written; only stalled ones can be deleted.", nullptr, int(active.size())),
               active);
        if (plan.stalled.isEmpty())
            return;
    }
    const int n = int(plan.invalid.size() + plan.stalled.size());
    const QString question = tab == InvalidTab
        ? tr("Delete %Ln failed download(s) (%1) from invalid/?", nullptr, n).arg(DisplayFormat::size(plan.bytesFreed))
        : tr("Delete %Ln stalled download(s) (%1) from incomplete/? glance-api will download the images again "
             "when they are next requested.", nullptr, n).arg(DisplayFormat::size(plan.bytesFreed));
    QStringList ids;
    for (const PartialImage &p : plan.invalid + plan.stalled)
        ids.append(p.imageId);
    Confirm::destructive(this, tr("Delete downloads"), question, tr("Delete %Ln download(s)", nullptr, n),
                         [this, plan]() { m_session->executeClean(plan); }, imageDetails(ids));
}

void MainWindow::confirmQuitWhileBusy()
{
    Confirm::destructive(this, tr("Quit"),
                         tr("An operation is still running. Quit anyway? It stops where it is: what it did so far stays "
                            "done, the rest is not done, and no summary is shown."),
                         tr("Quit"), [this]() {
                             m_session->cancel();
                             m_quitConfirmed = true;
                             close();
                         });
}

QAction *MainWindow::showDockAction(const QString &dockName, const QString &name, const QString &text,
                                    const QKeySequence &keys)
{
    // Shows and raises the dock (a toggle would hide it when it sits behind another tab); its own close button
    // hides it.
    auto *dock = findChild<QDockWidget *>(dockName);
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(keys);
    connect(a, &QAction::triggered, dock, [dock]() {
        dock->show();
        dock->raise();
    });
    return a;
}
