#include "ServerFixture.h"
#include "store/ApiKeyRegistry.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

// Behind a proxy (nginx) every request comes from the proxy's address. `serve --trusted-proxy`
// makes the server take the client's address from that proxy's X-Real-IP (or the last
// X-Forwarded-For entry) for keys' address rules, the rate limit before authentication and the
// access log; from any other peer the headers are ignored, or a client could name any address.
class ServerClientAddressTest : public QObject
{
    Q_OBJECT

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ServerFixture m_fixture;
    std::optional<NewApiKey> m_officeKey; // may be used from 10.9.8.0/24 only

    static QByteArray write()
    {
        return QByteArrayLiteral(R"({"user_id": 7, "field": "score", "value": 77})");
    }

    HttpReply putAs(ApiClient &client, const Headers &headers)
    {
        return client.send("PUT", QStringLiteral("/api/ingress/user_meta"), write(),
                           QByteArrayLiteral("application/json"), true, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            m_fixture.setUp(50, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
            qPrintable(m_fixture.error()));
        m_officeKey = m_fixture.addKey(1, {}, {QStringLiteral("10.9.8.0/24")});
        QVERIFY(m_officeKey);
    }

    void shouldJudgeAKeysAddressRuleByTheClientTheTrustedProxyNames()
    {
        auto office = m_fixture.clientFor(*m_officeKey);
        QCOMPARE(putAs(*office, {{"X-Real-IP", "10.9.8.7"}}).status, 200);
        // Without X-Real-IP, the entry the proxy added last to X-Forwarded-For.
        QCOMPARE(putAs(*office, {{"X-Forwarded-For", "203.0.113.5, 10.9.8.7"}}).status, 200);

        const QString before = m_fixture.dump();
        const HttpReply elsewhere = putAs(*office, {{"X-Real-IP", "10.1.1.1"}});
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.error(), QStringLiteral("IP Not Allowed"));
        QVERIFY2(elsewhere.body.contains("10.1.1.1"), elsewhere.body.constData());
        // A client cannot slip an address in front: the proxy's own entry is the last one.
        QCOMPARE(putAs(*office, {{"X-Forwarded-For", "10.9.8.7, 10.1.1.1"}}).status, 403);
        // Naming nothing usable, the proxy is the client: 127.0.0.1 is not in the office.
        QCOMPARE(putAs(*office, {{"X-Real-IP", "not an address"}}).status, 403);
        QCOMPARE(putAs(*office, {}).status, 403);
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldIgnoreTheHeadersOfAPeerThatIsNotTrusted()
    {
        // The same file served without --trusted-proxy: loopback is only a peer.
        ServerProcess plain;
        QVERIFY2(plain.start(m_fixture.file(), {QStringLiteral("--quiet")}),
                 qPrintable(plain.error()));
        ApiClient office(plain.baseUrl(), m_officeKey->apiId, m_officeKey->key);
        const QString before = m_fixture.dump();
        const HttpReply refused = putAs(office, {{"X-Real-IP", "10.9.8.7"}});
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.body.contains("127.0.0.1"), refused.body.constData());
        QCOMPARE(m_fixture.dump(), before);
        QVERIFY(plain.stop());
    }

    void shouldGiveEachClientBehindTheProxyItsOwnRateLimitAndLogLine()
    {
        ServerProcess limited;
        QVERIFY2(limited.start(m_fixture.file(),
                               {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--rate-limit"), QStringLiteral("2")}),
                 qPrintable(limited.error()));
        // Requests without credentials are limited per client address before authentication.
        ApiClient anonymous(limited.baseUrl(), QString(), QString());
        const auto ask = [&](const QByteArray &client) {
            return anonymous.send("GET", QStringLiteral("/api/egress/user_groups"), {}, {}, false,
                                  {{"X-Real-IP", client}});
        };
        HttpReply limitedReply;
        for (int i = 0; i < 10 && limitedReply.status != 429; ++i)
            limitedReply = ask("198.51.100.1");
        QCOMPARE(limitedReply.status, 429);
        // Another client of the same proxy has a bucket of its own.
        QCOMPARE(ask("198.51.100.2").status, 400); // no API id, but not limited
        const QString log = limited.log();
        QVERIFY2(log.contains(QLatin1String(" 198.51.100.1 GET /api/egress/user_groups 429 ")),
                 qPrintable(log.right(600)));
        QVERIFY(log.contains(QLatin1String(" 198.51.100.2 GET /api/egress/user_groups 400 ")));
        QVERIFY(limited.stop());
    }

    void shouldRefuseATrustedProxyThatIsNotAnAddress()
    {
        QProcess server;
        server.start(QString::fromLocal8Bit(qgetenv("METADESK_SERVER")),
                     {QStringLiteral("serve"), m_fixture.file(), QStringLiteral("--trusted-proxy"),
                      QStringLiteral("nginx.local")});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains(
            "--trusted-proxy must be an IP address, not 'nginx.local'"));
    }
};

QTEST_GUILESS_MAIN(ServerClientAddressTest)
#include "test_server_client_address.moc"
