#include "centraldbrows.h"

#include "cache/sqlconnectionsetup.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {
std::atomic<int> s_next{0};
}

CentralDbRows::CentralDbRows(const QString &url)
    : m_name(QStringLiteral("test-centraldb-rows-%1").arg(s_next.fetch_add(1)))
{
    const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
    if (!parsed) {
        m_error = parsed.error();
        return;
    }
    if (const Expected<void> opened = SqlConnectionSetup::open(*parsed, m_name); !opened)
        m_error = opened.error();
}

CentralDbRows::~CentralDbRows()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool CentralDbRows::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 CentralDbRows::node(const QString &url)
{
    if (m_nodes.contains(url))
        return m_nodes.value(url);
    for (bool inserted = false;; inserted = true) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?"));
        q.addBindValue(url);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return -1;
        }
        if (q.next()) {
            m_nodes.insert(url, q.value(0).toLongLong());
            return m_nodes.value(url);
        }
        if (inserted || !exec(QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)"), {url}))
            return -1;
    }
}

qint64 CentralDbRows::addRow(const QString &nodeUrl, const QString &imageId, const QString &accessed,
                             const QString &modified, qint64 size, int hits, const QString &checksum)
{
    const qint64 nodeId = node(nodeUrl);
    if (nodeId < 0)
        return -1;
    const QVariant sum = checksum.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(checksum);
    if (!exec(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, "
                             "checksum, node_reference_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {imageId, accessed, modified, size, hits, sum, nodeId}))
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(QStringLiteral("SELECT id FROM cached_images WHERE image_id = ? AND node_reference_id = ?"));
    q.addBindValue(imageId);
    q.addBindValue(nodeId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool withCentralDb(const QString &url, const std::function<bool(QSqlQuery &)> &work, QString *error)
{
    const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
    const QString name = QStringLiteral("test-with-central-db");
    bool ok = false;
    {
        const Expected<void> opened = parsed ? SqlConnectionSetup::open(*parsed, name) : Expected<void>::failure(parsed.error());
        QSqlQuery q(QSqlDatabase::database(name, false));
        ok = opened && work(q);
        if (!ok)
            *error = opened ? q.lastError().text() : opened.error();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
