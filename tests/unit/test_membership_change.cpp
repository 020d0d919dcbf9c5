#include "TestFiles.h"
#include "items/MembershipChange.h"
#include "items/MembershipCommand.h"
#include "store/SqliteStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// A group operation's undo step: exactly the memberships it changed go back, and come again,
// written to a real file through the store's own group rule.
class MembershipChangeTest : public QObject
{
    Q_OBJECT

private:
    using Membership = std::pair<qint64, qint64>; // user, group
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<SqliteStore> demo()
    {
        return TestFiles::createDemo(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_files)), 40,
                                     11);
    }
    static QSet<Membership> memberships(SqliteStore &store)
    {
        QSet<Membership> set;
        for (const User &u : store.users(1, {}, 0, 1000))
            for (qint64 g : u.groups)
                set.insert({u.id, g});
        return set;
    }
    static QList<User> firstUsers(SqliteStore &store, int count)
    {
        return store.users(1, {}, 0, count);
    }
    // Applies the operations one by one, as LocalApplyJob does, and reports what each did.
    static ApplyReport apply(SqliteStore &store, const QList<GroupOperation> &ops)
    {
        ApplyReport report;
        for (const GroupOperation &op : ops) {
            const GroupOutcome outcome = store.applyGroupOperation(1, op);
            report.groupResults.append(
                {op, outcome.ok(), outcome.message(), outcome.added, outcome.removed});
        }
        return report;
    }
    // A group most of the first users are not in, and one some of them are in.
    static std::pair<qint64, qint64> twoGroups(SqliteStore &store, const QList<User> &users)
    {
        QHash<qint64, int> members;
        for (const User &u : users)
            for (qint64 g : u.groups)
                ++members[g];
        qint64 held = 0;
        qint64 rare = 0;
        for (const UserGroup &g : store.groups(1)) {
            const int n = members.value(g.id);
            if (n > 0 && n < users.size() && !held)
                held = g.id;
            else if (n < users.size() / 2 && g.id != held && !rare)
                rare = g.id;
        }
        return {held, rare};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldUndoOnlyTheMembershipsAnAddChangedAndRedoThem()
    {
        auto store = demo();
        QVERIFY(store);
        const QList<User> users = firstUsers(*store, 12);
        const auto [held, rare] = twoGroups(*store, users);
        QVERIFY(held && rare);
        const QSet<Membership> before = memberships(*store);
        int alreadyIn = 0;
        for (const User &u : users)
            alreadyIn += u.groups.contains(held) ? 1 : 0;
        QVERIFY(alreadyIn > 0);

        const QList<qint64> groups{held, rare};
        const auto preview = MembershipPlanner::preview(GroupOperation::Kind::Add, users, groups);
        const ApplyReport report = apply(
            *store, MembershipPlanner::operations(GroupOperation::Kind::Add, users, groups, 5));
        const QSet<Membership> after = memberships(*store);
        QCOMPARE(after.size() - before.size(), int(preview.adds));

        MembershipChange change = MembershipChange::record(1, preview, report);
        QVERIFY(!change.inexact());
        QCOMPARE(change.size(), preview.adds);
        // Undo's preview is the operation's turned round: nothing added, as many removed.
        const MembershipPlanner::Preview back = change.preview(MembershipChange::Direction::Undo);
        QCOMPARE(back.adds, 0);
        QCOMPARE(back.removes, preview.adds);
        QCOMPARE(back.usersChanged, preview.usersChanged);
        QVERIFY(!change.canGo(MembershipChange::Direction::Redo));

        // Batches of 4: every request names one group and at most 4 users.
        const QList<GroupOperation> undo = change.operations(MembershipChange::Direction::Undo, 4);
        for (const GroupOperation &op : undo) {
            QCOMPARE(op.kind, GroupOperation::Kind::Remove);
            QCOMPARE(op.groups.size(), 1);
            QVERIFY(op.userIds.size() <= 4);
        }
        const ApplyReport undone = apply(*store, undo);
        QVERIFY(change.settle(MembershipChange::Direction::Undo, undone));
        // The users who were in `held` before are in it still: only what the Add did went back.
        QCOMPARE(memberships(*store), before);
        QVERIFY(!change.canGo(MembershipChange::Direction::Undo));

        QVERIFY(change.settle(MembershipChange::Direction::Redo,
                              apply(*store, change.operations(MembershipChange::Direction::Redo))));
        QCOMPARE(memberships(*store), after);
    }

    void shouldUndoAReplaceAsAddsAndRemovesOfExactlyItsMemberships()
    {
        auto store = demo();
        QVERIFY(store);
        const QList<User> users = firstUsers(*store, 15);
        const auto [held, rare] = twoGroups(*store, users);
        QVERIFY(held && rare);
        const QSet<Membership> before = memberships(*store);
        const auto preview =
            MembershipPlanner::preview(GroupOperation::Kind::Replace, users, {rare});
        QVERIFY(preview.adds > 0 && preview.removes > 0);
        const ApplyReport report = apply(
            *store, MembershipPlanner::operations(GroupOperation::Kind::Replace, users, {rare}));
        const QSet<Membership> after = memberships(*store);
        MembershipChange change = MembershipChange::record(1, preview, report);
        QCOMPARE(change.size(), preview.adds + preview.removes);

        // Somebody else adds user 20 to `rare` meanwhile: no undo of ours touches it.
        const qint64 outsider = firstUsers(*store, 20).last().id;
        QVERIFY(store
                    ->applyGroupOperation(
                        1, {GroupOperation::Kind::Add, {outsider}, {GroupRef::byId(rare)}})
                    .ok());
        QVERIFY(change.settle(MembershipChange::Direction::Undo,
                              apply(*store, change.operations(MembershipChange::Direction::Undo))));
        QSet<Membership> expected = before;
        expected.insert({outsider, rare});
        QCOMPARE(memberships(*store), expected);

        QVERIFY(change.settle(MembershipChange::Direction::Redo,
                              apply(*store, change.operations(MembershipChange::Direction::Redo))));
        expected = after;
        expected.insert({outsider, rare});
        QCOMPARE(memberships(*store), expected);
    }

    void shouldKeepWhatDidNotLandToGoAgain()
    {
        auto store = demo();
        QVERIFY(store);
        const QList<User> users = firstUsers(*store, 10);
        const auto [held, rare] = twoGroups(*store, users);
        const QSet<Membership> before = memberships(*store);
        const auto preview = MembershipPlanner::preview(GroupOperation::Kind::Drop, users, {});
        QVERIFY(preview.removes > 2);
        MembershipChange change = MembershipChange::record(
            1, preview,
            apply(*store, MembershipPlanner::operations(GroupOperation::Kind::Drop, users, {})));
        QCOMPARE(change.size(), preview.removes);
        // The first request of the undo lands, the others do not (a server gone meanwhile).
        const QList<GroupOperation> undo = change.operations(MembershipChange::Direction::Undo, 1);
        QVERIFY(undo.size() > 1);
        ApplyReport partial = apply(*store, undo.mid(0, 1));
        for (const GroupOperation &op : undo.mid(1))
            partial.groupResults.append({op, false, QStringLiteral("not sent"), 0, 0});
        QVERIFY(!change.settle(MembershipChange::Direction::Undo, partial));
        // Undo again sends only what is left; Redo would take back only what did come back.
        const QList<GroupOperation> again = change.operations(MembershipChange::Direction::Undo, 1);
        QCOMPARE(again.size(), undo.size() - 1);
        for (const GroupOperation &op : again)
            QVERIFY(undo.mid(1).contains(op));
        QCOMPARE(change.preview(MembershipChange::Direction::Redo).removes,
                 qint64(undo.first().userIds.size()));
        QVERIFY(change.settle(MembershipChange::Direction::Undo,
                              apply(*store, change.operations(MembershipChange::Direction::Undo))));
        QCOMPARE(memberships(*store), before);
        Q_UNUSED(held);
        Q_UNUSED(rare);
    }

    void shouldLeaveOutABatchThatMetChangesMadeElsewhere()
    {
        auto store = demo();
        QVERIFY(store);
        const QList<User> users = firstUsers(*store, 10);
        const auto [held, rare] = twoGroups(*store, users);
        const auto preview = MembershipPlanner::preview(GroupOperation::Kind::Add, users, {rare});
        const QList<GroupOperation> ops =
            MembershipPlanner::operations(GroupOperation::Kind::Add, users, {rare}, 5);
        QCOMPARE(ops.size(), 2);
        // Somebody added the first batch's users meanwhile: it adds fewer than planned.
        QVERIFY(store->applyGroupOperation(1, ops.first()).ok());
        const ApplyReport report = apply(*store, ops);
        MembershipChange change = MembershipChange::record(1, preview, report);
        QVERIFY(change.inexact());
        qint64 secondBatch = 0;
        for (const MembershipPlanner::AffectedUser &a : preview.affected)
            secondBatch += ops.last().userIds.contains(a.user.id) ? a.gains.size() : 0;
        QCOMPARE(change.size(), secondBatch);
        for (const GroupOperation &op : change.operations(MembershipChange::Direction::Undo))
            for (qint64 id : op.userIds)
                QVERIFY(ops.last().userIds.contains(id));
        Q_UNUSED(held);
    }

    void shouldFindOnlyMembershipStepsOnTheStack()
    {
        QUndoStack stack;
        stack.push(new QUndoCommand(QStringLiteral("an edit")));
        stack.push(new MembershipCommand(MembershipChange(), QStringLiteral("Add to VIP")));
        QVERIFY(!MembershipCommand::at(&stack, 0));
        QVERIFY(MembershipCommand::at(&stack, 1));
        QCOMPARE(MembershipCommand::at(&stack, 1)->text(), QStringLiteral("Add to VIP"));
        QVERIFY(!MembershipCommand::at(&stack, 2));
        QVERIFY(!MembershipCommand::at(&stack, -1));
    }
};

QTEST_GUILESS_MAIN(MembershipChangeTest)
#include "test_membership_change.moc"
