#pragma once

#include <QSqlDatabase>
#include <QString>

// Brings a MetaDesk database from its `PRAGMA user_version` to the current schema, one
// version at a time, all in one transaction: a failed migration leaves the file as it was.
class SchemaMigrator
{
public:
    static constexpr int kCurrentVersion = 4;

    // Migrates up to `target` (tests use an older target to make old files). Returns an error
    // text, empty on success.
    static QString migrate(QSqlDatabase &db, int target = kCurrentVersion);
    static int version(QSqlDatabase &db);
};
