#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// One value of a row, held twice: as --json writes it and as a table (or a line) shows it.
struct CliCell
{
    QByteArray json; // the value as Python's json.dumps() writes it; empty: the row leaves this member out
    QString text; // what a table shows

    static CliCell string(const QString &value); // the same string in both
    static CliCell string(const QString &value, const QString &text);
    static CliCell number(qint64 value); // the same number in both
    static CliCell number(qint64 value, const QString &text);
    static CliCell time(double seconds); // seconds since the epoch; shown as Python's utcfromtimestamp().isoformat()
    static CliCell flag(bool value, const QString &text = QString()); // true/false
    static CliCell null(const QString &text);
    static CliCell raw(const QByteArray &json); // already JSON (a nested array or object); shown as nothing
    static CliCell display(const QString &text); // shown only: not in the JSON
};

// A JSON member and a table column. A column without a key is shown only; one without a title is JSON only.
struct CliColumn
{
    QByteArray key;
    QString title;
};

// What a glance-cachectl command found or did, as rows of cells, made once and printed by either printer:
// CliTable (the aligned table), CliJson (json.dumps' text), or one line per row (CliPrinter). Local and
// remote forms of a command make the same kind of rows. A value type.
class CliRows
{
public:
    CliRows() = default;
    explicit CliRows(const QVector<CliColumn> &columns);

    // One cell per column. line is the row's text where a command prints a line per row (results);
    // failed sends that line to stderr and makes the command's exit code 1.
    void add(const QVector<CliCell> &cells, const QString &line = QString(), bool failed = false);
    // The rows of other, which has the same columns.
    void append(const CliRows &other);
    // The JSON members in this order of columns (Glance's JSON and glanceclient's tables order them
    // differently); by default the columns' own order.
    void setJsonOrder(const QVector<int> &columns) { m_jsonOrder = columns; }

    const QVector<CliColumn> &columns() const { return m_columns; }
    QVector<int> jsonOrder() const;
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QVector<CliCell> &cells(qsizetype row) const { return m_rows.at(row).cells; }
    const QString &line(qsizetype row) const { return m_rows.at(row).line; }
    bool failed(qsizetype row) const { return m_rows.at(row).failed; }
    bool anyFailed() const;

private:
    struct Row
    {
        QVector<CliCell> cells;
        QString line;
        bool failed = false;
    };

    QVector<CliColumn> m_columns;
    QVector<int> m_jsonOrder;
    QVector<Row> m_rows;
};
