#include "cache/centraldbconnection.h"

#include "cache/centraldbschema.h"
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
    // Not db.tables() alone: MariaDB hides the tables an account may not read, which is another sentence.
    const Expected<bool> present = CentralDbSchema::hasCacheTables(db, url);
    if (!present)
        return Expected<void>::failure(present.error());
    if (*present)
        return {};
    if (!db.tables().contains(QLatin1String("alembic_version")))
        return Expected<void>::failure(
            tr("%1 has no image cache tables (node_reference, cached_images) and no alembic_version "
               "table: it does not hold Glance's database.")
                .arg(where));
    const QStringList revisions = CentralDbSchema::revisions(db);
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

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The digits of text[from, from + n) as a number, or -1.
int digitsAt(QStringView text, int from, int n)
{
    int v = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

double CentralDbConnection::epochOf(const QString &text)
{
    // By hand for 'YYYY-MM-DD HH:MM:SS[.ffffff]': QDate/QTime::fromString were half of a 100k-row listing's CPU.
    if (text.size() >= 19 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(13) == u':' && text.at(16) == u':') {
        const int y = digitsAt(text, 0, 4), mo = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        const int h = digitsAt(text, 11, 2), mi = digitsAt(text, 14, 2), sec = digitsAt(text, 17, 2);
        const int n = int(text.size());
        const bool fractionOk = n == 19 || (text.at(19) == u'.' && n <= 26 && (n == 20 || digitsAt(text, 20, n - 20) >= 0));
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0
            && sec < 61 && fractionOk) {
            double seconds = double(daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec);
            if (n > 20)
                seconds += digitsAt(text, 20, n - 20) / std::pow(10.0, double(n - 20));
            return seconds;
        }
    }
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
