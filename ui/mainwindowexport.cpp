// File → Export: the current tab's selected rows (or all it shows) to a CSV or JSON file.
#include "mainwindow.h"

#include "core/background.h"
#include "entryview.h"
#include "filechooser.h"
#include "itemmodels/cachesession.h"
#include "tableexport.h"

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>

void MainWindow::exportRows()
{
    const int tab = m_tabs->currentIndex();
    EntryView *v = view(tab);
    if (!v)
        return;
    // Copied now, so what is written is what was selected when the person asked, whatever a re-read does
    // while the file chooser is open.
    TableExport::Table table = TableExport::take(v);
    table.wholeSeconds = m_session->hasSnapshot() && m_session->snapshot().effectiveDriver == QLatin1String("xattr");
    const QString names[TabCount] = {tr("Cached"), tr("Queued"), tr("Incomplete"), tr("Invalid"), tr("Orphans")};
    const QString what = names[tab];
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    FileChooser::saveFile(
        this, tr("Export %Ln row(s)", nullptr, int(table.rows.size())), QDir::homePath(),
        csvFilter + QStringLiteral(";;") + jsonFilter,
        [this, table, what, jsonFilter](const QString &path, const QString &filter) {
            // A name ending in .json is JSON whatever filter was left selected; anything else follows the filter.
            const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                || (filter == jsonFilter && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
            const int rows = int(table.rows.size());
            Background::run(
                this,
                [table, path, json]() {
                    return TableExport::write(path, json ? TableExport::json(table) : TableExport::csv(table));
                },
                [this, path, rows, what](const Expected<qint64> &written) {
                    if (written)
                        report(ActivityEntry::Level::Done, tr("Export"), QDir::toNativeSeparators(path),
                               tr("Exported %Ln row(s) of the %1 tab to %2.", nullptr, rows)
                                   .arg(what, QFileInfo(path).fileName()));
                    else
                        report(ActivityEntry::Level::Failed, tr("Export"), QDir::toNativeSeparators(path),
                               written.error());
                });
        });
}
