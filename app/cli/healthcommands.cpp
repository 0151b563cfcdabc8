#include "healthcommands.h"

#include "clijson.h"
#include "clirows.h"
#include "core/pyjson.h"

HealthCommands::HealthCommands(const CliContext &context, const LocationOptions &options)
    : m_ctx(context)
    , m_options(options)
{
}

int HealthCommands::check()
{
    HealthCheckOptions options;
    options.configFiles = m_options.configFiles;
    options.configDir = m_options.configDir;
    HealthCheck health(m_ctx.location, options);
    const QVector<HealthFinding> findings = health.run();
    if (m_ctx.json)
        printJson(findings);
    else
        printText(findings);
    return HealthCheck::exitCode(findings);
}

void HealthCommands::printText(const QVector<HealthFinding> &findings) const
{
    QTextStream &out = *m_ctx.out;
    if (m_ctx.location.isDemo)
        out << tr("DEMO CACHE: generated sample data, not a Glance node.") << Qt::endl;
    if (!m_ctx.locationNote.isEmpty())
        out << m_ctx.locationNote << Qt::endl;
    out << tr("Checked %1 (%2 driver configured).").arg(m_ctx.location.cacheDir, m_ctx.location.driver) << Qt::endl;
    using Severity = HealthFinding::Severity;
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = HealthCheck::count(findings, severity);
        if (n == 0)
            continue;
        out << '\n' << tr("%1 (%2):").arg(HealthCheck::severityLabel(severity)).arg(n) << '\n';
        for (const HealthFinding &f : findings) {
            if (f.severity != severity)
                continue;
            out << "  * " << f.title << " [" << f.id << "]\n";
            out << "    " << f.advice << '\n';
            for (const QString &p : f.paths)
                out << "      " << p << '\n';
        }
    }
    const int errors = HealthCheck::count(findings, Severity::Error);
    const int warnings = HealthCheck::count(findings, Severity::Warning);
    out << '\n';
    if (errors + warnings == 0)
        out << tr("No problems found.") << Qt::endl;
    else
        out << tr("%Ln error(s)", nullptr, errors) << ", " << tr("%Ln warning(s)", nullptr, warnings) << '.' << Qt::endl;
}

void HealthCommands::printJson(const QVector<HealthFinding> &findings) const
{
    CliRows rows(QVector<CliColumn> { { "id", {} }, { "severity", {} }, { "title", {} }, { "advice", {} },
        { "paths", {} } });
    for (const HealthFinding &f : findings) {
        CliRows paths(QVector<CliColumn> { { "path", {} } });
        for (const QString &path : f.paths)
            paths.add({ CliCell::string(path) });
        rows.add({ CliCell::string(f.id), CliCell::string(HealthCheck::severityName(f.severity)),
            CliCell::string(f.title), CliCell::string(f.advice), CliCell::raw(CliJson::values(paths, "path")) });
    }
    using Severity = HealthFinding::Severity;
    const auto number = [](qint64 n) { return PyJson::number(n); };
    const QByteArray summary = CliJson::members({
        { "cache_dir", PyJson::string(m_ctx.location.cacheDir) },
        { "errors", number(HealthCheck::count(findings, Severity::Error)) },
        { "warnings", number(HealthCheck::count(findings, Severity::Warning)) },
        { "infos", number(HealthCheck::count(findings, Severity::Info)) },
        { "exit_code", number(HealthCheck::exitCode(findings)) },
    });
    *m_ctx.out << CliJson::members({ { "findings", CliJson::array(rows) }, { "summary", summary } }) << Qt::endl;
}
