#include "BackendTestMain.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

// /api/ingress/user_group_members over HTTP: the four operations with their messages and counts,
// every error title with its user_id.<i> / group_id.<i> locations, and nothing changed after a
// refusal.
class ServerGroupsTest : public QObject
{
    Q_OBJECT

public:
    explicit ServerGroupsTest(PostgresCluster *cluster)
        : m_fixture(cluster)
    {}

private:
    ServerFixture m_fixture;
    const QString kPath = QStringLiteral("/api/ingress/user_group_members");

    ApiClient &client() { return m_fixture.client(); }

    QList<qint64> groupsOf(qint64 userId)
    {
        const HttpReply r =
            client().get(QStringLiteral("/api/egress/users?q=%1&limit=1").arg(userId));
        QList<qint64> groups;
        const QJsonObject user = r.json.value(QStringLiteral("users")).toArray().first().toObject();
        if (user.value(QStringLiteral("id")).toInteger() != userId)
            return {-1};
        for (const auto &g : user.value(QStringLiteral("groups")).toArray())
            groups.append(g.toInteger());
        return groups;
    }

    void expectRefused(const QByteArray &method, const QString &path, const QByteArray &json,
                       const char *title, const QStringList &locations)
    {
        const QString before = m_fixture.dump();
        const HttpReply r = client().send(method, path, json);
        QVERIFY2(r.status == 400, qPrintable(r.describe()));
        QCOMPARE(r.error(), QLatin1String(title));
        for (const QString &location : locations)
            QVERIFY2(r.locations().contains(location), qPrintable(location + r.describe()));
        QCOMPARE(m_fixture.dump(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(300), qPrintable(m_fixture.error()));
        // A second "Sales" in account 1 makes the name ambiguous; "Solo" is unique.
        QVERIFY(m_fixture.addGroup(1, QStringLiteral("sales ")) > 0);
        QVERIFY(m_fixture.addGroup(1, QStringLiteral("Solo")) > 0);
    }

    void shouldAddMissingMembershipsWithPost()
    {
        QCOMPARE(client().send("DELETE", kPath + QStringLiteral("/drop?user_id=20,21")).status,
                 200);
        const HttpReply r =
            client().send("POST", kPath, R"({"user_id": [20, "21"], "group_id": "2,3"})");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("4 User Groups were Added for 2 Users."));
        QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 4);
        QCOMPARE(groupsOf(20), (QList<qint64>{2, 3}));
        const HttpReply again = client().send("POST", kPath, R"({"users": "20", "groups": [2]})");
        QCOMPARE(again.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("No User Groups were Added."));
    }

    void shouldReplaceMembershipsWithPutUsingNamesAndUrlencoding()
    {
        const HttpReply r = client().curl(
            kPath,
            client().curlCredentials() +
                QStringList{QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-d"),
                            QStringLiteral("user_id[]=20&group_id[]=3&group_id[]=%20solo")});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("1 User Group was Added and 1 was Removed for 1 User."));
        QCOMPARE(groupsOf(20).size(), 2);
        QVERIFY(groupsOf(20).contains(3));
    }

    void shouldRemoveMembershipsWithDeleteCarryingABody()
    {
        const HttpReply r = client().send("DELETE", kPath, R"({"user_id": 21, "group_id": [2]})");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("1 User Group was Removed for 1 User."));
        QCOMPARE(groupsOf(21), (QList<qint64>{3}));
    }

    void shouldDropEveryMembershipAndWarnAboutAGroupId()
    {
        const HttpReply r =
            client().curl(kPath + QStringLiteral("/drop"),
                          client().curlCredentials() +
                              QStringList{QStringLiteral("-X"), QStringLiteral("DELETE"),
                                          QStringLiteral("-F"), QStringLiteral("user_id=20,21"),
                                          QStringLiteral("-F"), QStringLiteral("group_id=3")});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("3 User Groups were Dropped for 2 Users."));
        QCOMPARE(r.json.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(groupsOf(20).isEmpty());
        const HttpReply again = client().send("DELETE", kPath + QStringLiteral("/drop?user_id=20"));
        QCOMPARE(again.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("No User Groups were Dropped."));
    }

    void shouldRefuseMissingUserIds()
    {
        expectRefused("POST", kPath, R"({"group_id": 1})", "Missing User IDs",
                      {QStringLiteral("user_id")});
    }

    void shouldRefuseWhenNoUserIsFound()
    {
        expectRefused("POST", kPath, R"({"user_id": [999998, 999999], "group_id": 1})",
                      "Could not Find Users",
                      {QStringLiteral("user_id.0"), QStringLiteral("user_id.1")});
    }

    void shouldRefuseWhenSomeUsersAreNotFound()
    {
        expectRefused("POST", kPath, R"({"user_id": "22,999999", "group_id": 1})",
                      "Users Found does not match Users Requested", {QStringLiteral("user_id.1")});
    }

    void shouldRefuseMissingGroupIds()
    {
        expectRefused("PUT", kPath, R"({"user_id": 22})", "Missing User Group IDs",
                      {QStringLiteral("group_id")});
    }

    void shouldRefuseWhenNoGroupIsFound()
    {
        expectRefused("DELETE", kPath, R"({"user_id": 22, "group_id": ["Nope", 99999]})",
                      "Could not Find User Groups",
                      {QStringLiteral("group_id.0"), QStringLiteral("group_id.1")});
    }

    void shouldRefuseWhenSomeGroupsAreNotFound()
    {
        // A group of account 2 does not exist for account 1.
        expectRefused("POST", kPath, R"({"user_id": 22, "group_id": [1, 16]})",
                      "User Groups Found does not match User Groups Requested",
                      {QStringLiteral("group_id.1")});
    }

    void shouldRefuseANameSharedBySeveralGroups()
    {
        expectRefused("POST", kPath, R"({"user_id": 22, "group_id": ["SALES"]})",
                      "Ambiguous User Group", {QStringLiteral("group_id.0")});
    }
};

METADESK_BACKEND_TEST_MAIN(ServerGroupsTest)
#include "test_server_groups.moc"
