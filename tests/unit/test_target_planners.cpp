// Test data is written as plain ASCII literals; product code keeps this cast off (tr() only).
#undef QT_NO_CAST_FROM_ASCII

#include "connectors/CrymboPlanner.h"
#include "connectors/PubNubPlanner.h"
#include "connectors/TargetConnector.h"
#include "connectors/UserComPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// What each other system is sent for a list of edits, and which edits are held back and why,
// before anything goes on the wire.
class TargetPlannersTest : public QObject
{
    Q_OBJECT

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = field;
        e.value = value;
        return e;
    }
    static QJsonObject body(const TargetRequest &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }
    static MetaField field(const QString &name, MetaType type)
    {
        MetaField f;
        f.name = name;
        f.type = type;
        return f;
    }

private Q_SLOTS:
    void userComGroupsByAttributeAndValueInChunks()
    {
        TargetSettings settings;
        settings.userComChunkSize = 2;
        const QList<MetaEdit> edits{edit(10, "plan", "gold"), edit(15, "plan", "gold"),
                                    edit(22, "plan", "silver"), edit(23, "plan", "gold"),
                                    edit(10, "seats", 5)};
        const auto prepared = UserComPlanner::prepare(edits, {}, RemoteIdMap::byUserId());
        QVERIFY(prepared.heldBack.isEmpty());
        const TargetPlan plan = UserComPlanner::plan(settings, prepared, "<secret>");
        QCOMPARE(plan.requests.size(), 4); // gold: 10,15 | 23; silver: 22; seats: 10
        const TargetRequest &first = plan.requests.at(0);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path, QString("/api/public/users/mass_update_custom_attributes/"));
        QCOMPARE(first.header("Authorization"), QByteArray("Token <secret>"));
        QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(
            body(first),
            (QJsonObject{{"ids", QJsonArray{10, 15}}, {"attribute", "plan"}, {"value", "gold"}}));
        QCOMPARE(first.editIndexes, (QList<int>{0, 1}));
        QCOMPARE(body(plan.requests.at(1)).value("ids").toArray(), (QJsonArray{23}));
        QCOMPARE(plan.requests.at(1).editIndexes, (QList<int>{3}));
        QCOMPARE(body(plan.requests.at(2)).value("value").toString(), QString("silver"));
        QCOMPARE(body(plan.requests.at(3)).value("value").toInt(), 5);
        // The method is the profile's.
        settings.userComMethod = "PUT";
        QCOMPARE(UserComPlanner::plan(settings, prepared, "x").requests.at(0).method,
                 QByteArray("PUT"));
    }

    void userComHoldsBackWhatItCannotTake()
    {
        const QList<MetaField> schema{field("score", MetaType::Number),
                                      field("tags", MetaType::Array)};
        const QList<MetaEdit> edits{edit(1, "score", 2.5),         edit(2, "tags", QJsonArray{"a"}),
                                    edit(3, "plan", QJsonValue()), edit(4, QString(256, 'a'), "x"),
                                    edit(5, "score", 3),           edit(6, "ok", true)};
        const auto prepared = UserComPlanner::prepare(edits, schema, RemoteIdMap::byUserId());
        QCOMPARE(prepared.heldBack.size(), 4);
        QCOMPARE(prepared.heldBack.at(0).editIndex, 0);
        QCOMPARE(prepared.heldBack.at(0).location, QString("user 1 › score"));
        QVERIFY(prepared.heldBack.at(0).reason.contains("whole numbers"));
        QVERIFY(prepared.heldBack.at(1).reason.contains("no lists or objects"));
        QVERIFY(prepared.heldBack.at(2).reason.contains("cannot clear"));
        QVERIFY(prepared.heldBack.at(3).reason.contains("1 to 255"));
        QCOMPARE(prepared.groups.size(), 2);
        QCOMPARE(prepared.groups.at(0).ids, (QList<qint64>{5}));
        QCOMPARE(prepared.groups.at(1).value, QJsonValue(true));
    }

    void remoteIdsComeFromAChosenField()
    {
        const QHash<qint64, QJsonValue> values{
            {1, "501"}, {2, QJsonValue()}, {3, "abc"}, {4, "77"}, {5, "77"}};
        const RemoteIdMap ids = RemoteIdMap::byField("usercom_id", values);
        const QList<MetaEdit> edits{edit(1, "plan", "a"), edit(2, "plan", "a"),
                                    edit(3, "plan", "a"), edit(4, "plan", "a"),
                                    edit(5, "plan", "b")};
        const auto prepared = UserComPlanner::prepare(edits, {}, ids);
        QCOMPARE(prepared.groups.size(), 1);
        QCOMPARE(prepared.groups.at(0).ids, (QList<qint64>{501}));
        QCOMPARE(prepared.heldBack.size(), 4);
        // Held back in the order of the check that caught them: mapping first.
        QStringList reasons;
        for (const TargetHeldBack &h : prepared.heldBack)
            reasons << QString::number(h.edit.userId) + ": " + h.reason;
        QVERIFY2(reasons.at(0).startsWith("2: ") &&
                     reasons.at(0).contains("\"usercom_id\" is empty"),
                 qPrintable(reasons.join('\n')));
        QVERIFY(reasons.at(1).startsWith("4: ") &&
                reasons.at(1).contains("also belongs to user 5"));
        QVERIFY(reasons.at(2).startsWith("5: ") &&
                reasons.at(2).contains("also belongs to user 4"));
        QVERIFY(reasons.at(3).startsWith("3: ") && reasons.at(3).contains("positive integers"));
    }

    void pubNubUuidRules_data()
    {
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "user-42" << true;
        QTest::newRow("64 characters") << QString(64, 'u') << true;
        QTest::newRow("65 characters") << QString(65, 'u') << false;
        QTest::newRow("over 92 bytes") << QString(47, QChar(0x00e9)) << false; // 94 bytes
        QTest::newRow("empty") << "" << false;
        QTest::newRow("comma") << "a,b" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("backslash") << "a\\b" << false;
        QTest::newRow("star") << "a*b" << false;
        QTest::newRow("colon") << "a:b" << false;
        QTest::newRow("control") << "a\tb" << false;
        QTest::newRow("unicode zero") << QString("a") + QChar(0) + "b" << false;
        QTest::newRow("channel") << "mychannel" << false;
        QTest::newRow("umlaut") << "jürgen" << true;
    }
    void pubNubUuidRules()
    {
        QFETCH(QString, uuid);
        QFETCH(bool, ok);
        QCOMPARE(!PubNubPlanner::uuidProblem(uuid).has_value(), ok);
    }

    void pubNubReadsThenSetsCustomWithTheETag()
    {
        TargetSettings settings;
        settings.pubNubSubscribeKey = "sub-c-1";
        const QHash<qint64, QJsonValue> values{{1, "u-1"}, {2, "u/2"}, {3, "u-3"}};
        const QList<MetaEdit> edits{edit(1, "plan", "gold"), edit(1, "old", QJsonValue()),
                                    edit(2, "plan", "gold"), edit(3, "tags", QJsonArray{1}),
                                    edit(3, "seats", 4)};
        const auto prepared = PubNubPlanner::prepare(edits, RemoteIdMap::byField("pn", values));
        QCOMPARE(prepared.heldBack.size(), 2);
        QCOMPARE(prepared.heldBack.at(0).editIndex, 2);
        QVERIFY(prepared.heldBack.at(0).reason.contains("\"/\""));
        QCOMPARE(prepared.heldBack.at(1).editIndex, 3);
        QVERIFY(prepared.heldBack.at(1).reason.contains("scalars"));
        const TargetPlan plan = PubNubPlanner::plan(settings, prepared, "<secret>");
        QCOMPARE(plan.requests.size(), 4);
        QCOMPARE(plan.requests.at(0).method, QByteArray("GET"));
        QCOMPARE(plan.requests.at(0).path,
                 QString("/v2/objects/sub-c-1/uuids/u-1?include=custom&auth=%3Csecret%3E"));
        QCOMPARE(plan.requests.at(1).method, QByteArray("PATCH"));
        QCOMPARE(plan.requests.at(1).header("If-Match"), QByteArray("<eTag>"));
        QCOMPARE(body(plan.requests.at(1)),
                 (QJsonObject{{"custom", QJsonObject{{"plan", "gold"}}}}));
        QVERIFY(plan.requests.at(1).note.contains("old"));
        // The merge keeps what was there, changes what was edited, drops what was cleared.
        const QJsonObject merged = PubNubPlanner::merged(
            {{"plan", "free"}, {"old", 1}, {"keep", true}}, prepared.users.at(0).edits);
        QCOMPARE(merged, (QJsonObject{{"plan", "gold"}, {"keep", true}}));
        QVERIFY(plan.requests.at(0)
                    .curl(QUrl("https://ps.pndsn.com"))
                    .endsWith("'https://ps.pndsn.com/v2/objects/sub-c-1/uuids/"
                              "u-1?include=custom&auth=<secret>'"));
        // Without an Access Manager token there is no auth parameter.
        QCOMPARE(PubNubPlanner::readRequest(settings, "u 1", {}).path,
                 QString("/v2/objects/sub-c-1/uuids/u%201?include=custom"));
    }

    void crymboChecksItsKeyStructure()
    {
        const QJsonObject structure{
            {"EXTERNAL_DEPOSIT_WEBHOOKS", QJsonObject{{"DATA_TYPE", "ARRAY"},
                                                      {"ARRAY_TYPE", "string[]"},
                                                      {"VALIDATION", "url"}}},
            {"SOME_USER_API_CREDS", QJsonObject{{"DATA_TYPE", "STRING"}}},
            {"JSON_EXAMPLE", QJsonObject{{"DATA_TYPE", "JSON"}}}};
        const auto rules = CrymboKeyRules::fromApiData(structure);
        QVERIFY(rules);
        const QHash<qint64, QJsonValue> values{{1, "Y0Zu"}, {2, "K1hQ"}};
        const QList<MetaEdit> edits{
            edit(1, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"https://a.example/hook"}),
            edit(1, "SOME_USER_API_CREDS", 5),
            edit(2, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"https://ok.example", "not a url"}),
            edit(2, "JSON_EXAMPLE", QJsonObject{{"k", "v"}}),
            edit(2, "UNKNOWN", "x"),
            edit(2, "SOME_USER_API_CREDS", QJsonValue()),
            edit(1, "EXTERNAL_DEPOSIT_WEBHOOKS_2", "x")};
        const auto prepared =
            CrymboPlanner::prepare(edits, RemoteIdMap::byField("c", values), rules);
        QStringList reasons;
        for (const TargetHeldBack &h : prepared.heldBack)
            reasons << QString::number(h.editIndex) + ": " + h.reason;
        QCOMPARE(reasons.size(), 5);
        QVERIFY2(reasons.at(0).startsWith("1: ") && reasons.at(0).contains("(STRING)"),
                 qPrintable(reasons.join('\n')));
        QVERIFY(reasons.at(1).startsWith("2: ") && reasons.at(1).contains("Item 2"));
        QVERIFY(reasons.at(2).startsWith("4: ") && reasons.at(2).contains("no key \"UNKNOWN\""));
        QVERIFY(reasons.at(3).startsWith("5: ") && reasons.at(3).contains("remove"));
        QVERIFY(reasons.at(4).startsWith("6: "));
        QCOMPARE(prepared.edits.size(), 2);

        TargetSettings settings;
        settings.crymboUsername = "admin";
        const TargetPlan plan = CrymboPlanner::plan(settings, prepared);
        QCOMPARE(plan.requests.size(), 2 + 2 * 2);
        QCOMPARE(body(plan.requests.at(0)),
                 (QJsonObject{
                     {"api_key", "<secret>"}, {"api_secret", "<secret>"}, {"username", "admin"}}));
        QCOMPARE(plan.requests.at(2).path,
                 QString("/usersMeta/user/Y0Zu/key/EXTERNAL_DEPOSIT_WEBHOOKS"));
        QCOMPARE(plan.requests.at(3).method, QByteArray("PUT"));
        QCOMPARE(body(plan.requests.at(3)),
                 (QJsonObject{{"user_id", "Y0Zu"},
                              {"key", "EXTERNAL_DEPOSIT_WEBHOOKS"},
                              {"value", QJsonArray{"https://a.example/hook"}}}));
        QCOMPARE(plan.requests.at(3).header("Authorization"), QByteArray("Bearer <token>"));
        // Without the structure (not read yet) only what needs none is held back.
        QCOMPARE(CrymboPlanner::prepare(edits, RemoteIdMap::byField("c", values), std::nullopt)
                     .heldBack.size(),
                 1);
        QVERIFY(!CrymboKeyRules::fromApiData(QJsonArray{}));
    }

    void curlQuotesForTheShell()
    {
        TargetRequest request;
        request.method = "POST";
        request.path = "/x";
        request.headers = {{"Authorization", "Token <secret>"}};
        request.body = R"({"value":"it's"})";
        QCOMPARE(
            request.curl(QUrl("https://app.user.com")),
            QString(
                R"(curl -X POST -H 'Authorization: Token <secret>' --data-binary '{"value":"it'\''s"}' 'https://app.user.com/x')"));
    }

    void anOfflineCopysChangedCellsAreTheEdits()
    {
        SyncRow changed;
        changed.place = SyncPlace::cell(4, "plan");
        changed.taken = QJsonValue("free");
        changed.mine = QJsonValue("gold");
        SyncRow cleared;
        cleared.place = SyncPlace::cell(5, "plan");
        cleared.taken = QJsonValue("free");
        SyncRow same;
        same.place = SyncPlace::cell(6, "plan");
        same.taken = QJsonValue("free");
        same.mine = QJsonValue("free");
        SyncRow membership;
        membership.place = SyncPlace::membership(4, 9);
        membership.mine = QJsonValue(true);
        const QList<MetaEdit> edits =
            TargetConnector::editsOf({changed, cleared, same, membership});
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0), edit(4, "plan", "gold"));
        QCOMPARE(edits.at(1), edit(5, "plan", QJsonValue()));
        QVERIFY(edits.at(1).clears());
    }
};

QTEST_GUILESS_MAIN(TargetPlannersTest)
#include "test_target_planners.moc"
