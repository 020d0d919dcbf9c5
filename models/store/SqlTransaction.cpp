#include "SqlTransaction.h"

#include <sqlite3.h>

SqlTransaction::SqlTransaction(sqlite3 *db, Mode mode)
    : m_db(db)
{
    if (!m_db) {
        fail(Failure::Sql, tr("there is no open database"));
        return;
    }
    // sqlite3_get_autocommit() is 0 exactly while a transaction is open on the connection.
    if (sqlite3_get_autocommit(m_db) == 0) {
        fail(Failure::Nested, tr("a transaction is already open on this connection"));
        return;
    }
    const int rc = sqlite3_exec(m_db, mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN",
                                nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failFromSqlite(rc);
        return;
    }
    m_active = true;
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active) {
        fail(Failure::NotActive, tr("there is no transaction to commit"));
        return false;
    }
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failFromSqlite(rc);
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed statement may already have ended the transaction (SQLite rolls back on some
    // errors); then there is nothing left to roll back.
    if (sqlite3_get_autocommit(m_db) == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqlTransaction::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    m_errorText = text;
}

void SqlTransaction::failFromSqlite(int code)
{
    const int primary = code & 0xff;
    fail(primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? Failure::Busy : Failure::Sql,
         QString::fromUtf8(sqlite3_errmsg(m_db)));
}
