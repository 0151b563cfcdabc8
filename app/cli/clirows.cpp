#include "clirows.h"

#include "core/pyjson.h"

#include <algorithm>

CliCell CliCell::string(const QString &value)
{
    return { PyJson::string(value), value };
}

CliCell CliCell::string(const QString &value, const QString &text)
{
    return { PyJson::string(value), text };
}

CliCell CliCell::number(qint64 value)
{
    return { PyJson::number(value), QString::number(value) };
}

CliCell CliCell::number(qint64 value, const QString &text)
{
    return { PyJson::number(value), text };
}

CliCell CliCell::time(double seconds)
{
    return { PyJson::number(seconds), PyJson::utcIso(seconds) };
}

CliCell CliCell::flag(bool value, const QString &text)
{
    return { value ? QByteArray("true") : QByteArray("false"), text };
}

CliCell CliCell::null(const QString &text)
{
    return { QByteArray("null"), text };
}

CliCell CliCell::raw(const QByteArray &json)
{
    return { json, QString() };
}

CliCell CliCell::display(const QString &text)
{
    return { QByteArray(), text };
}

CliRows::CliRows(const QVector<CliColumn> &columns)
    : m_columns(columns)
{ }

void CliRows::add(const QVector<CliCell> &cells, const QString &line, bool failed)
{
    m_rows.append({ cells, line, failed });
}

void CliRows::append(const CliRows &other)
{
    m_rows += other.m_rows;
}

QVector<int> CliRows::jsonOrder() const
{
    if (!m_jsonOrder.isEmpty())
        return m_jsonOrder;
    QVector<int> order;
    for (int i = 0; i < m_columns.size(); ++i)
        order.append(i);
    return order;
}

bool CliRows::anyFailed() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.failed; });
}
