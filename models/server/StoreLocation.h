#pragma once

#include "store/StoreError.h"

#include <QString>
#include <memory>

class SqlStore;

// The database named on metadesk-server's command line: a file path, or a PostgreSQL
// connection URI (postgresql://user@host:port/db). Every command opens its store through it, so
// each works on both.
class StoreLocation
{
public:
    explicit StoreLocation(const QString &text);

    bool isPostgres() const { return m_postgres; }
    // How messages name it: the file's absolute path, or the address without any password.
    QString display() const;

    std::unique_ptr<SqlStore> open(StoreError *error) const;
    // A new, empty database (a new file; the schema in a database without one).
    std::unique_ptr<SqlStore> create(StoreError *error) const;

private:
    QString m_text;
    bool m_postgres = false;
};
