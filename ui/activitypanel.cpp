#include "activitypanel.h"

#include "entrydelegate.h"
#include "itemmodels/activitylog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ActivityPanel::ActivityPanel(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(log);
    m_view->setItemDelegate(new EntryDelegate(-1, m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ActivityLog::Time, fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    m_view->header()->resizeSection(ActivityLog::Action, fontMetrics().horizontalAdvance(QStringLiteral("Save options")) + 24);
    m_view->header()->resizeSection(ActivityLog::Target, fontMetrics().horizontalAdvance(u'x') * 36);
    m_details->setObjectName(QStringLiteral("activityDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see its whole result and details."));

    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("activityCopy"));
    auto *clear = new QPushButton(tr("C&lear Log"), this);
    clear->setObjectName(QStringLiteral("activityClear"));
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->installEventFilter(this); // the view copies only its current cell on Ctrl+C; we copy rows
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // Small minimums: docked under the views on an 800×500 screen (1600×1000 at scale 2) the window must still fit.
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    // The buttons beside the log, not under it: a docked log is wide and low.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(copy, &QPushButton::clicked, this, &ActivityPanel::copySelection);
    connect(copyAction, &QAction::triggered, this, &ActivityPanel::copySelection);
    connect(clear, &QPushButton::clicked, log, &ActivityLog::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityPanel::showDetails);
    connect(log, &QAbstractItemModel::modelReset, this, &ActivityPanel::showDetails);
    // The newest entry in view, unless the reader scrolled up to read an older one.
    connect(log, &QAbstractItemModel::rowsAboutToBeInserted, this, [this]() {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followBottom = bar->value() == bar->maximum();
    });
    connect(log, &QAbstractItemModel::rowsInserted, this, [this]() {
        if (m_followBottom)
            m_view->scrollToBottom();
    });
}

bool ActivityPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityPanel::copySelection() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty()) // nothing picked: the whole log
        for (int r = 0; r < m_log->rowCount(); ++r)
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_log->text(rows));
}

void ActivityPanel::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->clear();
        return;
    }
    const ActivityEntry &e = m_log->entry(rows.constFirst().row());
    QString text = ActivityLog::levelName(e.level) + QStringLiteral(" — ") + e.action + QStringLiteral(": ") + e.target
        + QStringLiteral("\n") + e.result;
    if (!e.details.isEmpty())
        text += QStringLiteral("\n\n") + e.details.join(u'\n');
    m_details->setPlainText(text);
}
