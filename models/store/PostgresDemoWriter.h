#pragma once

#include "DemoDataGenerator.h"
#include "DemoDataSink.h"

#include <QByteArrayList>
#include <memory>

class PostgresStore;
class SqlTransaction;

// Demo rows into PostgreSQL with COPY, in one transaction. What makes a million users fast:
// - the four big tables lose their keys, indexes and foreign keys first and get them back at
//   the end: a sorted index build and one join per foreign key instead of an index insert and a
//   foreign key lookup per row (the lookups alone took minutes);
// - the tables are emptied with TRUNCATE in the same transaction, so COPY FREEZE writes the rows
//   already frozen (no later pass rewrites every page to set hint bits), and a cluster with
//   `wal_level = minimal` writes no WAL for them: the transaction's new files are synced at
//   commit instead. Nothing is at risk: a crash before the commit leaves the empty tables;
// - each table's rows go as one COPY per few megabytes, and the client does not wait for a
//   COPY's answer until it sends the next one: it generates rows while the server stores them.
class PostgresDemoWriter final : public DemoDataSink
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDemoWriter)
public:
    static QString generate(PostgresStore &store, const DemoDataGenerator::Options &options);

    explicit PostgresDemoWriter(PostgresStore &store);
    ~PostgresDemoWriter() override;

    bool begin() override;
    bool addAccount(qint64 id, const QString &name) override;
    qint64 addGroup(qint64 accountId, const QString &name) override;
    qint64 addField(qint64 accountId, const QString &name, const QByteArray &definition,
                    qint64 position) override;
    bool addUser(const UserRow &user) override;
    bool addAccess(qint64 accountId, qint64 userId) override;
    bool addMembership(qint64 userId, qint64 groupId) override;
    bool addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                  const QJsonValue &value) override;
    bool finish() override;
    QString errorText() const override { return m_error; }

    // Appends `text` as one field of a COPY text row (backslash escapes).
    static void appendField(QByteArray &row, const QByteArray &utf8);

private:
    enum Table
    {
        Users,
        Access,
        Memberships,
        Values,
        TableCount
    };
    bool sql(const QByteArray &statement);
    // Takes the keys, indexes and foreign keys off the big tables; m_restore puts them back.
    bool dropConstraints();
    // A row of two ids (an account access, a membership).
    bool addPair(Table table, qint64 first, qint64 second);
    bool rowAdded(Table table);
    // Sends the table's rows as one COPY and returns without waiting for its answer.
    bool flush(Table table);
    // Waits for the answer of the COPY sent last, if any.
    bool awaitCopy();

    PostgresStore &m_store;
    std::unique_ptr<SqlTransaction> m_transaction;
    QByteArrayList m_restore; // in order: keys, indexes, foreign keys
    QByteArray m_rows[TableCount];
    bool m_copyPending = false;
    QString m_error;
};
