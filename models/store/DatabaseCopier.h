#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class SqlStore;

// Copies a whole server database from one store to another (a file and PostgreSQL, either way):
// every table of the server's data and keys, meta values converted to the target's way of
// keeping them (MetaValueCodec). One transaction on the target: before it commits, each table's
// rows are counted and checksummed on both sides and must agree, so a copy is whole or nothing.
// A target that already holds data is refused unless `replace` is set.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)
public:
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        QByteArray checksum; // SHA-256 (hex) over the rows in key order, as both sides read them
    };

    DatabaseCopier(SqlStore &source, SqlStore &target);

    // Empty on success, else why not (and the target is unchanged).
    QString copy(bool replace);
    const QList<TableCheck> &checks() const { return m_checks; }

private:
    QString check(SqlStore &store, QList<TableCheck> &checks);

    SqlStore &m_source;
    SqlStore &m_target;
    QList<TableCheck> m_checks;
};
