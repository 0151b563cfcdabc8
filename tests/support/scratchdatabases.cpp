#include "scratchdatabases.h"

#include <QJsonDocument>
#include <QProcess>

#include <memory>
#include <vector>

namespace {

const QString python = QStringLiteral("/usr/bin/python3"); // the pyenv python3 on PATH has no pymysql
const QString helper = QStringLiteral(GCA_TESTS_DIR "/db_server.py");
// Start-up of both servers runs in parallel; this bounds the slower one on a busy 2-core machine.
const int StartTimeoutMs = 120000;
const int HelperTimeoutMs = 60000;

// Waits for p; false with the reason in *error (a process past its deadline is killed).
bool finish(QProcess &p, int timeoutMs, const QString &what, QString *error)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("db_server.py %1 did not finish in time").arg(what);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = what + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace

bool ScratchDatabases::run(const QStringList &args, QByteArray *out, QString *error)
{
    QProcess p;
    p.start(python, QStringList { helper } + args);
    if (!finish(p, HelperTimeoutMs, args.join(QLatin1Char(' ')), error))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool ScratchDatabases::start(const QStringList &kinds, const QStringList &extra, QString *error)
{
    std::vector<std::unique_ptr<QProcess>> starts;
    for (const QString &kind : kinds) {
        auto p = std::make_unique<QProcess>();
        p->start(python, QStringList { helper, QStringLiteral("start"), kind, path() } + extra);
        starts.push_back(std::move(p));
    }
    bool ok = true;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QProcess &p = *starts[size_t(i)];
        QString why;
        if (!finish(p, StartTimeoutMs, QStringLiteral("start ") + kinds[i], &why)) {
            if (ok)
                *error = why;
            ok = false;
            continue;
        }
        const QJsonObject info = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        if (!info.contains(QLatin1String("url"))) {
            *error = kinds[i] + QStringLiteral(": db_server.py printed no URL");
            ok = false;
            continue;
        }
        m_servers.insert(kinds[i], info);
    }
    return ok;
}

void ScratchDatabases::stop()
{
    if (m_stopped || !m_dir.isValid())
        return;
    m_stopped = true;
    QString error;
    if (!run({ QStringLiteral("stop"), path() }, nullptr, &error))
        qWarning("stopping the scratch servers: %s", qPrintable(error));
}
