#include "sync/OfflineOrigin.h"
#include "sync/SendPlan.h"

#include <QDateTime>

#include <QTest>

// Issue 12: the one merge rule of the offline round trip, place by place, and the plan it makes.
class SendPlanTest : public QObject
{
    Q_OBJECT

    using Decision = ThreeWayMerge::Decision;
    using Value = ThreeWayMerge::Value;

    static SyncRow cell(qint64 user, const QString &field, Value taken, Value mine, Value theirs)
    {
        SyncRow r;
        r.place = SyncPlace::cell(user, field);
        r.taken = std::move(taken);
        r.mine = std::move(mine);
        r.theirs = std::move(theirs);
        return r;
    }
    static SyncRow member(qint64 user, qint64 group, bool taken, bool mine, bool theirs)
    {
        const auto v = [](bool in) { return in ? Value(QJsonValue(true)) : Value(); };
        SyncRow r;
        r.place = SyncPlace::membership(user, group);
        r.taken = v(taken);
        r.mine = v(mine);
        r.theirs = v(theirs);
        return r;
    }

private Q_SLOTS:
    void shouldDecideEachCaseOfTheThreeWayCompare_data()
    {
        QTest::addColumn<Value>("taken");
        QTest::addColumn<Value>("mine");
        QTest::addColumn<Value>("theirs");
        QTest::addColumn<int>("decision");
        const Value none;
        const Value a = QJsonValue(150);
        const Value a2 = QJsonValue(150.0);
        const Value b = QJsonValue(7);
        const Value text = QJsonValue(QStringLiteral("150"));
        QTest::newRow("nobody changed it") << a << a << a << int(Decision::Unchanged);
        QTest::newRow("150 and 150.0 are one number") << a << a2 << a << int(Decision::Unchanged);
        QTest::newRow("changed here") << a << b << a << int(Decision::Send);
        QTest::newRow("cleared here") << a << none << a << int(Decision::Send);
        QTest::newRow("set here, none before") << none << b << none << int(Decision::Send);
        QTest::newRow("changed there") << a << a << b << int(Decision::Incoming);
        QTest::newRow("cleared there") << a << a << none << int(Decision::Incoming);
        QTest::newRow("same change on both sides") << a << b << b << int(Decision::AlreadyEqual);
        QTest::newRow("cleared on both sides") << a << none << none << int(Decision::AlreadyEqual);
        QTest::newRow("different changes") << a << b << none << int(Decision::Conflict);
        QTest::newRow("a string is not a number") << a << text << b << int(Decision::Conflict);
    }
    void shouldDecideEachCaseOfTheThreeWayCompare()
    {
        QFETCH(Value, taken);
        QFETCH(Value, mine);
        QFETCH(Value, theirs);
        QFETCH(int, decision);
        QCOMPARE(int(ThreeWayMerge::decide(taken, mine, theirs)), decision);
    }

    void shouldCountAndSendOnlyWhatChangedHereAndHoldUndecidedConflicts()
    {
        const SendPlan plan({cell(1, QStringLiteral("score"), QJsonValue(1), QJsonValue(2),
                                  QJsonValue(1)), // send
                             cell(2, QStringLiteral("score"), QJsonValue(1), QJsonValue(1),
                                  QJsonValue(1)), // unchanged: not listed
                             cell(3, QStringLiteral("score"), QJsonValue(1), QJsonValue(5),
                                  QJsonValue(5)), // already equal
                             cell(4, QStringLiteral("tier"), QJsonValue(QStringLiteral("a")),
                                  QJsonValue(QStringLiteral("b")),
                                  QJsonValue(QStringLiteral("c"))), // conflict
                             cell(5, QStringLiteral("tier"), QJsonValue(QStringLiteral("a")),
                                  QJsonValue(QStringLiteral("a")), Value()), // incoming
                             member(1, 10, false, true, false),              // send: add
                             member(2, 10, true, false, true),               // send: remove
                             member(3, 11, false, false, true)});            // incoming
        QCOMPARE(plan.rows().size(), 7);
        QCOMPARE(plan.count(Decision::Send), 3);
        QCOMPARE(plan.count(Decision::AlreadyEqual), 1);
        QCOMPARE(plan.count(Decision::Conflict), 1);
        QCOMPARE(plan.count(Decision::Incoming), 2);
        QCOMPARE(plan.toSend(), 3);
        QCOMPARE(plan.undecided(), 1);

        const EditSet edits = plan.edits();
        QCOMPARE(edits.metaEdits.size(), 1);
        QCOMPARE(edits.metaEdits.first(), (MetaEdit{1, QStringLiteral("score"), QJsonValue(2)}));
        QCOMPARE(edits.groupOperations.size(), 2);
        QCOMPARE(edits.groupOperations.at(0),
                 (GroupOperation{GroupOperation::Kind::Add, {1}, {GroupRef::byId(10)}}));
        QCOMPARE(edits.groupOperations.at(1),
                 (GroupOperation{GroupOperation::Kind::Remove, {2}, {GroupRef::byId(10)}}));

        // The file takes the server's changes; the held conflict keeps the file's own value.
        const QList<SyncRow> updates = plan.fileUpdates();
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.at(0).place, SyncPlace::cell(5, QStringLiteral("tier")));
        QVERIFY(!updates.at(0).settledValue());
        QCOMPARE(updates.at(1).place, SyncPlace::membership(3, 11));
    }

    void shouldSendAConflictOnlyAsThePersonDecided()
    {
        const auto conflict = [] {
            return SendPlan(
                {cell(4, QStringLiteral("score"), QJsonValue(1), QJsonValue(2), QJsonValue(3))});
        };
        SendPlan mine = conflict();
        mine.chooseForAllConflicts(SyncRow::Choice::KeepMine);
        QCOMPARE(mine.undecided(), 0);
        QCOMPARE(mine.edits().metaEdits,
                 (QList<MetaEdit>{{4, QStringLiteral("score"), QJsonValue(2)}}));
        QVERIFY(mine.fileUpdates().isEmpty());

        SendPlan theirs = conflict();
        theirs.choose(0, SyncRow::Choice::TakeTheirs);
        QVERIFY(theirs.edits().isEmpty());
        QCOMPARE(theirs.fileUpdates().size(), 1);
        QCOMPARE(theirs.fileUpdates().first().settledValue(), Value(QJsonValue(3)));

        SendPlan typed = conflict();
        typed.choose(0, SyncRow::Choice::UseValue, QJsonValue(9));
        QCOMPARE(typed.edits().metaEdits,
                 (QList<MetaEdit>{{4, QStringLiteral("score"), QJsonValue(9)}}));
        QCOMPARE(typed.fileUpdates().first().settledValue(), Value(QJsonValue(9)));

        // Typing the server's value sends nothing: it is there already.
        SendPlan same = conflict();
        same.choose(0, SyncRow::Choice::UseValue, QJsonValue(3));
        QVERIFY(same.edits().isEmpty());
        QCOMPARE(same.toSend(), 0);
    }

    void shouldSplitLargeMembershipChangesIntoRequests()
    {
        QList<SyncRow> rows;
        for (qint64 u = 1; u <= 2500; ++u)
            rows << member(u, 10, false, true, false);
        const EditSet edits = SendPlan(rows).edits(1000);
        QCOMPARE(edits.groupOperations.size(), 3);
        QCOMPARE(edits.groupOperations.at(0).userIds.size(), 1000);
        QCOMPARE(edits.groupOperations.at(2).userIds.size(), 500);
        QCOMPARE(edits.groupOperations.at(2).userIds.last(), 2500);
    }

    // A server whose group ids are not known (a plain TLD ingress) gets the groups by name.
    void shouldNameGroupsByNameWhenAsked()
    {
        SyncRow joins = member(1, 10, false, true, false);
        joins.groupName = QStringLiteral("Sales");
        SyncRow leaves = member(2, 11, true, false, true);
        leaves.groupName = QStringLiteral("Support");
        const SendPlan plan({joins, leaves});
        const EditSet byName = plan.edits(1000, SendPlan::GroupNaming::ByName);
        QCOMPARE(byName.groupOperations.size(), 2);
        QCOMPARE(byName.groupOperations.at(0),
                 (GroupOperation{
                     GroupOperation::Kind::Add, {1}, {GroupRef::byName(QStringLiteral("Sales"))}}));
        QCOMPARE(byName.groupOperations.at(1),
                 (GroupOperation{GroupOperation::Kind::Remove,
                                 {2},
                                 {GroupRef::byName(QStringLiteral("Support"))}}));
        QCOMPARE(plan.edits().groupOperations.at(0).groups, QList<GroupRef>{GroupRef::byId(10)});
    }

    void shouldKnowTheServerAndAccountACopyCameFrom()
    {
        OfflineOrigin origin;
        origin.baseUrl = QStringLiteral("https://crm.example.com/");
        origin.accountId = 1;
        origin.accountName = QStringLiteral("Northwind Traders");
        origin.takenAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(origin.matches(QStringLiteral("HTTPS://CRM.example.com"), 1));
        QVERIFY(origin.matches(QStringLiteral("https://crm.example.com:443"), 1));
        QVERIFY(!origin.matches(QStringLiteral("https://crm.example.com"), 2));
        QVERIFY(!origin.matches(QStringLiteral("https://other.example.com"), 1));
        QVERIFY(!origin.matches(QStringLiteral("http://crm.example.com"), 1));
        QVERIFY(origin.describe().startsWith(
            QLatin1String("Offline copy of Northwind Traders on https://crm.example.com/, taken")));
        QVERIFY(!OfflineOrigin().isValid());
    }

    void shouldNamePlacesAsTheServerDoes()
    {
        QCOMPARE(SyncPlace::cell(15, QStringLiteral("score")).location(),
                 QStringLiteral("users.15.score"));
        QCOMPARE(SyncPlace::membership(15, 10).location(), QStringLiteral("users.15.groups.10"));
    }
};

QTEST_GUILESS_MAIN(SendPlanTest)
#include "test_send_plan.moc"
