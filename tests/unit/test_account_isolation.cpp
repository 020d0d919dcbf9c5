#include "BackendTestMain.h"
#include "ServerFixture.h"
#include "StoreSql.h"
#include "TestFiles.h"
#include "domain/User.h"
#include "server/StoreLocation.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqlConnection.h"
#include "store/SqlStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

// Two accounts on one served database (a file, then PostgreSQL), a key for each: whatever one key
// sends with the other account's user ids, group ids, group names or field names changes nothing of
// the other account and reveals nothing about it. Meta field definitions belong to an account.
class AccountIsolationTest : public QObject
{
    Q_OBJECT

public:
    explicit AccountIsolationTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    std::unique_ptr<ApiClient> m_second; // a key of account 2
    qint64 m_onlySecond = 0;             // a user of account 2 only
    qint64 m_secondGroup = 0;            // a group of account 2 whose name account 1 lacks

    ApiClient &first() { return m_fixture.client(); }
    ApiClient &second() { return *m_second; }

    // Account 2's rows of every table that can hold account data, as text.
    QString secondAccountState() const
    {
        QString state;
        StoreError error;
        auto store = StoreLocation(m_fixture.location()).open(&error);
        if (!store)
            return error.text();
        // A value with its type: SQLite's quote() marks text with quotes, jsonb's text does too.
        const QString value = store->connection()->dialect().isPostgres()
                                  ? QStringLiteral("CAST(v.value AS TEXT)")
                                  : QStringLiteral("quote(v.value)");
        QString readError;
        const QList<QVariantList> rows = StoreSql::textRows(
            *store,
            QStringLiteral(
                "SELECT 'value', v.user_id, f.name, f.definition, %1 FROM meta_values v "
                "JOIN meta_fields f ON f.id = v.field_id WHERE v.account_id = 2 UNION ALL SELECT "
                "'field', f.id, f.name, f.definition, CAST(f.position AS TEXT) FROM meta_fields f "
                "WHERE f.account_id = 2 UNION ALL SELECT 'member', m.user_id, g.name, "
                "CAST(g.id AS TEXT), '' FROM memberships m JOIN user_groups g ON g.id = "
                "m.group_id WHERE g.account_id = 2 ORDER BY 1, 2, 3")
                .arg(value),
            &readError);
        if (!readError.isEmpty()) // never equal to a state read before: the test fails
            return QStringLiteral("cannot read (%1): %2")
                .arg(QUuid::createUuid().toString(), readError);
        for (const QVariantList &row : rows) {
            for (int c = 0; c < 5; ++c)
                state += row.at(c).toString() + QLatin1Char('|');
            state += QLatin1Char('\n');
        }
        return state;
    }

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(400), qPrintable(m_fixture.error()));
        const std::optional<NewApiKey> key = m_fixture.addKey(2);
        QVERIFY(key);
        m_second = m_fixture.clientFor(*key);
        StoreError error;
        auto store = StoreLocation(m_fixture.location()).open(&error);
        QVERIFY2(store, qPrintable(error.text()));
        User only;
        only.id = 900001;
        only.firstName = QStringLiteral("Only");
        only.lastName = QStringLiteral("Second");
        only.email = QStringLiteral("only.second@example.com");
        QVERIFY(store->addUser(only, {2}));
        m_onlySecond = only.id;
        for (const UserGroup &g : store->groups(2)) {
            if (g.name == QLatin1String("Resellers"))
                m_secondGroup = g.id;
        }
        QVERIFY(m_secondGroup > 0);
        // Account 2 holds values of fields that account 1 is about to delete or retype.
        QVERIFY(store
                    ->applyUserMeta(2, {MetaEdit{m_onlySecond, QStringLiteral("score"), 77, -1},
                                        MetaEdit{m_onlySecond, QStringLiteral("phone"),
                                                 QStringLiteral("+4930123456"), -1}})
                    .ok());
    }

    void shouldNameTheKeysOwnAccount()
    {
        const HttpReply a = first().get(QStringLiteral("/api/egress/account"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(a.json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Northwind Traders"));
        QCOMPARE(a.json.value(QStringLiteral("users")).toInteger(), 400);
        const HttpReply b = second().get(QStringLiteral("/api/egress/account"));
        QCOMPARE(b.json.value(QStringLiteral("id")).toInteger(), 2);
        QCOMPARE(b.json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Contoso Partners"));
        const HttpReply users = second().get(QStringLiteral("/api/egress/users?limit=1"));
        QCOMPARE(b.json.value(QStringLiteral("users")).toInteger(),
                 users.json.value(QStringLiteral("total")).toInteger());
    }

    void shouldListAndCountOnlyTheKeysUsers()
    {
        const HttpReply found =
            first().get(QStringLiteral("/api/egress/users?q=only.second@example.com"));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(QStringLiteral("total")).toInteger(), 0);
        QCOMPARE(found.json.value(QStringLiteral("users")).toArray().size(), 0);
        const HttpReply theirs =
            second().get(QStringLiteral("/api/egress/users?q=only.second@example.com"));
        QCOMPARE(theirs.json.value(QStringLiteral("total")).toInteger(), 1);
        const HttpReply values =
            first().get(QStringLiteral("/api/egress/user_meta?user_id=%1").arg(m_onlySecond));
        QCOMPARE(values.status, 200);
        QVERIFY2(values.json.value(QStringLiteral("users")).toObject().isEmpty(),
                 values.body.constData());
    }

    void shouldCarryEveryUserColumn()
    {
        const HttpReply r =
            second().get(QStringLiteral("/api/egress/users?q=only.second@example.com"));
        const QJsonObject u = r.json.value(QStringLiteral("users")).toArray().first().toObject();
        for (const char *key :
             {"id", "first_name", "last_name", "middle_name", "alias", "email", "status", "groups"})
            QVERIFY2(u.contains(QLatin1String(key)), key);
        QCOMPARE(u.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void shouldAnswerAnotherAccountsGroupAsIfItDidNotExist()
    {
        const QString before = m_fixture.dump();
        const HttpReply theirs =
            first().get(QStringLiteral("/api/egress/users?group_id=%1").arg(m_secondGroup));
        const HttpReply none = first().get(QStringLiteral("/api/egress/users?group_id=999999"));
        QCOMPARE(theirs.status, 400);
        QCOMPARE(theirs.error(), none.error());
        QCOMPARE(theirs.locations(), none.locations());

        // Adding account 1's users to account 2's group, by id and by name.
        const QString body =
            QStringLiteral(R"({"user_id":[1,2],"group_id":[%1]})").arg(m_secondGroup);
        const HttpReply byId =
            first().send("POST", QStringLiteral("/api/ingress/user_group_members"), body.toUtf8());
        QCOMPARE(byId.status, 400);
        QCOMPARE(byId.error(), QStringLiteral("Could not Find User Groups"));
        const HttpReply byName =
            first().send("POST", QStringLiteral("/api/ingress/user_group_members"),
                         R"({"user_id":[1,2],"group_id":["Resellers"]})");
        QCOMPARE(byName.status, 400);
        QCOMPARE(byName.error(), QStringLiteral("Could not Find User Groups"));
        // Account 2's user in account 1's groups, and dropping that user's memberships.
        const HttpReply user = first().send(
            "DELETE",
            QStringLiteral("/api/ingress/user_group_members/drop?user_id=%1").arg(m_onlySecond));
        QCOMPARE(user.status, 400);
        QCOMPARE(user.error(), QStringLiteral("Could not Find Users"));
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldRefuseAnotherAccountsUsersInMetaWrites()
    {
        const QString before = m_fixture.dump();
        const HttpReply r =
            first().send("PUT", QStringLiteral("/api/ingress/user_meta"),
                         QStringLiteral(R"({"user_id":%1,"field":"score","value":5})")
                             .arg(m_onlySecond)
                             .toUtf8());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("Invalid Users"));
        QCOMPARE(m_fixture.dump(), before);
    }

    void shouldKeepFieldDefinitionsPerAccount()
    {
        const QString theirs = secondAccountState();
        // Account 1 creates a field: account 2 neither sees nor can use it.
        const HttpReply created = first().sendJson(
            "PUT", QStringLiteral("/api/ingress/user_meta/fields"),
            json(R"({"fields":{"secret_plan":{"type":"string","label":"Plan"}}})"));
        QVERIFY2(created.status == 200, qPrintable(created.describe()));
        const HttpReply listed = second().get(QStringLiteral("/api/egress/user_meta/fields"));
        QVERIFY(!listed.json.value(QStringLiteral("fields"))
                     .toObject()
                     .contains(QStringLiteral("secret_plan")));
        QVERIFY(first()
                    .get(QStringLiteral("/api/egress/user_meta/fields"))
                    .json.value(QStringLiteral("fields"))
                    .toObject()
                    .contains(QStringLiteral("secret_plan")));
        const HttpReply used =
            second().send("PUT", QStringLiteral("/api/ingress/user_meta"),
                          QStringLiteral(R"({"user_id":%1,"field":"secret_plan","value":"x"})")
                              .arg(m_onlySecond)
                              .toUtf8());
        QCOMPARE(used.status, 400);
        QCOMPARE(used.error(), QStringLiteral("Invalid Fields"));
        QCOMPARE(secondAccountState(), theirs);
    }

    void shouldCountAndDeleteOnlyTheKeysValues()
    {
        const QString theirs = secondAccountState();
        QVERIFY(theirs.contains(QLatin1String("|phone|")));
        const qint64 own = first()
                               .get(QStringLiteral("/api/egress/user_meta?field=phone&limit=5000"))
                               .json.value(QStringLiteral("users"))
                               .toObject()
                               .size();
        QVERIFY(own > 0);
        const HttpReply inUse =
            first().sendJson("PUT", QStringLiteral("/api/ingress/user_meta/fields"),
                             json(R"({"fields":{"phone":null}})"));
        QCOMPARE(inUse.status, 400);
        QCOMPARE(inUse.error(), QStringLiteral("Field In Use"));
        const QString message = inUse.json.value(QStringLiteral("errors"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral(" %1 value").arg(own)), qPrintable(message));

        const HttpReply dry = first().sendJson(
            "PUT", QStringLiteral("/api/ingress/user_meta/fields?force=1&dry_run=1"),
            json(R"({"fields":{"phone":null}})"));
        QVERIFY2(dry.status == 200, qPrintable(dry.describe()));
        QCOMPARE(dry.json.value(QStringLiteral("values_deleted")).toInteger(), own);
        QVERIFY(first()
                    .get(QStringLiteral("/api/egress/user_meta/fields"))
                    .json.value(QStringLiteral("fields"))
                    .toObject()
                    .contains(QStringLiteral("phone")));

        const HttpReply forced =
            first().sendJson("PUT", QStringLiteral("/api/ingress/user_meta/fields?force=1"),
                             json(R"({"fields":{"phone":null}})"));
        QVERIFY2(forced.status == 200, qPrintable(forced.describe()));
        QCOMPARE(forced.json.value(QStringLiteral("values_deleted")).toInteger(), own);
        QCOMPARE(secondAccountState(), theirs);
        QVERIFY(second()
                    .get(QStringLiteral("/api/egress/user_meta/fields"))
                    .json.value(QStringLiteral("fields"))
                    .toObject()
                    .contains(QStringLiteral("phone")));
    }

    void shouldConvertOnlyTheKeysValuesOnATypeChange()
    {
        // Account 2 holds score 77, which a string of at most 5 characters would fit, but its
        // field keeps its own type whatever account 1 does.
        QVERIFY2(secondAccountState().contains(QLatin1String("|77|")),
                 qPrintable(secondAccountState()));
        // Account 1's scores all fit the new definition once they are 10.
        QJsonArray entries;
        const QJsonObject scores =
            first()
                .get(QStringLiteral("/api/egress/user_meta?field=score&limit=5000"))
                .json.value(QStringLiteral("users"))
                .toObject();
        for (auto it = scores.begin(); it != scores.end(); ++it)
            entries.append(QJsonObject{{QStringLiteral("user_id"), it.key().toLongLong()},
                                       {QStringLiteral("field"), QStringLiteral("score")},
                                       {QStringLiteral("value"), 10}});
        QCOMPARE(first()
                     .sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                               QJsonObject{{QStringLiteral("fields"), entries}})
                     .status,
                 200);
        const QString theirs = secondAccountState();
        const HttpReply retyped = first().sendJson(
            "PUT", QStringLiteral("/api/ingress/user_meta/fields"),
            json(R"({"fields":{"score":{"type":"string","label":"Score","max_length":5}}})"));
        QVERIFY2(retyped.status == 200, qPrintable(retyped.describe()));
        QCOMPARE(retyped.json.value(QStringLiteral("values_converted")).toInteger(),
                 qint64(entries.size()));
        QCOMPARE(secondAccountState(), theirs);
        const QJsonObject secondScore = second()
                                            .get(QStringLiteral("/api/egress/user_meta/fields"))
                                            .json.value(QStringLiteral("fields"))
                                            .toObject()
                                            .value(QStringLiteral("score"))
                                            .toObject();
        QCOMPARE(secondScore.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
    }

    void shouldRefuseTwoKeysForOneUserInFormat1()
    {
        const QString before = m_fixture.dump();
        const HttpReply r = first().send(
            "PUT", QStringLiteral("/api/ingress/user_meta"),
            R"({"users":{"15":{"newsletter":true},"015":{"newsletter":false},"+15":{"newsletter":true}}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("Incorrect Format"));
        QCOMPARE(r.locations(),
                 (QStringList{QStringLiteral("users.015"), QStringLiteral("users.+15")}));
        // Written the other way round, the later keys are the ones refused.
        const HttpReply reversed =
            first().send("PUT", QStringLiteral("/api/ingress/user_meta"),
                         R"({"users":{"+15":{"newsletter":true},"15":{"newsletter":false}}})");
        QCOMPARE(reversed.locations(), QStringList{QStringLiteral("users.15")});
        // The same key twice is two keys for one user as well.
        const HttpReply twice =
            first().send("PUT", QStringLiteral("/api/ingress/user_meta"),
                         R"({"users":{"15":{"newsletter":true},"15":{"score":3}}})");
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.locations(), QStringList{QStringLiteral("users.15")});
        // Form keys merge, so the plain spelling counts as the first.
        const HttpReply form = first().send("PUT", QStringLiteral("/api/ingress/user_meta"),
                                            "users[015][newsletter]=1&users[15][newsletter]=0",
                                            "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 400);
        QCOMPARE(form.locations(), QStringList{QStringLiteral("users.015")});
        QCOMPARE(m_fixture.dump(), before);
    }
};

METADESK_BACKEND_TEST_MAIN(AccountIsolationTest)
#include "test_account_isolation.moc"
