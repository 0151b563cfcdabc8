// Image names in the window: the directory that looks them up once per connection, View → Refresh Names,
// and the names handed to every table, the filter's hint and confirmations.
#include "mainwindow.h"

#include "entryview.h"
#include "itemmodels/entrytablemodel.h"
#include "itemmodels/imagenamedirectory.h"
#include "remote/remoteconnection.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>

void MainWindow::createNames()
{
    m_imageNames = new ImageNameDirectory(m_remote, m_activity, this);
    m_refreshNames = new QAction(tr("Refresh &Names"), this);
    m_refreshNames->setObjectName(QStringLiteral("actionRefreshNames"));
    m_refreshNames->setStatusTip(tr("Look the images' names up again in Glance's image list"));
    connect(m_refreshNames, &QAction::triggered, m_imageNames, [this]() { m_imageNames->refresh(true); });
    if (auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        viewMenu->addSeparator();
        viewMenu->addAction(m_refreshNames);
    }
    const auto showNames = [this](const ImageNames &names) {
        for (EntryView *v : m_views)
            v->entryModel()->setImageNames(names);
        m_filter->setPlaceholderText(
            names.isKnown() ? tr("Filter by ID or name (Ctrl+F)") : tr("Filter by image ID (Ctrl+F)"));
    };
    connect(m_imageNames, &ImageNameDirectory::namesChanged, this, showNames);
    const auto updateAction
        = [this]() { m_refreshNames->setEnabled(m_remote->isConfigured() && !m_imageNames->isLooking()); };
    connect(m_imageNames, &ImageNameDirectory::lookingChanged, this, updateAction);
    connect(m_remote, &RemoteConnection::changed, this, updateAction);
    updateAction();
    // Once per session: a connection remembered from the last one is looked up now, without asking.
    m_imageNames->refresh();
}

QStringList MainWindow::imageDetails(const QStringList &ids) const
{
    const ImageNames &names = m_imageNames->names();
    // With names, even one image is worth a line: "Delete 1 image?" does not say which one it is.
    if (names.isKnown())
        return names.describe(ids);
    return ids.size() > 3 ? ids : QStringList();
}

const ImageNames &MainWindow::imageNames() const
{
    return m_imageNames->names();
}
