#pragma once

#include <QWidget>

class ActivityLog;
class QPlainTextEdit;
class QTreeView;

// The activity log's dock contents: the entries (newest at the bottom, scrolled to), the selected entry's
// whole result and details below, and Copy (Ctrl+C: the selected rows as tab-separated text) and Clear.
// Does not own the log.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityLog *log, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // A dock's first height: a few entries and their details, the tables above keep the room.
    QSize sizeHint() const override { return { 800, 200 }; }
    void copySelection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDetails();

    ActivityLog *m_log;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
    bool m_followBottom = true;
};
