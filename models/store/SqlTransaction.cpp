#include "SqlTransaction.h"

#include "SqlConnection.h"

SqlTransaction::SqlTransaction(SqlConnection *db, Mode mode)
    : m_db(db)
{
    if (!m_db) {
        fail(Failure::Sql, tr("there is no open database"));
        return;
    }
    if (m_db->inTransaction()) {
        fail(Failure::Nested, tr("a transaction is already open on this connection"));
        return;
    }
    const SqlDialect &dialect = m_db->dialect();
    if (!m_db->execute(mode == Mode::Immediate ? dialect.beginWrite() : dialect.beginRead())) {
        failFromConnection();
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
    if (!m_db->execute("COMMIT")) {
        failFromConnection();
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
    if (m_db->inTransaction())
        m_db->execute("ROLLBACK");
}

void SqlTransaction::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    m_errorText = text;
}

void SqlTransaction::failFromConnection()
{
    fail(m_db->lastFailureBusy() ? Failure::Busy : Failure::Sql, m_db->errorText());
}
