#pragma once

#include "SqlStatementBackend.h"

#include <QHash>
#include <vector>

struct pg_conn;
struct pg_result;
class PostgresConnection;

// A statement on PostgreSQL: the server backend of SqlStatement. Parameters are sent as text
// (bytea as binary) with their types left to the server, which infers them from the statement
// as SQLite's affinity does; the statement is prepared once per connection and text
// (PostgresConnection keeps the prepared names). The whole result is fetched at the first
// step(): the store's reads are pages, never whole tables.
class PostgresStatement final : public SqlStatementBackend
{
public:
    PostgresStatement(PostgresConnection &connection, const QByteArray &sql);
    ~PostgresStatement() override;

    bool isValid() const override { return m_valid; }
    QString errorText() const override { return m_error; }

    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bindUtf8(int index, const QByteArray &utf8) override;
    void bindNull(int index) override;
    void bindBlob(int index, const QByteArray &bytes) override;
    int parameterIndex(const QByteArray &name) const override;

    bool step() override;
    void reset() override;

    qint64 columnInt64(int column) const override;
    double columnDouble(int column) const override;
    QString columnText(int column) const override;
    QByteArray columnBlob(int column) const override;
    int columnCount() const override;
    bool columnIsNull(int column) const override;

    bool failed() const override { return m_failed; }
    bool failedBusy() const override { return m_failedBusy; }
    qint64 changedRows() const override { return m_changedRows; }

private:
    struct Parameter
    {
        QByteArray value;
        bool null = true;
        bool binary = false;
    };
    void set(int index, QByteArray value, bool binary);
    bool run();
    void fail(pg_result *result);
    const char *value(int column) const;

    PostgresConnection &m_connection;
    QByteArray m_sql;               // with $n parameters
    QByteArray m_name;              // of the prepared statement; empty: run unprepared
    QHash<QByteArray, int> m_names; // ":name" -> index
    std::vector<Parameter> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_ran = false;
    bool m_valid = true;
    bool m_failed = false;
    bool m_failedBusy = false;
    qint64 m_changedRows = 0;
    QString m_error;
};
