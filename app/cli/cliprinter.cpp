#include "cliprinter.h"

#include "clijson.h"
#include "clitable.h"

CliPrinter::CliPrinter(const CliContext &context)
    : m_ctx(context)
{ }

int CliPrinter::table(const char *key, const CliRows &rows, const CliRows &table) const
{
    if (m_ctx.json) {
        json(CliJson::members({ { QByteArray(key), CliJson::array(rows) } }));
    } else {
        errors(rows);
        *m_ctx.out << CliTable(table).render() << Qt::flush;
    }
    return exitCode(rows);
}

int CliPrinter::lines(const char *key, const CliRows &rows) const
{
    if (m_ctx.json)
        json(CliJson::members({ { QByteArray(key), CliJson::array(rows) } }));
    else
        lines(rows);
    return exitCode(rows);
}

void CliPrinter::json(const QByteArray &document) const
{
    *m_ctx.out << document << Qt::endl;
}

void CliPrinter::lines(const CliRows &rows) const
{
    // Each line flushed as it goes: with 2>&1 (cron logs) the lines keep their order across the two streams.
    for (qsizetype r = 0; r < rows.size(); ++r)
        (rows.failed(r) ? *m_ctx.err : *m_ctx.out) << rows.line(r) << Qt::endl;
}

void CliPrinter::errors(const CliRows &rows) const
{
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.failed(r))
            *m_ctx.err << rows.line(r) << Qt::endl;
    }
}

int CliPrinter::exitCode(const CliRows &rows)
{
    return rows.anyFailed() ? ExitFailure : ExitOk;
}
