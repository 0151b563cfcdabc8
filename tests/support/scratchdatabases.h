#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

// Scratch database servers for one test (tests/db_server.py): MariaDB and PostgreSQL started in a temporary
// directory of their own (never the system's services), and SQLite files. What db_server.py printed for each
// (url, tcp_url, password, ...) is kept by kind. Stopped by stop() or the destructor, also after a test that
// failed half-way. Every call waits with a deadline.
class ScratchDatabases
{
public:
    ScratchDatabases() = default;
    ~ScratchDatabases() { stop(); }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Starts every kind at once (each mostly waits on its own initialisation); extra goes to each start
    // (e.g. --tcp). False with the reason in *error.
    bool start(const QStringList &kinds, const QStringList &extra, QString *error);
    // Creates Glance's cache tables in kind's database (db_server.py schema).
    bool schema(const QString &kind, QString *error) { return run({ QStringLiteral("schema"), kind, path() }, nullptr, error); }
    // Runs db_server.py with args; its standard output in *out.
    bool run(const QStringList &args, QByteArray *out, QString *error);
    // What db_server.py said of a server; name is its kind unless the test added one under another name.
    QJsonObject info(const QString &name) const { return m_servers.value(name); }
    QString url(const QString &name) const { return info(name).value(QLatin1String("url")).toString(); }
    void add(const QString &name, const QJsonObject &info) { m_servers.insert(name, info); }
    QStringList names() const { return m_servers.keys(); }

    void stop();
    // Stops only kind's server (clients connected to it lose their connection) and starts it again on the
    // same data, socket and port: for tests of what a lost connection leaves behind.
    bool stopServer(const QString &kind, QString *error)
    {
        return run({ QStringLiteral("stop"), path(), QStringLiteral("--kind"), kind }, nullptr, error);
    }
    bool restartServer(const QString &kind, QString *error)
    {
        return run({ QStringLiteral("restart"), kind, path() }, nullptr, error);
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_servers;
    bool m_stopped = false;
};
