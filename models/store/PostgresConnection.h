#pragma once

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QHash>

struct pg_conn;
struct pg_result;

// A SqlConnection to PostgreSQL through libpq. The address is a connection URI
// (postgresql://user@host:port/db); the password comes only from PGPASSWORD or the password
// file (PGPASSFILE, ~/.pgpass), as libpq reads them, never from the command line, and no
// message of this class repeats a password.
class PostgresConnection final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)
public:
    // A statement text with SQLite's parameters (?1, ?, :name) turned into PostgreSQL's ($1).
    struct Translated
    {
        QByteArray sql;
        int parameterCount = 0;
        QHash<QByteArray, int> names;
    };

    // Connects; on failure null and `error` says why (without any password).
    static std::unique_ptr<PostgresConnection> open(const QString &uri, QString *error);
    ~PostgresConnection() override;

    pg_conn *handle() const { return m_conn; }

    std::unique_ptr<SqlStatementBackend> prepare(const QByteArray &sql) override;
    bool execute(const char *sql) override;
    bool inTransaction() const override;
    QString errorText() const override { return m_error; }
    bool lastFailureBusy() const override { return m_lastFailureBusy; }

    static Translated translate(const QByteArray &sql);
    // The name of the prepared statement for `sql` on this connection, preparing it the first
    // time; empty when the statement is to run unprepared (too many distinct texts, such as
    // id lists) or failed to prepare (then `error` says why).
    QByteArray preparedName(const Translated &sql, QString *error, bool *busy);
    // A failed result's SQLSTATE means another writer's lock, a deadlock or a serialization
    // failure: the request may be retried.
    static bool isBusy(const pg_result *result);
    static QString messageOf(const pg_result *result);
    // The URI with any password taken out, for messages.
    static QString redacted(const QString &uri);

private:
    explicit PostgresConnection(pg_conn *conn);

    pg_conn *m_conn;
    QHash<QByteArray, QByteArray> m_prepared; // translated text -> statement name
    QString m_error;
    bool m_lastFailureBusy = false;
};
