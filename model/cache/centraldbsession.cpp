#include "cache/centraldbsession.h"

#include "cache/sqlconnectionsetup.h"

#include <atomic>

namespace {
std::atomic<int> s_next{0};
} // namespace

CentralDbSession::CentralDbSession()
    : m_name(QStringLiteral("gca-centraldb-session-%1").arg(s_next.fetch_add(1)))
{
}

CentralDbSession::~CentralDbSession()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    if (m_added)
        QSqlDatabase::removeDatabase(m_name);
}

Expected<void> CentralDbSession::open(const SqlAlchemyUrl &url)
{
    m_added = true;
    return SqlConnectionSetup::open(url, m_name);
}

QSqlDatabase CentralDbSession::db() const
{
    return QSqlDatabase::database(m_name, false);
}
