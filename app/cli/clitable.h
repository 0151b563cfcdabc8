#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class CliRows;

// A plain-text table in prettytable's default style, the one glanceclient prints:
// +----+-------+ borders, one space of padding, cells centred.
class CliTable
{
public:
    explicit CliTable(const QStringList &headers);
    // The titled columns of rows, in their order, showing the cells' text.
    explicit CliTable(const CliRows &rows);
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
};
