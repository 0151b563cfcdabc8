#include "itemmodels/activitylog.h"

#include "itemmodels/cacheroles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

const char *const levelKeys[] = { "info", "done", "refused", "failed" };

} // namespace

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLog::levelName(ActivityEntry::Level level)
{
    switch (level) {
    case ActivityEntry::Level::Info:
        return tr("Info");
    case ActivityEntry::Level::Done:
        return tr("Done");
    case ActivityEntry::Level::Refused:
        return tr("Refused");
    case ActivityEntry::Level::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case Action:
            return e.action;
        case Target:
            return e.target;
        case Result:
            return e.result;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Result || index.column() == Target) {
            QString tip = index.column() == Target ? e.target : e.result;
            if (index.column() == Result && !e.details.isEmpty())
                tip += QStringLiteral("\n\n") + e.details.mid(0, 20).join(u'\n');
            return tip;
        }
        if (index.column() == Time)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        break;
    case CacheRoles::RawValueRole:
        return index.column() == Time ? QVariant(e.time.toMSecsSinceEpoch()) : data(index, Qt::DisplayRole);
    case CacheRoles::AttentionRole:
        return e.level == ActivityEntry::Level::Refused || e.level == ActivityEntry::Level::Failed;
    }
    return {};
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    }
    return {};
}

void ActivityLog::add(ActivityEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (m_entries.size() >= maxEntries) {
        const int drop = int(m_entries.size()) - maxEntries + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(std::move(entry));
    endInsertRows();
}

void ActivityLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ActivityLog::text(const QList<int> &rows) const
{
    QString out;
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        const ActivityEntry &e = m_entries.at(row);
        out += QStringList { e.time.toLocalTime().toString(Qt::ISODateWithMs), levelName(e.level), e.action, e.target,
            e.result }
                   .join(u'\t')
            + u'\n';
        for (const QString &d : e.details)
            out += QStringLiteral("    ") + d + u'\n';
    }
    return out;
}

QByteArray ActivityLog::save() const
{
    QJsonArray list;
    for (const ActivityEntry &e : m_entries) {
        list.append(QJsonObject {
            { QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs) },
            { QStringLiteral("level"), QLatin1String(levelKeys[int(e.level)]) },
            { QStringLiteral("action"), e.action },
            { QStringLiteral("target"), e.target },
            { QStringLiteral("result"), e.result },
            { QStringLiteral("details"), QJsonArray::fromStringList(e.details) },
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

void ActivityLog::restore(const QByteArray &saved)
{
    QVector<ActivityEntry> entries;
    const QJsonArray list = QJsonDocument::fromJson(saved).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ActivityEntry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!e.time.isValid())
            continue;
        const QString level = o.value(QStringLiteral("level")).toString();
        for (int i = 0; i < 4; ++i) {
            if (level == QLatin1String(levelKeys[i]))
                e.level = ActivityEntry::Level(i);
        }
        e.action = o.value(QStringLiteral("action")).toString();
        e.target = o.value(QStringLiteral("target")).toString();
        e.result = o.value(QStringLiteral("result")).toString();
        for (const QJsonValue &d : o.value(QStringLiteral("details")).toArray())
            e.details.append(d.toString());
        entries.append(e);
    }
    if (entries.size() > maxEntries)
        entries.remove(0, entries.size() - maxEntries);
    beginResetModel();
    m_entries = entries;
    endResetModel();
}
