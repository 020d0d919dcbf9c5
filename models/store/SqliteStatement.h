#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite handle that QtSql opened. The bulk paths (applying
// 100,000 edits, generating a million demo users) use it because QSqlQuery's per-row QVariant
// round trips would cost more than the row itself; everything else goes through QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
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

    // Runs one step; true while a row is available. Errors are kept for errorText().
    bool step();
    // Runs the statement to completion and resets it for the next use; false on error.
    bool exec();
    void reset();

    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL
    bool failed() const { return m_failed; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    QString m_error;
};
