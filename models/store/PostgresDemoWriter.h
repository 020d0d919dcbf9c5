#pragma once

#include "DemoDataGenerator.h"
#include "DemoDataSink.h"

#include <QStringList>
#include <memory>

class PostgresStore;
class SqlTransaction;

// Demo rows into PostgreSQL with COPY: the rows of each table gather in a buffer and go in one
// COPY per few megabytes (all tables in turn, parents first, so every foreign key holds), in one
// transaction, with the secondary indexes dropped first and built again at the end, as the file
// does. Row by row inserts would cost a round trip each: a million users would take many minutes.
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
    bool sql(const char *statement);
    bool maybeFlush();
    bool flush();

    PostgresStore &m_store;
    std::unique_ptr<SqlTransaction> m_transaction;
    QStringList m_indexSql;
    QByteArray m_rows[TableCount];
    qint64 m_buffered = 0;
    QString m_error;
};
