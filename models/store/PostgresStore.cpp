#include "PostgresStore.h"

#include "PostgresConnection.h"
#include "PostgresSchema.h"

PostgresStore::PostgresStore(const QString &uri)
    : m_address(PostgresConnection::redacted(uri))
{}

PostgresStore::~PostgresStore() = default;

bool PostgresStore::isAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString PostgresStore::dropSchema(const QString &uri)
{
    QString problem;
    std::unique_ptr<PostgresConnection> connection = PostgresConnection::open(uri, &problem);
    if (!connection)
        return problem;
    QByteArray sql = "BEGIN; DROP TABLE IF EXISTS metadesk_schema";
    for (const char *table : PostgresSchema::kTables)
        sql += QByteArray(", ") + table;
    sql += " CASCADE; COMMIT";
    if (!connection->execute(sql.constData()))
        return connection->errorText();
    return {};
}

std::unique_ptr<PostgresStore> PostgresStore::open(const QString &uri, StoreError *error)
{
    std::unique_ptr<PostgresStore> store(new PostgresStore(uri));
    *error = store->connect(uri, false);
    return error->isError() ? nullptr : std::move(store);
}

std::unique_ptr<PostgresStore> PostgresStore::create(const QString &uri, StoreError *error)
{
    std::unique_ptr<PostgresStore> store(new PostgresStore(uri));
    *error = store->connect(uri, true);
    return error->isError() ? nullptr : std::move(store);
}

StoreError PostgresStore::connect(const QString &uri, bool create)
{
    QString problem;
    std::unique_ptr<PostgresConnection> connection = PostgresConnection::open(uri, &problem);
    if (!connection)
        return {StoreError::Kind::Missing, m_address, problem};
    const int version = PostgresSchema::version(*connection, &problem);
    if (version < 0)
        return {StoreError::Kind::Sql, m_address, problem};
    if (create && version > 0)
        return {StoreError::Kind::AlreadyExists, m_address,
                tr("the database already holds a MetaDesk schema")};
    if (!create && version == 0)
        return {StoreError::Kind::NotMetaDesk, m_address,
                tr("the database holds no MetaDesk schema (run metadesk-server init first)")};
    if (version > PostgresSchema::kCurrentVersion)
        return {StoreError::Kind::NewerVersion, m_address,
                tr("the database was made by a newer MetaDesk (schema %1, this one knows %2)")
                    .arg(version)
                    .arg(PostgresSchema::kCurrentVersion)};
    problem = PostgresSchema::migrate(*connection);
    if (!problem.isEmpty())
        return {StoreError::Kind::Sql, m_address, problem};
    m_postgres = connection.get();
    setConnection(std::move(connection));
    return {};
}
