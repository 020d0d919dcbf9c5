#pragma once

#include <QString>

struct sqlite3;
#include <QString>

// Brings a MetaDesk database from its `PRAGMA user_version` to the current schema, one
// version at a time, all in one transaction: a failed migration leaves the file as it was.
class SchemaMigrator
{
public:
    static constexpr int kCurrentVersion = 9;

    // Migrates up to `target` (tests use an older target to make old files). Returns an error
    // text, empty on success.
    static QString migrate(sqlite3 *db, int target = kCurrentVersion);
    static int version(sqlite3 *db);
};
