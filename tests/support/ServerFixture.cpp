#include "ServerFixture.h"

#include "PostgresCluster.h"
#include "TestFiles.h"
#include "server/StoreLocation.h"
#include "store/ApiKeyRegistry.h"
#include "store/PostgresDemoWriter.h"
#include "store/PostgresStore.h"
#include "store/SqlStatement.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <atomic>

namespace {
std::unique_ptr<SqlStore> openStore(const QString &location, QString *error)
{
    StoreError storeError;
    std::unique_ptr<SqlStore> store = StoreLocation(location).open(&storeError);
    if (!store)
        *error = storeError.text();
    return store;
}
} // namespace

ServerFixture::ServerFixture(PostgresCluster *cluster)
    : m_cluster(cluster)
{}

ServerFixture::~ServerFixture() = default;

bool ServerFixture::setUp(qint64 users, const QStringList &serverArguments)
{
    if (m_cluster) {
        static std::atomic<int> serial{0};
        const QString name =
            QStringLiteral("fixture_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
        m_file = m_cluster->createDatabase(name);
        if (m_file.isEmpty()) {
            m_error = m_cluster->error();
            return false;
        }
        StoreError storeError;
        std::unique_ptr<PostgresStore> store = PostgresStore::create(m_file, &storeError);
        if (!store) {
            m_error = storeError.text();
            return false;
        }
        m_error = PostgresDemoWriter::generate(*store, {users, 7});
        if (!m_error.isEmpty())
            return false;
    } else {
        m_file = m_dir.filePath(QStringLiteral("served.db"));
        if (!TestFiles::createDemo(m_file, users, 7)) {
            m_error = QStringLiteral("cannot create the demo file");
            return false;
        }
    }
    const std::optional<NewApiKey> key = addKey(1);
    if (!key)
        return false;
    if (!m_server.start(m_file, serverArguments)) {
        m_error = m_server.error();
        return false;
    }
    m_client = clientFor(*key);
    return true;
}

std::optional<NewApiKey> ServerFixture::addKey(qint64 account, const QStringList &endpoints,
                                               const QStringList &ips)
{
    std::unique_ptr<SqlStore> store = openStore(m_file, &m_error);
    if (!store)
        return std::nullopt;
    ApiKeyRegistry registry(*store);
    return registry.add(account, endpoints, ips, &m_error);
}

bool ServerFixture::revokeKey(const QString &apiId)
{
    std::unique_ptr<SqlStore> store = openStore(m_file, &m_error);
    if (!store)
        return false;
    ApiKeyRegistry registry(*store);
    return registry.revoke(apiId, &m_error);
}

qint64 ServerFixture::addGroup(qint64 account, const QString &name)
{
    std::unique_ptr<SqlStore> store = openStore(m_file, &m_error);
    return store ? store->addGroup(account, name) : 0;
}

bool ServerFixture::execute(const QString &sql)
{
    std::unique_ptr<SqlStore> store = openStore(m_file, &m_error);
    if (!store)
        return false;
    SqlStatement q(store->connection(), sql);
    if (q.exec())
        return true;
    m_error = q.errorText();
    return false;
}

QString ServerFixture::dump() const
{
    return TestFiles::dump(m_file);
}

std::unique_ptr<ApiClient> ServerFixture::clientFor(const NewApiKey &key) const
{
    return std::make_unique<ApiClient>(m_server.baseUrl(), key.apiId, key.key);
}
