#pragma once

#include "SqlStore.h"
#include "StoreError.h"

#include <memory>

class PostgresConnection;

// A MetaDesk database on PostgreSQL: SqlStore's rules on a libpq connection. Several
// metadesk-server processes may serve one database at once: every write of a request is one
// transaction that locks its account's row first (SqlDialect::accountLock), so revisions are
// handed out one at a time per account and an If-Match check sees every earlier write.
class PostgresStore final : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)
public:
    // A connection URI (postgresql://user@host:port/db), as opposed to a file path.
    static bool isAddress(const QString &location);
    // Opens a database holding the MetaDesk schema, migrating an older one.
    static std::unique_ptr<PostgresStore> open(const QString &uri, StoreError *error);
    // Creates the schema in a database that holds none; refuses one that already has it.
    static std::unique_ptr<PostgresStore> create(const QString &uri, StoreError *error);
    // Drops the MetaDesk tables and everything in them (init --force); empty on success.
    static QString dropSchema(const QString &uri);
    ~PostgresStore() override;

    PostgresConnection &postgres() const { return *m_postgres; }
    // The address without any password, for messages.
    QString address() const { return m_address; }

private:
    explicit PostgresStore(const QString &uri);
    StoreError connect(const QString &uri, bool create);

    QString m_address;
    PostgresConnection *m_postgres = nullptr;
};
