#include "clijson.h"

namespace CliJson {

QByteArray object(const CliRows &rows, qsizetype row)
{
    const QVector<CliColumn> &columns = rows.columns();
    const QVector<CliCell> &cells = rows.cells(row);
    QByteArray j = "{";
    bool first = true;
    for (const int c : rows.jsonOrder()) {
        if (columns.at(c).key.isEmpty() || c >= cells.size() || cells.at(c).json.isEmpty())
            continue;
        j += (first ? "\"" : ", \"") + columns.at(c).key + "\": " + cells.at(c).json;
        first = false;
    }
    return j + '}';
}

QByteArray array(const CliRows &rows)
{
    QByteArray j = "[";
    for (qsizetype r = 0; r < rows.size(); ++r)
        j += (r ? ", " : "") + object(rows, r);
    return j + ']';
}

QByteArray values(const CliRows &rows, const QByteArray &key)
{
    int column = 0;
    while (column < rows.columns().size() && rows.columns().at(column).key != key)
        ++column;
    QByteArray j = "[";
    for (qsizetype r = 0; r < rows.size(); ++r)
        j += (r ? ", " : "") + rows.cells(r).value(column).json;
    return j + ']';
}

QByteArray members(const QVector<QPair<QByteArray, QByteArray>> &members)
{
    QByteArray j = "{";
    for (qsizetype i = 0; i < members.size(); ++i)
        j += (i ? ", \"" : "\"") + members.at(i).first + "\": " + members.at(i).second;
    return j + '}';
}

} // namespace CliJson
