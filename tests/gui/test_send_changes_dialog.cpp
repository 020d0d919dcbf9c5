#include "AppTranslator.h"
#include "ScriptedPrompter.h"
#include "SendChangesDialog.h"
#include "items/SendPlanModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// Issue 12 (3c): the plan before sending, conflicts decided by a person through the real widgets.
class SendChangesDialogTest : public QObject
{
    Q_OBJECT

    static MetaField scoreField()
    {
        MetaField f;
        f.name = QStringLiteral("score");
        f.type = MetaType::Integer;
        return f;
    }
    static SyncRow cell(qint64 user, int taken, int mine, int theirs)
    {
        SyncRow r;
        r.place = SyncPlace::cell(user, QStringLiteral("score"));
        r.userName = QStringLiteral("User Nr %1").arg(user);
        r.taken = QJsonValue(taken);
        r.mine = QJsonValue(mine);
        r.theirs = QJsonValue(theirs);
        return r;
    }
    static SendPlan plan()
    {
        // 1: send; 2 and 3: conflicts; 4: a server change the file takes.
        return SendPlan({cell(1, 1, 2, 1), cell(2, 1, 2, 3), cell(3, 1, 5, 6), cell(4, 1, 1, 9)});
    }
    static QString text(const SendChangesDialog &d, const char *name)
    {
        if (auto *label = d.findChild<QLabel *>(QLatin1String(name)))
            return label->text();
        return d.findChild<QPushButton *>(QLatin1String(name))->text();
    }
    static void clickRow(SendChangesDialog &d, int row)
    {
        QTableView *view = d.view();
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }
    static void click(SendChangesDialog &d, const char *name)
    {
        QTest::mouseClick(d.findChild<QPushButton *>(QLatin1String(name)), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(AppTranslator::install(qApp, QStringLiteral("en"))); }

    void shouldShowConflictsFirstAndHoldThemUntilDecided()
    {
        ScriptedPrompter prompter;
        SendChangesDialog d(plan(), {scoreField()}, &prompter);
        QAbstractItemModelTester tester(d.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.view()->model()->rowCount(), 2); // the two conflicts
        QVERIFY2(text(d, "sendPlanSummary")
                     .startsWith(QLatin1String(
                         "1 to send, 1 server change to take, 2 conflicts (2 undecided).")),
                 qPrintable(text(d, "sendPlanSummary")));
        QVERIFY(text(d, "sendPlanSummary").contains(QLatin1String("held back")));
        QCOMPARE(text(d, "sendButton"), QStringLiteral("Send 1 change"));

        // Keep mine for the first, take theirs for the second: both decided.
        clickRow(d, 0);
        click(d, "keepMine");
        clickRow(d, 1);
        click(d, "takeTheirs");
        QCOMPARE(d.plan().undecided(), 0);
        QCOMPARE(text(d, "sendButton"), QStringLiteral("Send 2 changes"));
        const EditSet edits = d.plan().edits();
        QCOMPARE(edits.metaEdits.size(), 2);
        QCOMPARE(edits.metaEdits.at(1), (MetaEdit{2, QStringLiteral("score"), QJsonValue(2)}));
        QCOMPARE(d.plan().fileUpdates().size(), 2); // user 3 takes 6, user 4 takes 9

        // Show and filter.
        auto *show = d.findChild<QComboBox *>(QStringLiteral("sendPlanShow"));
        show->setCurrentIndex(show->findData(int(SendChangesDialog::Show::All)));
        QCOMPARE(d.view()->model()->rowCount(), 4);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("sendPlanSearch")),
                         QStringLiteral("Nr 4"));
        QCOMPARE(d.view()->model()->rowCount(), 1);
    }

    void shouldCheckATypedValueAgainstTheField()
    {
        ScriptedPrompter prompter;
        SendChangesDialog d(plan(), {scoreField()}, &prompter);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        clickRow(d, 0);
        prompter.textAnswer = QStringLiteral("twelve");
        click(d, "useValue");
        QCOMPARE(prompter.warnings.size(), 1);
        QVERIFY2(prompter.warnings.first().contains(QLatin1String("Not valid for 'score'")),
                 qPrintable(prompter.warnings.first()));
        QCOMPARE(d.plan().undecided(), 2);

        prompter.textAnswer = QStringLiteral("12");
        click(d, "useValue");
        QCOMPARE(d.plan().undecided(), 1);
        QCOMPARE(d.view()->model()->index(0, SendPlanModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Conflict: use 12"));
        QCOMPARE(d.plan().edits().metaEdits.last(),
                 (MetaEdit{2, QStringLiteral("score"), QJsonValue(12)}));

        click(d, "takeTheirsForAll");
        QCOMPARE(d.plan().undecided(), 0);
        QCOMPARE(d.plan().toSend(), 1);
    }
};

QTEST_MAIN(SendChangesDialogTest)
#include "test_send_changes_dialog.moc"
