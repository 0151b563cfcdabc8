#include "regionfixture.h"

#include "cache/sqlconnectionsetup.h"
#include "config/sqlalchemyurl.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace RegionFixture {

QString ubuntuId()
{
    return QStringLiteral("11111111-1111-4111-8111-111111111111");
}
QString cirrosId()
{
    return QStringLiteral("22222222-2222-4222-8222-222222222222");
}
QString windowsId()
{
    return QStringLiteral("33333333-3333-4333-8333-333333333333");
}
QString centosId()
{
    return QStringLiteral("44444444-4444-4444-8444-444444444444");
}
QString unnamedId()
{
    return QStringLiteral("55555555-5555-4555-8555-555555555555");
}
QString missingId()
{
    return QStringLiteral("66666666-6666-4666-8666-666666666666");
}
QString fedoraId()
{
    return QStringLiteral("77777777-7777-4777-8777-777777777777");
}
QString orphanUrl()
{
    return QStringLiteral("http://192.0.2.17:9292");
}

const QVector<Node> &nodes()
{
    static const QVector<Node> n = { { QStringLiteral("http://node-1:9292") }, { QStringLiteral("http://node-2:9292") },
        { QStringLiteral("http://node-3:9292") }, { orphanUrl() } };
    return n;
}

const QVector<Image> &images()
{
    static const QVector<Image> i = {
        { ubuntuId(), QStringLiteral("ubuntu-22.04"), QStringLiteral("active"), 3000,
            QStringLiteral("0123456789abcdef0123456789abcdef"), false },
        { cirrosId(), QStringLiteral("cirros-0.6.2"), QStringLiteral("active"), 200,
            QStringLiteral("fedcba9876543210fedcba9876543210"), false },
        { windowsId(), QStringLiteral("Windows-2022"), QStringLiteral("deactivated"), 5000, QString(), false },
        { centosId(), QStringLiteral("centos-7"), QStringLiteral("deleted"), 1000, QString(), true },
        { unnamedId(), QString(), QStringLiteral("active"), 70, QString(), false },
        { fedoraId(), QStringLiteral("fedora-39"), QStringLiteral("active"), 900, QString(), false },
    };
    return i;
}

const QVector<Copy> &copies()
{
    // Node-1's old URL (3) held the deleted image; the tie on node-2's times is on purpose (MariaDB rounds).
    static const QVector<Copy> c = {
        { 3, centosId(), 1000, 12, QStringLiteral("2024-03-01 09:00:00.000001"),
            QStringLiteral("2024-02-01 08:00:00.500000") },
        { 0, ubuntuId(), 3000, 5, QStringLiteral("2024-05-02 10:00:00.250000"),
            QStringLiteral("2024-05-01 09:00:00.125000") },
        { 1, ubuntuId(), 3000, 0, QStringLiteral("2024-05-01 11:00:00.000000"),
            QStringLiteral("2024-05-01 11:00:00.000002") },
        { 2, ubuntuId(), 3000, 9, QStringLiteral("2024-05-03 12:30:00.750000"),
            QStringLiteral("2024-04-30 08:00:00.000000") },
        { 0, cirrosId(), 200, 41, QStringLiteral("2024-05-04 07:15:00.000100"),
            QStringLiteral("2024-04-01 06:00:00.000000") },
        { 1, windowsId(), 5000, 2, QStringLiteral("2024-05-01 08:00:00.500000"),
            QStringLiteral("2024-05-01 08:00:00.500001") },
        { 2, windowsId(), 4096, 1, QStringLiteral("2024-04-20 20:20:20.202020"),
            QStringLiteral("2024-04-20 20:00:00.000000") },
        { 2, centosId(), 1000, 3, QStringLiteral("2024-04-10 10:10:10.000000"),
            QStringLiteral("2024-04-09 09:09:09.000000") },
        { 0, unnamedId(), 70, 0, QStringLiteral("2024-05-05 05:05:05.000005"),
            QStringLiteral("2024-05-05 05:05:05.000006") },
        { 1, missingId(), 800, 7, QStringLiteral("2024-05-01 08:00:00.500000"),
            QStringLiteral("2024-04-15 15:00:00.000000") },
    };
    return c;
}

double epoch(const QString &text, bool wholeSeconds)
{
    const QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    double s = double(QDateTime(t.date(), t.time(), QTimeZone::utc()).toSecsSinceEpoch());
    if (!wholeSeconds)
        s += text.mid(20).toDouble() / 1e6;
    return s;
}

namespace {

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool insertAll(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const QVariant null = QVariant(QMetaType::fromType<QString>());
    for (const Image &i : images()) {
        if (!exec(q,
                QStringLiteral("INSERT INTO images (id, name, size, status, checksum, os_hash_algo, os_hash_value, "
                               "min_disk, min_ram, created_at, deleted, deleted_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)"),
                { i.id, i.name.isEmpty() ? null : QVariant(i.name), i.size, i.status,
                    i.checksum.isEmpty() ? null : QVariant(i.checksum),
                    i.checksum.isEmpty() ? null : QVariant(QStringLiteral("sha512")),
                    i.checksum.isEmpty() ? null : QVariant(QString(i.checksum).repeated(4)),
                    QStringLiteral("2024-01-01 00:00:00"), i.deleted,
                    i.deleted ? QVariant(QStringLiteral("2024-04-30 00:00:00")) : null },
                error))
            return false;
    }
    QVector<qint64> ids;
    for (const Node &n : nodes()) {
        if (!exec(q, QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)"), { n.url }, error)
            || !exec(q, QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?"),
                { n.url }, error))
            return false;
        if (!q.next()) {
            *error = QStringLiteral("node_reference has no row for ") + n.url;
            return false;
        }
        ids.append(q.value(0).toLongLong());
    }
    for (const Copy &c : copies()) {
        if (!exec(q,
                QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, "
                               "checksum, node_reference_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { c.imageId, c.accessed, c.modified, c.size, c.hits, null, ids.at(c.node) }, error))
            return false;
    }
    return true;
}

} // namespace

bool populate(const QString &url, QString *error)
{
    const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
    if (!parsed) {
        *error = parsed.error();
        return false;
    }
    const QString name = QStringLiteral("regionfixture");
    bool ok = false;
    {
        const Expected<void> opened = SqlConnectionSetup::open(*parsed, name);
        if (!opened)
            *error = opened.error();
        else
            ok = insertAll(QSqlDatabase::database(name, false), error);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace RegionFixture
