#pragma once

#include "config/sqlalchemyurl.h"
#include "core/expected.h"

#include <QSqlDatabase>
#include <QString>

// One Qt SQL connection to Glance's central database for one piece of work, on the calling thread; removed
// when the session goes out of scope. Declare it before any QSqlQuery on it so that the queries die first.
// (CentralizedDbBackend keeps an identical private one of its own.)
class CentralDbSession
{
public:
    CentralDbSession();
    ~CentralDbSession();
    CentralDbSession(const CentralDbSession &) = delete;
    CentralDbSession &operator=(const CentralDbSession &) = delete;

    // Connects as SqlConnectionSetup::open does; the failure's sentence never holds the password.
    Expected<void> open(const SqlAlchemyUrl &url);
    QSqlDatabase db() const;

private:
    QString m_name;
    bool m_added = false;
};
