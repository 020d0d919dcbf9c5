#include "TestFiles.h"
#include "payload/GroupMembersPayload.h"
#include "payload/RequestDocument.h"

#include <QJsonDocument>
#include <QTest>

// user_id / group_id parameters of /api/ingress/user_group_members (docs/API.md).
class TestPayloadGroupMembers : public QObject
{
    Q_OBJECT

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
    static QJsonObject form(const QByteArray &query)
    {
        return RequestDocument::decode(QByteArray(), QByteArray(), query).document;
    }

private Q_SLOTS:
    void shouldReadExampleRequestBody()
    {
        const QByteArray body =
            TestFiles::data(QStringLiteral("ingress/user_group_members_add.json"));
        QVERIFY(!body.isEmpty());
        const GroupMembersRequest r =
            GroupMembersPayload::parse(object(body), GroupOperation::Kind::Add);
        QVERIFY(r.ok());
        QCOMPARE(r.operation.userIds, (QList<qint64>{15, 248}));
        QCOMPARE(r.operation.groups, (QList<GroupRef>{GroupRef::byId(10), GroupRef::byId(11)}));
        QVERIFY(r.warnings.isEmpty());
    }

    void shouldAcceptCsvSingleAndArrayForms_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::newRow("csv") << object("{\"user_id\":\"15, 248\",\"group_id\":\"10,Sales \"}");
        QTest::newRow("integers") << object("{\"users\":[15,248],\"groups\":[10,\" Sales\"]}");
        QTest::newRow("php brackets")
            << form("user_ids[]=15&user_ids[]=248&group_ids[]=10&group_ids[]=Sales");
        QTest::newRow("duplicates dropped")
            << object("{\"user_id\":[15,\"248\",15],\"group_id\":[10,\"sales\",\"Sales\",\"10\"]}");
    }
    void shouldAcceptCsvSingleAndArrayForms()
    {
        QFETCH(QJsonObject, document);
        const GroupMembersRequest r =
            GroupMembersPayload::parse(document, GroupOperation::Kind::Replace);
        QVERIFY(r.ok());
        QCOMPARE(r.operation.kind, GroupOperation::Kind::Replace);
        QCOMPARE(r.operation.userIds, (QList<qint64>{15, 248}));
        QCOMPARE(r.operation.groups.size(), 2);
        QCOMPARE(r.operation.groups[0], GroupRef::byId(10));
        QCOMPARE(r.operation.groups[1].name.toLower(), QStringLiteral("sales"));
        QCOMPARE(r.userPositions, (QList<int>{0, 1}));
    }

    void shouldAcceptSingleInteger()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":7,\"group_id\":3}"), GroupOperation::Kind::Remove);
        QVERIFY(r.ok());
        QCOMPARE(r.operation.userIds, QList<qint64>{7});
        QCOMPARE(r.operation.groups, QList<GroupRef>{GroupRef::byId(3)});
    }

    void shouldReportMissingUserIds()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":\" , \",\"group_id\":1}"), GroupOperation::Kind::Add);
        QCOMPARE(r.error.title, QStringLiteral("Missing User IDs"));
        QCOMPARE(r.error.details,
                 (QList<ErrorDetail>{
                     {QStringLiteral("user_id"),
                      QStringLiteral("no user ids given (send user_id, user_ids or users)")}}));
    }

    void shouldReportMissingGroupIdsAfterUsers()
    {
        const GroupMembersRequest r =
            GroupMembersPayload::parse(object("{\"api_key\":\"k\"}"), GroupOperation::Kind::Remove);
        QCOMPARE(r.error.title, QStringLiteral("Missing User IDs"));
        QCOMPARE(r.error.details.size(), 2);
        QCOMPARE(r.error.details[1],
                 (ErrorDetail{
                     QStringLiteral("group_id"),
                     QStringLiteral("no user groups given (send group_id, group_ids or groups)")}));
        const GroupMembersRequest onlyGroups =
            GroupMembersPayload::parse(object("{\"user_id\":1}"), GroupOperation::Kind::Add);
        QCOMPARE(onlyGroups.error.title, QStringLiteral("Missing User Group IDs"));
    }

    void shouldLocateBadIdsByIndex()
    {
        const GroupMembersRequest r =
            GroupMembersPayload::parse(object("{\"user_id\":\"15,abc,-2,99999999999999999999\","
                                              "\"group_id\":[1,0,1.5,true,\"Sales\"]}"),
                                       GroupOperation::Kind::Add);
        QCOMPARE(r.error.title, QStringLiteral("Users Found does not match Users Requested"));
        const QList<ErrorDetail> expected{
            {QStringLiteral("user_id.1"), QStringLiteral("invalid user id: 'abc' is not a number")},
            {QStringLiteral("user_id.2"),
             QStringLiteral("invalid user id: '-2' is not a valid id: ids are positive")},
            {QStringLiteral("user_id.3"),
             QStringLiteral("invalid user id: '99999999999999999999' does not fit in a 64-bit id")},
            {QStringLiteral("group_id.1"),
             QStringLiteral("invalid group id: 0 is not a valid id: ids are positive")},
            {QStringLiteral("group_id.2"),
             QStringLiteral("invalid group id: 1.5 is not a whole number")},
            {QStringLiteral("group_id.3"), QStringLiteral("a group must be an id or a name")}};
        QCOMPARE(r.error.details, expected);
        QCOMPARE(r.operation.userIds, QList<qint64>{15});
        QCOMPARE(r.operation.groups,
                 (QList<GroupRef>{GroupRef::byId(1), GroupRef::byName(QStringLiteral("Sales"))}));
        QCOMPARE(r.groupPositions, (QList<int>{0, 4}));
    }

    void shouldSayCouldNotFindWhenNoIdIsValid()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":\"x\",\"group_id\":[0]}"), GroupOperation::Kind::Add);
        QCOMPARE(r.error.title, QStringLiteral("Could not Find Users"));
        QCOMPARE(r.error.details.size(), 2);
        QCOMPARE(r.error.details[1].location, QStringLiteral("group_id.0"));
        const GroupMembersRequest groups = GroupMembersPayload::parse(
            object("{\"user_id\":1,\"group_id\":[0]}"), GroupOperation::Kind::Add);
        QCOMPARE(groups.error.title, QStringLiteral("Could not Find User Groups"));
        const GroupMembersRequest some = GroupMembersPayload::parse(
            object("{\"user_id\":1,\"group_id\":[0,2]}"), GroupOperation::Kind::Add);
        QCOMPARE(some.error.title,
                 QStringLiteral("User Groups Found does not match User Groups Requested"));
    }

    void shouldRefuseWrongShape()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":true,\"group_id\":1}"), GroupOperation::Kind::Add);
        QCOMPARE(r.error.title, QStringLiteral("Could not Find Users"));
        QCOMPARE(r.error.details,
                 (QList<ErrorDetail>{
                     {QStringLiteral("user_id"),
                      QStringLiteral("user ids must be a csv string, an integer or a list")}}));
    }

    void shouldIgnoreGroupsOnDropWithWarning()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":[1,2],\"group_id\":[10]}"), GroupOperation::Kind::Drop);
        QVERIFY(r.ok());
        QVERIFY(r.operation.groups.isEmpty());
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral(
                     "group_id was ignored: drop removes every group membership of the users")});
        const GroupMembersRequest quiet =
            GroupMembersPayload::parse(object("{\"user_id\":[1,2]}"), GroupOperation::Kind::Drop);
        QVERIFY(quiet.ok());
        QVERIFY(quiet.warnings.isEmpty());
    }

    void shouldWarnAboutSecondAlias()
    {
        const GroupMembersRequest r = GroupMembersPayload::parse(
            object("{\"user_id\":1,\"users\":2,\"group_id\":1}"), GroupOperation::Kind::Add);
        QCOMPARE(r.operation.userIds, QList<qint64>{1});
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral("users was ignored because user_id was given")});
    }

    void shouldMapMethodsAndPaths()
    {
        using K = GroupOperation::Kind;
        const QString path = QStringLiteral("/api/ingress/user_group_members");
        QCOMPARE(GroupMembersPayload::kindFor("POST", path), std::optional<K>(K::Add));
        QCOMPARE(GroupMembersPayload::kindFor("put", path + QLatin1Char('/')),
                 std::optional<K>(K::Replace));
        QCOMPARE(GroupMembersPayload::kindFor("DELETE", path), std::optional<K>(K::Remove));
        QCOMPARE(GroupMembersPayload::kindFor("DELETE", path + QStringLiteral("/drop")),
                 std::optional<K>(K::Drop));
        QCOMPARE(GroupMembersPayload::kindFor("POST", path + QStringLiteral("/drop")),
                 std::nullopt);
        QCOMPARE(GroupMembersPayload::kindFor("GET", path), std::nullopt);
        for (K k : {K::Add, K::Replace, K::Remove, K::Drop})
            QCOMPARE(GroupMembersPayload::kindFor(GroupMembersPayload::method(k),
                                                  GroupMembersPayload::path(k)),
                     std::optional<K>(k));
    }
};

QTEST_GUILESS_MAIN(TestPayloadGroupMembers)
#include "test_payload_group_members.moc"
