#pragma once

#include <QByteArray>
#include <QString>

// What a database backend does for one prepared statement (SqliteStatement on a file,
// PostgresStatement on a server). Code never uses it alone: SqlStatement holds one and is the
// one way the store's rules run SQL, so every rule is written once for both backends.
class SqlStatementBackend
{
public:
    virtual ~SqlStatementBackend() = default;

    virtual bool isValid() const = 0;
    virtual QString errorText() const = 0;

    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bindUtf8(int index, const QByteArray &utf8) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindBlob(int index, const QByteArray &bytes) = 0;
    // The index of a named parameter (":name"); 0 when the statement has none of that name.
    virtual int parameterIndex(const QByteArray &name) const = 0;

    // Runs one step; true while a row is available. Errors are kept for errorText().
    virtual bool step() = 0;
    // Makes the statement ready to run again with new parameters.
    virtual void reset() = 0;

    virtual qint64 columnInt64(int column) const = 0;
    virtual double columnDouble(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    virtual QByteArray columnBlob(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual bool columnIsNull(int column) const = 0;

    virtual bool failed() const = 0;
    // The failure was another writer's lock (or a deadlock), not a broken statement.
    virtual bool failedBusy() const = 0;
    // Rows the last finished INSERT, UPDATE or DELETE changed.
    virtual qint64 changedRows() const = 0;

protected:
    SqlStatementBackend() = default;
    SqlStatementBackend(const SqlStatementBackend &) = delete;
    SqlStatementBackend &operator=(const SqlStatementBackend &) = delete;
};
