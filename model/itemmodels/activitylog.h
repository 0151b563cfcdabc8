#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVector>

// One thing the operator did and how it ended: a queue, a prune, a config save, a fetch, a refusal.
struct ActivityEntry
{
    enum class Level { Info, Done, Refused, Failed };

    QDateTime time; // UTC; shown in local time
    Level level = Level::Info;
    QString action; // "Prune", "Save options"... (translated when made)
    QString target; // the cache directory, config file or node it acted on
    QString result; // the sentence the status bar showed
    QStringList details; // per-image messages, refusals, backup paths

    bool operator==(const ActivityEntry &o) const
    {
        return time == o.time && level == o.level && action == o.action && target == o.target && result == o.result
            && details == o.details;
    }
};

// The activity log, like qBittorrent's execution log: every action's result, refusals and failures with
// their reasons, oldest first, at most maxEntries (the oldest go). Kept across sessions with save() and
// restore(); copyable as text. Columns: time, action, target, result.
class ActivityLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Action, Target, Result, ColumnCount };
    static constexpr int maxEntries = 500;

    explicit ActivityLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(ActivityEntry entry); // time: now when not set
    void clear();
    const ActivityEntry &entry(int row) const { return m_entries.at(row); }
    const QVector<ActivityEntry> &entries() const { return m_entries; }

    // Tab-separated lines, one per row (time as ISO 8601 with the offset), details indented below each.
    QString text(const QList<int> &rows) const;
    static QString levelName(ActivityEntry::Level level);

    // JSON, for the settings; restore() replaces the log and ignores what it cannot read.
    QByteArray save() const;
    void restore(const QByteArray &saved);

private:
    QVector<ActivityEntry> m_entries;
};
