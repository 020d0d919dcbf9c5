#pragma once

#include <QCoreApplication>
#include <QString>

class PostgresConnection;

// The MetaDesk schema on PostgreSQL and its migrations, the counterpart of SchemaMigrator's file
// schema: the same tables, keys and revisions, in PostgreSQL's types. Its version lives in the
// table metadesk_schema (a file keeps it in PRAGMA user_version).
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)
public:
    static constexpr int kCurrentVersion = 1;
    // The tables of a server database: what `copy` moves and checks, in an order that keeps
    // every foreign key satisfied while rows are inserted.
    static constexpr const char *kTables[] = {
        "accounts",      "users",       "user_accounts", "user_groups",    "memberships",
        "meta_fields",   "meta_values", "api_keys",      "removed_values", "removed_memberships",
        "removed_fields"};

    // The schema version; 0 when the database holds no MetaDesk schema; -1 on an error.
    static int version(PostgresConnection &connection, QString *error);
    // Brings the schema to kCurrentVersion in one transaction; an advisory lock keeps two
    // instances starting at once from migrating together. Empty on success, else why not.
    static QString migrate(PostgresConnection &connection);
};
