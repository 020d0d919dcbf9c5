#include "StoreSql.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

class ApiKeysTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_store = SqliteStore::create(m_dir.filePath(QStringLiteral("keys.db")), &error);
        QVERIFY2(m_store, qPrintable(error.text()));
        QVERIFY(m_store->addAccount(QStringLiteral("Main")) == 1);
        QVERIFY(m_store->addAccount(QStringLiteral("Other")) == 2);
    }

    void shouldStoreOnlyASaltedHashOfTheKey()
    {
        ApiKeyRegistry registry(*m_store);
        QString error;
        const auto a = registry.add(1, {}, {}, &error);
        const auto b = registry.add(1, {}, {}, &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->key.size() >= 40);
        QVERIFY(a->key != b->key && a->apiId != b->apiId);
        QSet<QByteArray> salts;
        for (const QVariantList &row : StoreSql::rows(
                 *m_store, QStringLiteral("SELECT api_id, salt, key_hash FROM api_keys"))) {
            const QByteArray hash = row.at(2).toByteArray();
            QVERIFY(hash != a->key.toUtf8() && hash != b->key.toUtf8());
            QVERIFY(!hash.toHex().contains(a->key.toUtf8()));
            salts.insert(row.at(1).toByteArray());
        }
        QCOMPARE(salts.size(), 2);
        // Nor anywhere in the file.
        QVERIFY(m_store->checkpoint());
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(a->key.toUtf8()));
        QVERIFY(bytes.contains(a->apiId.toUtf8()));
    }

    void shouldVerifyOnlyTheRightKeyOfAValidId()
    {
        ApiKeyRegistry registry(*m_store);
        QString error;
        const auto key = registry.add(2, {}, {}, &error);
        QVERIFY(key);
        const auto ok = registry.verify(key->apiId, key->key);
        QVERIFY(ok);
        QCOMPARE(ok->accountId, 2);
        QVERIFY(!registry.verify(key->apiId, key->key + QLatin1Char('x')));
        QVERIFY(!registry.verify(key->apiId, key->key.left(10)));
        QVERIFY(!registry.verify(key->apiId, QString()));
        QVERIFY(!registry.verify(QStringLiteral("nope"), key->key));
        QVERIFY(registry.revoke(key->apiId, &error));
        QVERIFY(!registry.verify(key->apiId, key->key));
        QVERIFY(!registry.revoke(key->apiId, &error));
        QVERIFY(error.contains(key->apiId));
    }

    void shouldMatchEndpointPatterns()
    {
        ApiKeyInfo info;
        QVERIFY(info.allowsEndpoint(QStringLiteral("/anything")));
        info.endpoints = {QStringLiteral("/api/ingress/user_meta*")};
        QVERIFY(info.allowsEndpoint(QStringLiteral("/api/ingress/user_meta")));
        QVERIFY(info.allowsEndpoint(QStringLiteral("/api/ingress/user_meta/fields")));
        QVERIFY(!info.allowsEndpoint(QStringLiteral("/api/ingress/user_group_members")));
        QVERIFY(!info.allowsEndpoint(QStringLiteral("/x/api/ingress/user_meta")));
        info.endpoints << QStringLiteral("/api/egress/*/fields");
        QVERIFY(info.allowsEndpoint(QStringLiteral("/api/egress/user_meta/fields")));
        QVERIFY(!info.allowsEndpoint(QStringLiteral("/api/egress/users")));
    }

    void shouldMatchAllowedAddressesAndSubnets()
    {
        ApiKeyInfo info;
        QVERIFY(info.allowsPeer(QHostAddress(QStringLiteral("203.0.113.9"))));
        info.allowedIps = {QStringLiteral("127.0.0.1"), QStringLiteral("10.1.0.0/16")};
        QVERIFY(info.allowsPeer(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(info.allowsPeer(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(info.allowsPeer(QHostAddress(QStringLiteral("10.1.200.3"))));
        QVERIFY(!info.allowsPeer(QHostAddress(QStringLiteral("10.2.0.1"))));
        QVERIFY(!info.allowsPeer(QHostAddress(QStringLiteral("::1"))));
        QString error;
        QVERIFY(!ApiKeyRegistry::isValidIpPattern(QStringLiteral("300.1.1.1"), &error));
        QVERIFY(error.contains(QLatin1String("300.1.1.1")));
    }
};

QTEST_GUILESS_MAIN(ApiKeysTest)
#include "test_api_keys.moc"
