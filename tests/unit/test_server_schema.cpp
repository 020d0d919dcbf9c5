#include "BackendTestMain.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

// PUT /api/ingress/user_meta/fields: create, replace and delete definitions in one transaction;
// Field In Use without force; a type change that stored values do not fit; bad definitions.
class ServerSchemaTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerSchemaTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    const QString kPath = QStringLiteral("/api/ingress/user_meta/fields");

    ApiClient &client() { return m_fixture.client(); }

    QJsonObject schema()
    {
        return client()
            .get(QStringLiteral("/api/egress/user_meta/fields"))
            .json.value(QStringLiteral("fields"))
            .toObject();
    }

    void expectRefused(const QString &path, const QByteArray &json, const char *title,
                       const QStringList &locations)
    {
        const QString before = m_fixture.dump();
        const HttpReply r = client().send("PUT", path, json);
        QVERIFY2(r.status == 400, qPrintable(r.describe()));
        QCOMPARE(r.error(), QLatin1String(title));
        for (const QString &location : locations)
            QVERIFY2(r.locations().contains(location), qPrintable(location + r.describe()));
        QCOMPARE(m_fixture.dump(), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.setUp(300), qPrintable(m_fixture.error())); }

    void shouldCreateReplaceAndDeleteInOneRequest()
    {
        const HttpReply r = client().send("PUT", kPath, R"({"fields": {
            "shoe_size": {"type": "integer", "min": 10, "max": 60, "label": "Shoe size"},
            "nickname": {"type": "string", "max_length": 20},
            "loyalty_tier": {"type": "string", "label": "Tier", "options": ["bronze", "silver", "gold", "platinum"]}}})");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("created")).toInt(), 2);
        QCOMPARE(r.json.value(QStringLiteral("replaced")).toInt(), 1);
        QCOMPARE(schema()
                     .value(QStringLiteral("loyalty_tier"))
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("Tier"));
        QCOMPARE(client()
                     .send("PUT", QStringLiteral("/api/ingress/user_meta"),
                           R"({"user_id": 1, "field": "shoe_size", "value": 44})")
                     .status,
                 200);

        // Deleting an empty field needs no force; deleting it again is a harmless retry.
        const HttpReply removed = client().send("PUT", kPath, R"({"fields": {"nickname": null}})");
        QCOMPARE(removed.json.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(client().send("PUT", kPath, R"({"fields": {"nickname": null}})").status, 200);
        QVERIFY(!schema().contains(QStringLiteral("nickname")));
    }

    void shouldRefuseToDeleteAFieldWithValuesUnlessForced()
    {
        expectRefused(kPath, R"({"fields": {"shoe_size": null}})", "Field In Use",
                      {QStringLiteral("fields.shoe_size")});
        const HttpReply forced = client().send("PUT", kPath + QStringLiteral("?force=1"),
                                               R"({"fields": {"shoe_size": null}})");
        QVERIFY2(forced.status == 200, qPrintable(forced.describe()));
        QVERIFY(!schema().contains(QStringLiteral("shoe_size")));
        const HttpReply values = client().get(QStringLiteral("/api/egress/user_meta?user_id=1"));
        QVERIFY(!values.json.value(QStringLiteral("users"))
                     .toObject()
                     .value(QStringLiteral("1"))
                     .toObject()
                     .contains(QStringLiteral("shoe_size")));
    }

    void shouldRefuseATypeChangeThatStoredValuesDoNotFit()
    {
        QCOMPARE(
            client()
                .send(
                    "PUT", QStringLiteral("/api/ingress/user_meta"),
                    R"({"fields": [{"user_id": 2, "field": "external_id", "value": "EXT-000002"}]})")
                .status,
            200);
        expectRefused(
            kPath,
            R"({"fields": {"external_id": {"type": "integer"}, "other_new": {"type": "string"}}})",
            "Invalid Values", {QStringLiteral("fields.external_id")});
        const HttpReply r =
            client().send("PUT", kPath, R"({"fields": {"external_id": {"type": "integer"}}})");
        QVERIFY(r.json.value(QStringLiteral("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("User ")));
        QVERIFY(!schema().contains(QStringLiteral("other_new")));
    }

    void shouldConvertStoredValuesWhenTheyFitTheNewType()
    {
        QCOMPARE(client().send("PUT", kPath, R"({"fields": {"code": {"type": "string"}}})").status,
                 200);
        QCOMPARE(client()
                     .send("PUT", QStringLiteral("/api/ingress/user_meta"),
                           R"({"user_id": 3, "field": "code", "value": "42"})")
                     .status,
                 200);
        const HttpReply r =
            client().send("PUT", kPath, R"({"fields": {"code": {"type": "integer"}}})");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("values_converted")).toInt(), 1);
        const HttpReply values =
            client().get(QStringLiteral("/api/egress/user_meta?user_id=3&field=code"));
        QCOMPARE(values.json.value(QStringLiteral("users"))
                     .toObject()
                     .value(QStringLiteral("3"))
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(42));
    }

    void shouldRefuseBadDefinitionsWithTheirLocations()
    {
        expectRefused(
            kPath,
            R"({"fields": {"bad name!": {"type": "string"}, "ok_name": {"type": "colour"}}})",
            "Invalid Fields",
            {QStringLiteral("fields.bad name!"), QStringLiteral("fields.ok_name.type")});
        expectRefused(kPath, R"({"fields": {}})", "Missing Data", {QStringLiteral("fields")});
        expectRefused(kPath, R"({"fields": [1]})", "Incorrect Format", {QStringLiteral("fields")});
    }
};

METADESK_BACKEND_TEST_MAIN(ServerSchemaTest)
#include "test_server_schema.moc"
