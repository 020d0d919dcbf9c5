#pragma once

#include "SqlConnection.h"

struct sqlite3;

// A SqlConnection over an open SQLite handle. It does not own the handle: SqliteStore opens
// and closes the file and keeps the file-only operations (checkpoints, busy timeout).
class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(sqlite3 *handle);

    sqlite3 *handle() const { return m_handle; }

    std::unique_ptr<SqlStatementBackend> prepare(const QByteArray &sql) override;
    bool execute(const char *sql) override;
    bool inTransaction() const override;
    QString errorText() const override;
    bool lastFailureBusy() const override { return m_lastFailureBusy; }

private:
    sqlite3 *m_handle;
    bool m_lastFailureBusy = false;
};
