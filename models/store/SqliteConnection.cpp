#include "SqliteConnection.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

SqliteConnection::SqliteConnection(sqlite3 *handle)
    : SqlConnection(SqlDialect::Kind::Sqlite)
    , m_handle(handle)
{}

std::unique_ptr<SqlStatementBackend> SqliteConnection::prepare(const QByteArray &sql)
{
    return std::make_unique<SqliteStatement>(m_handle, sql.constData());
}

bool SqliteConnection::execute(const char *sql)
{
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    const int primary = rc & 0xff;
    m_lastFailureBusy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    return rc == SQLITE_OK;
}

bool SqliteConnection::inTransaction() const
{
    // sqlite3_get_autocommit() is 0 exactly while a transaction is open on the connection.
    return m_handle && sqlite3_get_autocommit(m_handle) == 0;
}

QString SqliteConnection::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}
