#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>

class SqlConnection;
class SqlDialect;
class SqlStatementBackend;

// A prepared statement on a SqlConnection: the one way the store's rules run SQL, on a database
// file (SQLite) and on PostgreSQL alike. Parameters are numbered (?1) or named (:name); the
// connection's backend spells them as its database wants. The database's own C API is used
// below, not QtSql, because the bulk paths (applying 100,000 edits, a million demo users) would
// spend more on QSqlQuery's per-row QVariant round trips than on the rows themselves.
class SqlStatement
{
public:
    SqlStatement(SqlConnection *connection, const char *sql);
    SqlStatement(SqlConnection *connection, const QString &sql);
    SqlStatement(SqlConnection *connection, const QByteArray &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const;
    // How the connection spells what differs (MetaValueCodec binds a value by it).
    const SqlDialect &dialect() const;
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
    // The index of a named parameter; 0 when the statement has none of that name.
    int parameterIndex(const QString &name) const;

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
    bool columnIsNull(int column) const;
    bool failed() const;
    // The failure was another writer's lock (after the wait), not a broken statement.
    bool failedBusy() const;
    // Rows the last finished INSERT, UPDATE or DELETE changed.
    qint64 changedRows() const;

private:
    SqlConnection *m_connection;
    std::unique_ptr<SqlStatementBackend> m_backend;
};
