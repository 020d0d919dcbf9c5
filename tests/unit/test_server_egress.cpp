#include "BackendTestMain.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

// The read endpoints: keyset paging (limit, after, next), the q and group_id filters with total,
// meta values by user and field, and the schema.
class ServerEgressTest : public QObject
{
    Q_OBJECT

public:
    // Null: on a database file; else on a new database in the PostgreSQL cluster.
    explicit ServerEgressTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;

    ApiClient &client() { return m_fixture.client(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.setUp(1200), qPrintable(m_fixture.error())); }

    void shouldPageEveryUserOnceByKeyset()
    {
        QSet<qint64> ids;
        qint64 last = 0;
        QJsonValue next = 0;
        int pages = 0;
        while (!next.isNull()) {
            const HttpReply r = client().get(
                QStringLiteral("/api/egress/users?limit=500&after=%1").arg(next.toInteger()));
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            QCOMPARE(r.json.value(QStringLiteral("total")).toInteger(), 1200);
            for (const auto &v : r.json.value(QStringLiteral("users")).toArray()) {
                const QJsonObject u = v.toObject();
                QVERIFY(u.value(QStringLiteral("id")).toInteger() > last);
                last = u.value(QStringLiteral("id")).toInteger();
                ids.insert(last);
                for (const char *key : {"first_name", "last_name", "email", "groups"})
                    QVERIFY(u.contains(QLatin1String(key)));
            }
            next = r.json.value(QStringLiteral("next"));
            ++pages;
        }
        QCOMPARE(ids.size(), 1200);
        QCOMPARE(pages, 3);
    }

    void shouldDefaultTo500AndCapAt5000()
    {
        QCOMPARE(client()
                     .get(QStringLiteral("/api/egress/users"))
                     .json.value(QStringLiteral("users"))
                     .toArray()
                     .size(),
                 500);
        const HttpReply all = client().get(QStringLiteral("/api/egress/users?limit=99999"));
        QCOMPARE(all.json.value(QStringLiteral("users")).toArray().size(), 1200);
        QVERIFY(all.json.value(QStringLiteral("next")).isNull());
        const HttpReply bad = client().get(QStringLiteral("/api/egress/users?limit=abc"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.locations(), QStringList{QStringLiteral("limit")});
    }

    void shouldFilterBySearchAndGroupAndCountTheMatches()
    {
        const HttpReply byId = client().get(QStringLiteral("/api/egress/users?q=777"));
        QVERIFY(byId.json.value(QStringLiteral("total")).toInteger() >= 1);
        const QJsonObject first =
            byId.json.value(QStringLiteral("users")).toArray().first().toObject();
        const QString email = first.value(QStringLiteral("email")).toString();
        const HttpReply byEmail = client().get(QStringLiteral("/api/egress/users?q=") + email);
        QCOMPARE(byEmail.json.value(QStringLiteral("total")).toInteger(), 1);

        const HttpReply groups = client().get(QStringLiteral("/api/egress/user_groups"));
        const QJsonObject sales =
            groups.json.value(QStringLiteral("user_groups")).toArray().first().toObject();
        const qint64 members = sales.value(QStringLiteral("members")).toInteger();
        QVERIFY(members > 0);
        const HttpReply inGroup =
            client().get(QStringLiteral("/api/egress/users?limit=7&group_id=%1")
                             .arg(sales.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(inGroup.json.value(QStringLiteral("total")).toInteger(), members);
        for (const auto &v : inGroup.json.value(QStringLiteral("users")).toArray())
            QVERIFY(v.toObject()
                        .value(QStringLiteral("groups"))
                        .toArray()
                        .contains(sales.value(QStringLiteral("id"))));
        QCOMPARE(client().get(QStringLiteral("/api/egress/users?group_id=16")).error(),
                 QStringLiteral("Could not Find User Groups"));
    }

    void shouldPageGroupsByKeyset()
    {
        const HttpReply page = client().get(QStringLiteral("/api/egress/user_groups?limit=10"));
        QCOMPARE(page.json.value(QStringLiteral("user_groups")).toArray().size(), 10);
        QCOMPARE(page.json.value(QStringLiteral("next")).toInteger(), 10);
        const HttpReply rest = client().get(QStringLiteral("/api/egress/user_groups?after=10"));
        QCOMPARE(rest.json.value(QStringLiteral("user_groups")).toArray().size(), 5);
        QVERIFY(rest.json.value(QStringLiteral("next")).isNull());
    }

    void shouldReturnTypedMetaValuesByUserAndField()
    {
        QCOMPARE(
            client()
                .send(
                    "PUT", QStringLiteral("/api/ingress/user_meta"),
                    R"({"users": {"3": {"score": "64", "newsletter": "0", "lucky_numbers": "[7, 9]"}}})")
                .status,
            200);
        const HttpReply r = client().get(QStringLiteral(
            "/api/egress/user_meta?user_id=3,4&field=score,newsletter,lucky_numbers"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject three =
            r.json.value(QStringLiteral("users")).toObject().value(QStringLiteral("3")).toObject();
        QCOMPARE(three.value(QStringLiteral("score")), QJsonValue(64));
        QCOMPARE(three.value(QStringLiteral("newsletter")), QJsonValue(false));
        QCOMPARE(three.value(QStringLiteral("lucky_numbers")), QJsonValue(QJsonArray{7, 9}));
        QCOMPARE(three.size(), 3);
        const HttpReply unknown =
            client().get(QStringLiteral("/api/egress/user_meta?field=score,nope"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.error(), QStringLiteral("Invalid Fields"));
        QCOMPARE(unknown.locations(), QStringList{QStringLiteral("field.1")});
    }

    void shouldPageMetaValuesByUser()
    {
        QSet<QString> users;
        QJsonValue next = 0;
        while (!next.isNull()) {
            const HttpReply r = client().get(
                QStringLiteral("/api/egress/user_meta?limit=400&after=%1").arg(next.toInteger()));
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json.value(QStringLiteral("users")).toObject();
            QVERIFY(page.size() <= 400);
            for (auto it = page.begin(); it != page.end(); ++it) {
                QVERIFY(!users.contains(it.key()));
                QVERIFY(!it.value().toObject().isEmpty());
                users.insert(it.key());
            }
            next = r.json.value(QStringLiteral("next"));
        }
        QVERIFY(users.size() > 1000);
    }

    void shouldListTheSchema()
    {
        const HttpReply r = client().get(QStringLiteral("/api/egress/user_meta/fields"));
        QCOMPARE(r.status, 200);
        const QJsonObject fields = r.json.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.size(), 14);
        QCOMPARE(fields.value(QStringLiteral("score"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("integer"));
    }
};

METADESK_BACKEND_TEST_MAIN(ServerEgressTest)
#include "test_server_egress.moc"
