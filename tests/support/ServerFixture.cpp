#include "ServerFixture.h"

#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

ServerFixture::ServerFixture() = default;
ServerFixture::~ServerFixture() = default;

bool ServerFixture::setUp(qint64 users, const QStringList &serverArguments)
{
    m_file = m_dir.filePath(QStringLiteral("served.db"));
    if (!TestFiles::createDemo(m_file, users, 7)) {
        m_error = QStringLiteral("cannot create the demo file");
        return false;
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
    StoreError storeError;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(m_file, &storeError);
    if (!store) {
        m_error = storeError.text();
        return std::nullopt;
    }
    ApiKeyRegistry registry(*store);
    return registry.add(account, endpoints, ips, &m_error);
}

bool ServerFixture::revokeKey(const QString &apiId)
{
    StoreError storeError;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(m_file, &storeError);
    if (!store) {
        m_error = storeError.text();
        return false;
    }
    ApiKeyRegistry registry(*store);
    return registry.revoke(apiId, &m_error);
}

qint64 ServerFixture::addGroup(qint64 account, const QString &name)
{
    StoreError storeError;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(m_file, &storeError);
    return store ? store->addGroup(account, name) : 0;
}

QString ServerFixture::dump() const
{
    return TestFiles::dump(m_file);
}

std::unique_ptr<ApiClient> ServerFixture::clientFor(const NewApiKey &key) const
{
    return std::make_unique<ApiClient>(m_server.baseUrl(), key.apiId, key.key);
}
