#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;

// Writes what glance-api writes into Glance's central database (node_reference, cached_images), through
// the same Qt SQL connection the application uses, for tests that need rows on a real server. One
// connection for the object's lifetime, on the creating thread.
class CentralDbRows
{
public:
    explicit CentralDbRows(const QString &url);
    ~CentralDbRows();
    CentralDbRows(const CentralDbRows &) = delete;
    CentralDbRows &operator=(const CentralDbRows &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // node_reference_id of url, inserting the node when it is not there yet; -1 on failure.
    qint64 node(const QString &url);
    // One cached_images row of node, times as naive UTC text ('2024-05-01 10:00:00.250000'); a null
    // checksum is SQL NULL. Returns the row's id, -1 on failure.
    qint64 addRow(const QString &nodeUrl, const QString &imageId, const QString &accessed, const QString &modified,
                  qint64 size, int hits, const QString &checksum = QString());
    // Any statement with bound values.
    bool exec(const QString &sql, const QVariantList &values = {});

private:
    QString m_name;
    QString m_error;
    QHash<QString, qint64> m_nodes;
};

// Runs work on a connection of its own to url's database, removed afterwards (so a restarted server does not
// leave the test holding a dead one); false with the driver's words in *error.
bool withCentralDb(const QString &url, const std::function<bool(QSqlQuery &)> &work, QString *error);
