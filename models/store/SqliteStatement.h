#pragma once

#include "SqlStatementBackend.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on a SQLite handle: the file backend of SqlStatement, and what code that
// only ever works on a file (its checks, tests) uses directly. The SQLite C API is used, not
// QtSql, because the bulk paths would spend more on QVariant round trips than on the rows.
class SqliteStatement final : public SqlStatementBackend
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const override { return m_stmt != nullptr; }
    QString errorText() const override;

    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bind(int index, const QString &value);
    void bindUtf8(int index, const QByteArray &utf8) override;
    void bindNull(int index) override;
    void bindBlob(int index, const QByteArray &bytes) override;
    // Binds a named parameter (":name"; every use of the name gets the value) by the value's
    // type: integers, doubles, text, or null.
    void bind(const QString &name, const QVariant &value);
    int parameterIndex(const QByteArray &name) const override;

    // Runs one step; true while a row is available. Errors are kept for errorText().
    bool step() override;
    // Runs the statement to completion and resets it for the next use; false on error.
    bool exec();
    void reset() override;

    qint64 columnInt64(int column) const override;
    double columnDouble(int column) const override;
    QString columnText(int column) const override;
    QByteArray columnBlob(int column) const override;
    int columnCount() const override;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL
    bool columnIsNull(int column) const override;
    bool failed() const override { return m_failed; }
    // The failure was another connection's lock (after the busy timeout), not a broken statement.
    bool failedBusy() const override { return m_failedBusy; }
    // Rows the last finished INSERT, UPDATE or DELETE on the connection changed.
    qint64 changedRows() const override;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    bool m_failedBusy = false;
    QString m_error;
};
