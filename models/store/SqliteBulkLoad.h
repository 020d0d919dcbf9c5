#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <initializer_list>

class SqlConnection;

// Loads a new database file in bulk, the one place for how (the demo writer and the offline copy
// both do it): while the file is written it has no journal and is not synced, because a file
// that was never whole is removed, not recovered; secondary indexes are dropped and built again
// at the end, since building an index once from sorted rows is several times cheaper than
// inserting every entry at a random place; the last commit is synced, and then the file gets the
// settings every MetaDesk file has. The tables' triggers are set aside with the indexes: they
// note offline changes, and a load is not a change (each one costs a third of an insert).
class SqliteBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkLoad)
public:
    explicit SqliteBulkLoad(SqlConnection *db);

    // Before the first transaction.
    bool start();
    // Inside a transaction: drops the secondary indexes and the triggers of `tables`, keeping
    // their definitions.
    bool dropIndexesAndTriggers(const QStringList &tables);
    // Inside a transaction: what was dropped made again, of `tables` only if given (a table
    // whose rows are all in can have its indexes while another is still loaded).
    bool remakeIndexesAndTriggers(const QStringList &tables = {});
    // Outside a transaction (SQLite refuses it inside), before the one whose commit makes the
    // file whole: from then on commits reach the disk before they are done.
    bool syncCommits();
    // After the last commit: write-ahead log and normal syncing, as SqliteStore opens a file.
    bool finish();

    QString errorText() const { return m_error; }

private:
    struct Dropped
    {
        QByteArray drop, create; // its DROP and its CREATE INDEX / CREATE TRIGGER statements
        QString table;
    };
    bool run(std::initializer_list<const char *> pragmas);

    SqlConnection *m_db;
    QList<Dropped> m_dropped;
    QString m_error;
};
