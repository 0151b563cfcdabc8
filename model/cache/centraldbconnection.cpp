#include "cache/centraldbconnection.h"

#include "cache/sqlconnectionsetup.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

CentralDbConnection::CentralDbConnection()
    : m_name(QStringLiteral("gca-centraldb-%1").arg(s_next.fetch_add(1)))
{ }

CentralDbConnection::~CentralDbConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    if (m_added)
        QSqlDatabase::removeDatabase(m_name);
}

Expected<void> CentralDbConnection::open(const SqlAlchemyUrl &url)
{
    m_added = true;
    return SqlConnectionSetup::open(url, m_name);
}

QSqlDatabase CentralDbConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Expected<void> CentralDbConnection::checkSchema(const QSqlDatabase &db, const SqlAlchemyUrl &url)
{
    const QString where = url.redacted();
    const QStringList tables = db.tables();
    if (tables.contains(QLatin1String("cached_images")) && tables.contains(QLatin1String("node_reference")))
        return {};
    if (!tables.contains(QLatin1String("alembic_version")))
        return Expected<void>::failure(
            tr("%1 has no image cache tables (node_reference, cached_images) and no alembic_version "
               "table: it does not hold Glance's database.")
                .arg(where));
    QSqlQuery q(db);
    QStringList revisions;
    if (q.exec(QStringLiteral("SELECT version_num FROM alembic_version"))) {
        while (q.next())
            revisions.append(q.value(0).toString());
    }
    return Expected<void>::failure(
        tr("%1 has no image cache tables (node_reference, cached_images): its Glance schema is at "
           "revision %2, older than 2024.1, whose migration 2024_1_expand01 adds them. Run glance-manage "
           "db sync before using the centralized_db driver.")
            .arg(where, revisions.isEmpty() ? tr("(none recorded)") : revisions.join(QLatin1String(", "))));
}

QString CentralDbConnection::timeAsText(SqlAlchemyUrl::Dialect dialect, const char *column)
{
    const QString c = QString::fromLatin1(column);
    switch (dialect) {
    case SqlAlchemyUrl::Dialect::MySql:
        return QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')").arg(c);
    case SqlAlchemyUrl::Dialect::PostgreSql:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')").arg(c);
    case SqlAlchemyUrl::Dialect::Sqlite:
        break; // SQLAlchemy stores DateTime as that text already
    }
    return c;
}

double CentralDbConnection::epochOf(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return 0;
    double seconds = double(QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch());
    if (text.size() > 20 && text.at(19) == u'.') {
        const QString digits = text.mid(20);
        bool ok = false;
        const double fraction = digits.toDouble(&ok);
        if (ok)
            seconds += fraction / std::pow(10.0, double(digits.size()));
    }
    return seconds;
}
