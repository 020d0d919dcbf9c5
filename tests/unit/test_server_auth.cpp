#include "BackendTestMain.h"
#include "ServerFixture.h"
#include "TestFiles.h"
#include "server/StoreLocation.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqlStore.h"

#include <QJsonArray>
#include <QTest>

// Credentials, endpoint and IP protection, revoked keys, rate limiting and account isolation,
// against the real server; plus the process itself: 404/405 JSON, SIGTERM, the access log.
class ServerAuthTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerAuthTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    qint64 m_onlyInAccount1 = 0; // a user account 2 must never see

    ApiClient &client() { return m_fixture.client(); }

    void expectRefused(const std::function<HttpReply()> &send, int status, const char *title)
    {
        const QString before = m_fixture.dump();
        const HttpReply r = send();
        QVERIFY2(r.status == status, qPrintable(r.describe()));
        QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
        QCOMPARE(r.error(), QLatin1String(title));
        QVERIFY2(!r.json.value(QStringLiteral("errors")).toArray().isEmpty(),
                 qPrintable(r.describe()));
        QVERIFY(!r.body.contains(client().apiKey().toUtf8()));
        QCOMPARE(m_fixture.dump(), before);
    }

    static QByteArray write(qint64 user)
    {
        return QStringLiteral(R"({"user_id": %1, "field": "score", "value": 77})")
            .arg(user)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(200), qPrintable(m_fixture.error()));
        StoreError error;
        auto store = StoreLocation(m_fixture.location()).open(&error);
        QVERIFY(store);
        for (qint64 id = 1; id <= 200 && m_onlyInAccount1 == 0; ++id) {
            if (!store->userInAccount(2, id))
                m_onlyInAccount1 = id;
        }
        QVERIFY(m_onlyInAccount1 > 0);
    }

    void shouldRefuseARequestWithoutApiId()
    {
        expectRefused(
            [&] {
                return client().send("PUT", QStringLiteral("/api/ingress/user_meta"), write(1),
                                     "application/json", false);
            },
            400, "No API ID Provided");
    }

    void shouldRefuseARequestWithoutApiKey()
    {
        expectRefused(
            [&] {
                return client().send(
                    "PUT", QStringLiteral("/api/ingress/user_meta?api_id=") + client().apiId(),
                    write(1), "application/json", false);
            },
            400, "No API Key Provided");
    }

    void shouldRefuseAWrongKeyAsInvalidCredentials()
    {
        expectRefused(
            [&] {
                return client().send(
                    "PUT", QStringLiteral("/api/ingress/user_meta"), write(1), "application/json",
                    false, {{"TLD-API-ID", client().apiId().toUtf8()}, {"TLD-API-KEY", "wrong"}});
            },
            401, "Invalid API Credentials");
        expectRefused(
            [&] {
                return client().send("GET", QStringLiteral("/api/egress/users?api=nobody&apikey=x"),
                                     {}, {}, false);
            },
            401, "Invalid API Credentials");
    }

    void shouldAcceptHeaderNamesInAnyCase()
    {
        const HttpReply r =
            client().send("GET", QStringLiteral("/api/egress/user_groups"), {}, {}, false,
                          {{"Tld-Api-Id", client().apiId().toUtf8()},
                           {"TLD-API-KEY", client().apiKey().toUtf8()}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void shouldRefuseARevokedKey()
    {
        const auto key = m_fixture.addKey(1);
        QVERIFY(key);
        auto revoked = m_fixture.clientFor(*key);
        QCOMPARE(revoked->get(QStringLiteral("/api/egress/user_groups")).status, 200);
        QVERIFY(m_fixture.revokeKey(key->apiId));
        expectRefused(
            [&] {
                return revoked->send("PUT", QStringLiteral("/api/ingress/user_meta"), write(2));
            },
            401, "Invalid API Credentials");
    }

    void shouldRefuseAPathNoPatternAllows()
    {
        const auto key = m_fixture.addKey(1, {QStringLiteral("/api/egress/*")});
        QVERIFY(key);
        auto readOnly = m_fixture.clientFor(*key);
        QCOMPARE(readOnly->get(QStringLiteral("/api/egress/users?limit=1")).status, 200);
        expectRefused(
            [&] {
                return readOnly->send("PUT", QStringLiteral("/api/ingress/user_meta"), write(3));
            },
            403, "Endpoint Not Allowed");
        expectRefused(
            [&] {
                return readOnly->send(
                    "DELETE", QStringLiteral("/api/ingress/user_group_members/drop?user_id=3"));
            },
            403, "Endpoint Not Allowed");
    }

    void shouldRefuseAPeerNotInTheKeysAddresses()
    {
        const auto elsewhere =
            m_fixture.addKey(1, {}, {QStringLiteral("10.1.2.3"), QStringLiteral("192.168.0.0/16")});
        QVERIFY(elsewhere);
        auto far = m_fixture.clientFor(*elsewhere);
        expectRefused(
            [&] { return far->send("PUT", QStringLiteral("/api/ingress/user_meta"), write(4)); },
            403, "IP Not Allowed");
        const auto loopback = m_fixture.addKey(1, {}, {QStringLiteral("127.0.0.0/8")});
        QVERIFY(loopback);
        QCOMPARE(m_fixture.clientFor(*loopback)
                     ->send("PUT", QStringLiteral("/api/ingress/user_meta"), write(4))
                     .status,
                 200);
    }

    void shouldNeverShowOrChangeAnotherAccountsData()
    {
        const auto key = m_fixture.addKey(2);
        QVERIFY(key);
        auto other = m_fixture.clientFor(*key);
        // Reads: none of account 1's users, groups or values.
        QList<qint64> seen;
        QString after = QStringLiteral("0");
        for (;;) {
            const HttpReply page =
                other->get(QStringLiteral("/api/egress/users?limit=37&after=") + after);
            QCOMPARE(page.status, 200);
            for (const auto &u : page.json.value(QStringLiteral("users")).toArray())
                seen.append(u.toObject().value(QStringLiteral("id")).toInteger());
            if (page.json.value(QStringLiteral("next")).isNull())
                break;
            after = QString::number(page.json.value(QStringLiteral("next")).toInteger());
        }
        QVERIFY(!seen.isEmpty());
        QVERIFY(!seen.contains(m_onlyInAccount1));
        const HttpReply groups = other->get(QStringLiteral("/api/egress/user_groups"));
        for (const auto &g : groups.json.value(QStringLiteral("user_groups")).toArray())
            QVERIFY(g.toObject().value(QStringLiteral("id")).toInteger() >
                    15); // account 1 has 1..15
        const HttpReply meta =
            other->get(QStringLiteral("/api/egress/user_meta?user_id=%1").arg(m_onlyInAccount1));
        QCOMPARE(meta.json.value(QStringLiteral("users")).toObject().size(), 0);
        // Writes: refused as if the user did not exist.
        expectRefused(
            [&] {
                return other->send("PUT", QStringLiteral("/api/ingress/user_meta"),
                                   write(m_onlyInAccount1));
            },
            400, "Invalid Users");
        expectRefused(
            [&] {
                return other->send("POST", QStringLiteral("/api/ingress/user_group_members"),
                                   QStringLiteral(R"({"user_id": %1, "group_id": 16})")
                                       .arg(m_onlyInAccount1)
                                       .toUtf8());
            },
            400, "Could not Find Users");
        expectRefused(
            [&] {
                return other->send(
                    "POST", QStringLiteral("/api/ingress/user_group_members"),
                    QStringLiteral(R"({"user_id": %1, "group_id": 1})").arg(seen.first()).toUtf8());
            },
            400, "Could not Find User Groups");
    }

    void shouldAnswerUnknownPathsAndMethodsWithJson()
    {
        const HttpReply missing = client().get(QStringLiteral("/api/nothing/here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("Content-Type"), QByteArrayLiteral("application/json"));
        QCOMPARE(missing.error(), QStringLiteral("Not Found"));
        const HttpReply wrong =
            client().send("PATCH", QStringLiteral("/api/ingress/user_meta"), write(1));
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.error(), QStringLiteral("Method Not Allowed"));
        QCOMPARE(wrong.header("Allow"), QByteArrayLiteral("PUT"));
    }

    void shouldLogEveryRequestWithoutAKey()
    {
        const QString log = m_fixture.server().log();
        QVERIFY(log.contains(QLatin1String(" PUT /api/ingress/user_meta 403 ")));
        QVERIFY(log.contains(QLatin1String(" GET /api/nothing/here 404 ")));
        QVERIFY(log.contains(QLatin1String("apikey=REDACTED")));
        QVERIFY(!log.contains(client().apiKey()));
    }

    void shouldRateLimitPerKeyWithRetryAfter()
    {
        ServerProcess limited;
        QVERIFY2(
            limited.start(m_fixture.location(), {QStringLiteral("--rate-limit"),
                                                 QStringLiteral("3"), QStringLiteral("--quiet")}),
            qPrintable(limited.error()));
        ApiClient a(limited.baseUrl(), client().apiId(), client().apiKey());
        // The same write each time: after the first, a refused one must leave the file as it is.
        QCOMPARE(a.send("PUT", QStringLiteral("/api/ingress/user_meta"), write(5)).status, 200);
        const QString before = m_fixture.dump();
        int ok = 1;
        HttpReply refused;
        for (int i = 0; i < 10 && refused.status == 0; ++i) {
            const HttpReply r = a.send("PUT", QStringLiteral("/api/ingress/user_meta"), write(5));
            if (r.status == 200)
                ++ok;
            else
                refused = r;
        }
        QVERIFY2(ok >= 3, qPrintable(refused.describe()));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.error(), QStringLiteral("Too Many Requests"));
        QVERIFY(refused.header("Retry-After").toInt() >= 1);
        QCOMPARE(m_fixture.dump(), before);
        // Another key has a bucket of its own.
        const auto key = m_fixture.addKey(1);
        QVERIFY(key);
        QCOMPARE(ApiClient(limited.baseUrl(), key->apiId, key->key)
                     .get(QStringLiteral("/api/egress/user_groups"))
                     .status,
                 200);
        QTest::qWait(1100);
        QCOMPARE(a.get(QStringLiteral("/api/egress/user_groups")).status, 200);
        QVERIFY(limited.stop());
    }

    void shouldStopCleanlyOnSigterm()
    {
        QVERIFY(m_fixture.server().stop());
        QVERIFY(m_fixture.server().log().contains(QLatin1String("stopped")));
        // The database is whole and opens without complaint.
        StoreError error;
        QVERIFY2(StoreLocation(m_fixture.location()).open(&error), qPrintable(error.text()));
    }
};

METADESK_BACKEND_TEST_MAIN(ServerAuthTest)
#include "test_server_auth.moc"
