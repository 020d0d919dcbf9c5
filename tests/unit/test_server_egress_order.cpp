#include "BackendTestMain.h"
#include "ServerFixture.h"
#include "StoreSql.h"
#include "domain/User.h"
#include "payload/JsonKeyOrder.h"
#include "server/StoreLocation.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqlConnection.h"
#include "store/SqlStore.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <algorithm>

// /api/egress/users sorted by any column (sort, order, offset), filtered by meta value
// (meta.<field>=, ~=, empty), the value counts (/api/egress/user_meta/counts), and the schema in
// display order: what a file shows, for one account only, and every bad parameter named.
class ServerEgressOrderTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerEgressOrderTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    std::unique_ptr<ApiClient> m_second; // a key of account 2
    static constexpr qint64 kSecondOnly = 900001;

    ApiClient &client() { return m_fixture.client(); }

    std::unique_ptr<SqlStore> open()
    {
        StoreError error;
        auto store = StoreLocation(m_fixture.location()).open(&error);
        if (!store)
            qWarning("%s", qPrintable(error.text()));
        return store;
    }

    // Every user of the answer pages, walking `next` as an offset.
    QList<qint64> allByOffset(ApiClient &api, const QString &parameters, qint64 *total = nullptr)
    {
        QList<qint64> ids;
        QJsonValue next = 0;
        while (!next.isNull()) {
            const HttpReply r = api.get(
                QStringLiteral("/api/egress/users?limit=500&offset=%1&").arg(next.toInteger()) +
                parameters);
            if (r.status != 200) {
                qWarning("%s", qPrintable(r.describe()));
                return {};
            }
            if (total)
                *total = r.json.value(QStringLiteral("total")).toInteger();
            const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
            for (const auto &v : users)
                ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
            next = r.json.value(QStringLiteral("next"));
            if (!next.isNull() && next.toInteger() != ids.size()) {
                qWarning("next %lld after %lld users", next.toInteger(), qint64(ids.size()));
                return {};
            }
        }
        return ids;
    }

    // user id -> value of `field` in account 1 as text, straight from the database.
    QHash<qint64, QVariant> values(const QString &field, qint64 account = 1)
    {
        QHash<qint64, QVariant> byUser;
        auto store = open();
        const QString value = store->connection()->dialect().valueText(QStringLiteral("v.value"));
        for (const QVariantList &row : StoreSql::textRows(
                 *store, QStringLiteral("SELECT v.user_id, %3 FROM meta_values v JOIN "
                                        "meta_fields f ON f.id = v.field_id WHERE v.account_id = "
                                        "%1 AND f.name = '%2'")
                             .arg(account)
                             .arg(field, value)))
            byUser.insert(row.at(0).toLongLong(), row.at(1));
        return byUser;
    }

    QList<qint64> accountIds(qint64 account = 1)
    {
        QList<qint64> ids;
        auto store = open();
        for (const QVariantList &row : StoreSql::textRows(
                 *store, QStringLiteral("SELECT user_id FROM user_accounts WHERE account_id = %1 "
                                        "ORDER BY user_id")
                             .arg(account)))
            ids.append(row.at(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(1500), qPrintable(m_fixture.error()));
        const std::optional<NewApiKey> key = m_fixture.addKey(2);
        QVERIFY(key);
        m_second = m_fixture.clientFor(*key);
        // Account 2 has a user of its own holding a score and a tier: it may show in none of
        // account 1's lists or counts.
        auto store = open();
        QVERIFY(store);
        User only;
        only.id = kSecondOnly;
        only.firstName = QStringLiteral("Aaron");
        only.lastName = QStringLiteral("Aardvark");
        only.email = QStringLiteral("aaron@second.example");
        QVERIFY(store->addUser(only, {2}));
        QVERIFY(store
                    ->applyUserMeta(2, {MetaEdit{kSecondOnly, QStringLiteral("score"), 100, -1},
                                        MetaEdit{kSecondOnly, QStringLiteral("loyalty_tier"),
                                                 QStringLiteral("platinum"), -1}})
                    .ok());
    }

    void shouldSortByAMetaFieldWithUsersWithoutAValueLast()
    {
        const QHash<qint64, QVariant> scores = values(QStringLiteral("score"));
        QVERIFY(scores.size() > 100);
        const QList<qint64> ids = accountIds();
        QCOMPARE(ids.size(), 1500);
        // Holders first, by score then id; then the users without a score, by id. Descending
        // turns scores and ids round, and still lists the users without a score last.
        const auto expected = [&](bool descending) {
            QList<qint64> order = ids;
            std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
                const bool ha = scores.contains(a), hb = scores.contains(b);
                if (ha != hb)
                    return ha;
                const qint64 sa = ha ? scores.value(a).toLongLong() : 0;
                const qint64 sb = hb ? scores.value(b).toLongLong() : 0;
                if (sa != sb)
                    return descending ? sa > sb : sa < sb;
                return descending ? a > b : a < b;
            });
            return order;
        };
        qint64 total = 0;
        const QList<qint64> ascending =
            allByOffset(client(), QStringLiteral("sort=meta.score"), &total);
        QCOMPARE(total, 1500);
        QCOMPARE(ascending, expected(false));
        QCOMPARE(allByOffset(client(), QStringLiteral("sort=meta.score&order=desc")),
                 expected(true));
        // from=end reads the same order backwards.
        for (const bool descending : {false, true}) {
            QList<qint64> reversed = expected(descending);
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(allByOffset(client(),
                                 QStringLiteral("sort=meta.score&from=end&order=") +
                                     (descending ? QStringLiteral("desc") : QStringLiteral("asc"))),
                     reversed);
        }
    }

    void shouldSortByEveryUserColumnAsAFileDoes()
    {
        auto store = open();
        const QList<QPair<QString, UserQuery::Sort>> columns{
            {QStringLiteral("id"), UserQuery::Sort::Id},
            {QStringLiteral("first_name"), UserQuery::Sort::FirstName},
            {QStringLiteral("last_name"), UserQuery::Sort::LastName},
            {QStringLiteral("email"), UserQuery::Sort::Email},
            {QStringLiteral("status"), UserQuery::Sort::Status}};
        for (const auto &[name, sort] : columns) {
            for (const bool descending : {false, true}) {
                UserQuery query;
                query.sort = sort;
                query.descending = descending;
                QList<qint64> file;
                for (const User &u : store->users(1, query, 0, 5000))
                    file.append(u.id);
                const QList<qint64> served =
                    allByOffset(client(), QStringLiteral("sort=%1&order=%2")
                                              .arg(name, descending ? QStringLiteral("desc")
                                                                    : QStringLiteral("asc")));
                QCOMPARE(served.size(), 1500);
                QCOMPARE(served, file);
                // Sorted as the column says, ties by id.
                const QList<User> users = store->users(1, query, 0, 5000);
                for (int i = 1; i < users.size(); ++i) {
                    const QString a = sort == UserQuery::Sort::LastName ? users.at(i - 1).lastName
                                      : sort == UserQuery::Sort::Email  ? users.at(i - 1).email
                                                                        : QString();
                    const QString b = sort == UserQuery::Sort::LastName ? users.at(i).lastName
                                      : sort == UserQuery::Sort::Email  ? users.at(i).email
                                                                        : QString();
                    QVERIFY(descending ? a >= b : a <= b);
                }
            }
        }
    }

    void shouldSeekByOffsetFromEitherEnd()
    {
        const QList<qint64> ids = accountIds();
        const HttpReply middle =
            client().get(QStringLiteral("/api/egress/users?offset=700&limit=3"));
        QVERIFY2(middle.status == 200, qPrintable(middle.describe()));
        const QJsonArray three = middle.json.value(QStringLiteral("users")).toArray();
        QCOMPARE(three.size(), 3);
        QCOMPARE(three.at(0).toObject().value(QStringLiteral("id")).toInteger(), ids.at(700));
        QCOMPARE(three.at(2).toObject().value(QStringLiteral("id")).toInteger(), ids.at(702));
        QCOMPARE(middle.json.value(QStringLiteral("next")).toInteger(), 703);
        const HttpReply last = client().get(QStringLiteral("/api/egress/users?from=end&limit=1"));
        QCOMPARE(last.json.value(QStringLiteral("users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 ids.last());
        const HttpReply end = client().get(QStringLiteral("/api/egress/users?offset=1499&limit=5"));
        QCOMPARE(end.json.value(QStringLiteral("users")).toArray().size(), 1);
        QVERIFY(end.json.value(QStringLiteral("next")).isNull());
        const HttpReply beyond = client().get(QStringLiteral("/api/egress/users?offset=99999"));
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.json.value(QStringLiteral("users")).toArray().size(), 0);
        QCOMPARE(beyond.json.value(QStringLiteral("total")).toInteger(), 1500);
    }

    void shouldFilterByMetaValueEqualsContainsAndMissing()
    {
        const QHash<qint64, QVariant> tiers = values(QStringLiteral("loyalty_tier"));
        const QHash<qint64, QVariant> scores = values(QStringLiteral("score"));
        QList<qint64> gold, withOl, noTier, goldScored;
        for (const qint64 id : accountIds()) {
            const QString tier = tiers.value(id).toString();
            if (tier == QLatin1String("gold"))
                gold.append(id);
            if (tier.contains(QLatin1String("L"), Qt::CaseInsensitive))
                withOl.append(id);
            if (!tiers.contains(id))
                noTier.append(id);
            if (tier == QLatin1String("gold") && scores.contains(id))
                goldScored.append(id);
        }
        QVERIFY(!gold.isEmpty() && !noTier.isEmpty() && withOl.size() > gold.size());
        QVERIFY(!goldScored.isEmpty() && goldScored.size() < gold.size());
        qint64 total = -1;
        QCOMPARE(allByOffset(client(), QStringLiteral("meta.loyalty_tier=gold"), &total), gold);
        QCOMPARE(total, gold.size());
        QCOMPARE(allByOffset(client(), QStringLiteral("meta.loyalty_tier~=L"), &total), withOl);
        QCOMPARE(total, withOl.size());
        QCOMPARE(allByOffset(client(), QStringLiteral("meta.loyalty_tier="), &total), noTier);
        QCOMPARE(total, noTier.size());
        // Several filters are AND'ed; "score holds a value" is "not missing", so equals + contains.
        QCOMPARE(
            allByOffset(client(), QStringLiteral("meta.loyalty_tier=gold&meta.score~="), &total),
            goldScored);
        // Keyset paging works with filters as well.
        const HttpReply keyset =
            client().get(QStringLiteral("/api/egress/users?limit=1&after=%1&meta.loyalty_tier=gold")
                             .arg(gold.at(0)));
        QCOMPARE(keyset.json.value(QStringLiteral("users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 gold.at(1));
        // Typed: "42" finds the integer 42.
        QList<qint64> fortyTwo;
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            if (it.value().toLongLong() == 42)
                fortyTwo.append(it.key());
        }
        std::sort(fortyTwo.begin(), fortyTwo.end());
        QCOMPARE(allByOffset(client(), QStringLiteral("meta.score=42")), fortyTwo);
    }

    void shouldNeverListOrCountAnotherAccountsUsersOrValues()
    {
        // Account 2's own user holds score 100 and tier "platinum".
        QVERIFY(!allByOffset(client(), QStringLiteral("sort=meta.score&order=desc"))
                     .contains(kSecondOnly));
        qint64 total = -1;
        const QList<qint64> mine = allByOffset(client(), QStringLiteral("meta.score=100"), &total);
        QVERIFY(!mine.contains(kSecondOnly));
        QCOMPARE(total, mine.size());
        QVERIFY(allByOffset(*m_second, QStringLiteral("meta.score=100")).contains(kSecondOnly));
        QVERIFY(!allByOffset(client(), QStringLiteral("q=aaron@second.example"), &total)
                     .contains(kSecondOnly));
        QCOMPARE(total, 0);
        // Counts are the account's own.
        const HttpReply ours = client().get(QStringLiteral("/api/egress/user_meta/counts"));
        const HttpReply theirs = m_second->get(QStringLiteral("/api/egress/user_meta/counts"));
        QVERIFY2(ours.status == 200, qPrintable(ours.describe()));
        QCOMPARE(ours.json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toInteger(),
                 values(QStringLiteral("score")).size());
        QCOMPARE(theirs.json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toInteger(),
                 values(QStringLiteral("score"), 2).size());
    }

    void shouldCountValuesPerFieldLeavingOutFieldsNobodyHolds()
    {
        auto store = open();
        const QList<QVariantList> rows = StoreSql::textRows(
            *store, QStringLiteral("SELECT f.name, (SELECT count(*) FROM meta_values v WHERE "
                                   "v.field_id = f.id AND v.account_id = 1) FROM meta_fields f "
                                   "WHERE f.account_id = 1"));
        QVERIFY(rows.size() >= 10);
        const HttpReply r = client().get(QStringLiteral("/api/egress/user_meta/counts"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject counts = r.json.value(QStringLiteral("counts")).toObject();
        int held = 0;
        for (const QVariantList &row : rows) {
            const QString name = row.at(0).toString();
            if (row.at(1).toLongLong() == 0) {
                QVERIFY2(!counts.contains(name), qPrintable(name));
                continue;
            }
            ++held;
            QCOMPARE(counts.value(name).toInteger(), row.at(1).toLongLong());
        }
        QCOMPARE(counts.size(), held);
        QVERIFY(r.json.value(QStringLiteral("revision")).toInteger() >= 0);
    }

    void shouldCountAgainAfterAWrite()
    {
        qint64 before = -1;
        const QList<qint64> lacking =
            allByOffset(client(), QStringLiteral("meta.external_id="), &before);
        QVERIFY(before > 2);
        // Through the API, then by another program writing the file.
        QCOMPARE(client()
                     .send("PUT", QStringLiteral("/api/ingress/user_meta"),
                           QStringLiteral(
                               R"({"user_id": %1, "field": "external_id", "value": "EXT-000001"})")
                               .arg(lacking.first())
                               .toUtf8())
                     .status,
                 200);
        HttpReply r = client().get(QStringLiteral("/api/egress/users?meta.external_id="));
        QCOMPARE(r.json.value(QStringLiteral("total")).toInteger(), before - 1);
        {
            auto store = open();
            QVERIFY(store
                        ->applyUserMeta(1, {MetaEdit{lacking.last(), QStringLiteral("external_id"),
                                                     QStringLiteral("EXT-000002"), -1}})
                        .ok());
        }
        r = client().get(QStringLiteral("/api/egress/users?meta.external_id="));
        QCOMPARE(r.json.value(QStringLiteral("total")).toInteger(), before - 2);
        QCOMPARE(client()
                     .get(QStringLiteral("/api/egress/user_meta/counts"))
                     .json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("external_id"))
                     .toInteger(),
                 1500 - (before - 2));
    }

    void shouldListTheSchemaInDisplayOrder()
    {
        auto store = open();
        QStringList expected;
        for (const MetaField &f : store->fields(1))
            expected << f.name;
        const HttpReply r = client().get(QStringLiteral("/api/egress/user_meta/fields"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QStringList sorted = expected;
        sorted.sort();
        QVERIFY(sorted != expected); // the display order is not the alphabetical one
        QCOMPARE(JsonKeyOrder::memberKeys(r.body, QStringLiteral("fields")), expected);
        QCOMPARE(r.json.value(QStringLiteral("fields")).toObject().size(), expected.size());
    }

    void shouldRefuseBadParametersNamingThem_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("locations");
        QTest::newRow("unknown column") << "sort=favourite"
                                        << "Bad Request" << QStringList{QStringLiteral("sort")};
        QTest::newRow("unknown sort field")
            << "sort=meta.nope"
            << "Invalid Fields" << QStringList{QStringLiteral("sort")};
        QTest::newRow("order") << "order=up"
                               << "Bad Request" << QStringList{QStringLiteral("order")};
        QTest::newRow("from") << "from=middle"
                              << "Bad Request" << QStringList{QStringLiteral("from")};
        QTest::newRow("after from the end")
            << "from=end&after=9"
            << "Bad Request" << QStringList{QStringLiteral("after")};
        QTest::newRow("negative offset") << "offset=-1"
                                         << "Bad Request" << QStringList{QStringLiteral("offset")};
        QTest::newRow("offset not a number")
            << "offset=ten"
            << "Bad Request" << QStringList{QStringLiteral("offset")};
        QTest::newRow("offset and after") << "offset=5&after=3"
                                          << "Bad Request" << QStringList{QStringLiteral("offset")};
        QTest::newRow("after in another order")
            << "sort=email&after=3"
            << "Bad Request" << QStringList{QStringLiteral("after")};
        QTest::newRow("unknown filter field")
            << "meta.nope=1"
            << "Invalid Fields" << QStringList{QStringLiteral("meta.nope")};
        QTest::newRow("every problem at once")
            << "meta.nope~=x&sort=meta.score&order=sideways"
            << "Bad Request" << QStringList{QStringLiteral("order"), QStringLiteral("meta.nope~")};
        QTest::newRow("value of the wrong type")
            << "meta.score=lots"
            << "Invalid Values" << QStringList{QStringLiteral("meta.score")};
        QTest::newRow("limit and sort")
            << "limit=0&sort=x"
            << "Bad Request" << QStringList{QStringLiteral("limit"), QStringLiteral("sort")};
    }

    void shouldRefuseBadParametersNamingThem()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        QFETCH(QStringList, locations);
        const HttpReply r = client().get(QStringLiteral("/api/egress/users?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), title);
        QCOMPARE(r.locations(), locations);
    }

    void shouldRefuseAFieldOnlyAnotherAccountDefines()
    {
        // Account 2 defines a field of its own; for account 1 it does not exist.
        const HttpReply defined =
            m_second->send("PUT", QStringLiteral("/api/ingress/user_meta/fields"),
                           R"({"fields": {"second_only": {"type": "string"}}})");
        QVERIFY2(defined.status == 200, qPrintable(defined.describe()));
        QCOMPARE(m_second->get(QStringLiteral("/api/egress/users?sort=meta.second_only")).status,
                 200);
        const HttpReply r = client().get(QStringLiteral("/api/egress/users?meta.second_only="));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("Invalid Fields"));
        QCOMPARE(client().get(QStringLiteral("/api/egress/users?sort=meta.second_only")).status,
                 400);
    }
};

METADESK_BACKEND_TEST_MAIN(ServerEgressOrderTest)
#include "test_server_egress_order.moc"
