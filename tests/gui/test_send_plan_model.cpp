#include "AppTranslator.h"
#include "items/SendPlanModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The Send Changes dialog's table: what a person reads per place, and conflicts decided there.
class SendPlanModelTest : public QObject
{
    Q_OBJECT

    static SyncRow cell(qint64 user, const QString &name, ThreeWayMerge::Value taken,
                        ThreeWayMerge::Value mine, ThreeWayMerge::Value theirs)
    {
        SyncRow r;
        r.place = SyncPlace::cell(user, QStringLiteral("score"));
        r.userName = name;
        r.taken = std::move(taken);
        r.mine = std::move(mine);
        r.theirs = std::move(theirs);
        return r;
    }

    SendPlan plan() const
    {
        SyncRow membership;
        membership.place = SyncPlace::membership(3, 10);
        membership.userName = QStringLiteral("Cleo Park");
        membership.groupName = QStringLiteral("Engineering");
        membership.mine = QJsonValue(true);
        return SendPlan(
            {cell(1, QStringLiteral("Ada Lee"), QJsonValue(1), QJsonValue(2), QJsonValue(1)),
             cell(2, QStringLiteral("Bo Chen"), QJsonValue(1), QJsonValue(2), QJsonValue(3)),
             membership});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(AppTranslator::install(qApp, QStringLiteral("en"))); }

    void shouldShowTakenMineAndTheirsPerPlace()
    {
        SendPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan());
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, SendPlanModel::UserColumn), QStringLiteral("Ada Lee (1)"));
        QCOMPARE(text(0, SendPlanModel::PlaceColumn), QStringLiteral("score"));
        QCOMPARE(text(0, SendPlanModel::TakenColumn), QStringLiteral("1"));
        QCOMPARE(text(0, SendPlanModel::MineColumn), QStringLiteral("2"));
        QCOMPARE(text(0, SendPlanModel::OutcomeColumn), QStringLiteral("Send"));
        QCOMPARE(text(1, SendPlanModel::TheirsColumn), QStringLiteral("3"));
        QCOMPARE(text(1, SendPlanModel::OutcomeColumn), QStringLiteral("Conflict: undecided"));
        QVERIFY(model.index(1, 0).data(SendPlanModel::HeldRole).toBool());
        QCOMPARE(text(2, SendPlanModel::PlaceColumn), QStringLiteral("Group Engineering"));
        QCOMPARE(text(2, SendPlanModel::TakenColumn), QStringLiteral("not a member"));
        QCOMPARE(text(2, SendPlanModel::MineColumn), QStringLiteral("member"));
        QCOMPARE(model.summary(), QStringLiteral("2 to send, 1 conflict (1 undecided)"));
    }

    void shouldDecideAConflictAndCountItAsSent()
    {
        SendPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan());
        QSignalSpy changed(&model, &SendPlanModel::choicesChanged);
        // A row that is no conflict ignores a choice.
        model.setChoice(0, SyncRow::Choice::TakeTheirs);
        QCOMPARE(changed.count(), 0);
        model.setChoice(1, SyncRow::Choice::UseValue, QJsonValue(7));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, SendPlanModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Conflict: use 7"));
        QCOMPARE(model.summary(), QStringLiteral("3 to send, 1 conflict"));
        model.setChoiceForAllConflicts(SyncRow::Choice::TakeTheirs);
        QCOMPARE(model.summary(), QStringLiteral("2 to send, 1 conflict"));
        QCOMPARE(model.plan().fileUpdates().size(), 1);
    }
};

QTEST_MAIN(SendPlanModelTest)
#include "test_send_plan_model.moc"
