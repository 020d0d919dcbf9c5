#pragma once

#include "SqlDialect.h"

#include <QByteArray>
#include <QString>
#include <memory>

class SqlStatementBackend;

// One connection to a MetaDesk database: a file (SqliteConnection) or PostgreSQL
// (PostgresConnection). SqlStatement and SqlTransaction run everything through it; the store's
// rules never know which one it is, except for the few spellings in dialect().
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const SqlDialect &dialect() const { return m_dialect; }

    // A prepared statement; an invalid one (errorText() says why) when the SQL is refused.
    virtual std::unique_ptr<SqlStatementBackend> prepare(const QByteArray &sql) = 0;
    // Runs statements without parameters or rows (BEGIN, COMMIT, DDL); false on error.
    virtual bool execute(const char *sql) = 0;
    // Inside a transaction (begun and neither committed nor rolled back).
    virtual bool inTransaction() const = 0;
    // The last error of the connection, for logs and error details (not for deciding anything).
    virtual QString errorText() const = 0;
    // The last failure of execute() was another writer's lock or a deadlock.
    virtual bool lastFailureBusy() const = 0;

protected:
    explicit SqlConnection(SqlDialect::Kind kind)
        : m_dialect(kind)
    {}

private:
    SqlDialect m_dialect;
};
