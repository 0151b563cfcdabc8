#include "clitable.h"

#include "clirows.h"

CliTable::CliTable(const QStringList &headers)
    : m_headers(headers)
{
}

CliTable::CliTable(const CliRows &rows)
{
    QVector<int> shown;
    for (int c = 0; c < rows.columns().size(); ++c) {
        if (!rows.columns().at(c).title.isEmpty()) {
            shown.append(c);
            m_headers.append(rows.columns().at(c).title);
        }
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const int c : std::as_const(shown))
            cells.append(rows.cells(r).value(c).text);
        m_rows.append(cells);
    }
}

void CliTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString CliTable::render() const
{
    QVector<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString rule = QStringLiteral("+");
    for (qsizetype w : std::as_const(widths))
        rule += QString(w + 2, u'-') + u'+';
    auto line = [&](const QStringList &cells) {
        QString s = QStringLiteral("|");
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString c = i < cells.size() ? cells.at(i) : QString();
            const qsizetype pad = widths.at(i) - c.size();
            // prettytable centres with the odd space on the left
            s += QString(1 + pad - pad / 2, u' ') + c + QString(1 + pad / 2, u' ') + u'|';
        }
        return s;
    };
    QString out = rule + u'\n' + line(m_headers) + u'\n' + rule + u'\n';
    for (const QStringList &row : m_rows)
        out += line(row) + u'\n';
    if (!m_rows.isEmpty())
        out += rule + u'\n';
    return out;
}
