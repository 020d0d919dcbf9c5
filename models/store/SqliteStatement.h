#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on a SqliteStore's connection: the one way MetaDesk runs SQL. The SQLite
// C API is used directly, not QtSql, because the bulk paths (applying 100,000 edits, generating
// a million demo users) would spend more on QSqlQuery's per-row QVariant round trips than on the
// rows themselves, and one style everywhere keeps transactions (SqlTransaction) and error codes
// in one hand.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorText() const;

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes);
    // Binds a named parameter (":name"; every use of the name gets the value) by the value's
    // type: integers, doubles, text, or null.
    void bind(const QString &name, const QVariant &value);

    // Runs one step; true while a row is available. Errors are kept for errorText().
    bool step();
    // Runs the statement to completion and resets it for the next use; false on error.
    bool exec();
    void reset();

    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    int columnCount() const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL
    bool columnIsNull(int column) const;
    bool failed() const { return m_failed; }
    // The failure was another connection's lock (after the busy timeout), not a broken statement.
    bool failedBusy() const { return m_failedBusy; }
    // Rows the last finished INSERT, UPDATE or DELETE on the connection changed.
    qint64 changedRows() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    bool m_failedBusy = false;
    QString m_error;
};
