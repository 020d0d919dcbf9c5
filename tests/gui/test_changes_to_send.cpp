#include "AppTranslator.h"
#include "ChangesToSendDialog.h"
#include "OfflineBanner.h"
#include "items/SendPlanModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// Issue 12 (2): View › Changes to Send lists what differs from the copy taken, with Revert.
class ChangesToSendTest : public QObject
{
    Q_OBJECT

    static QList<SyncRow> changes()
    {
        QList<SyncRow> rows;
        for (qint64 user = 1; user <= 3; ++user) {
            SyncRow r;
            r.place = SyncPlace::cell(user, QStringLiteral("score"));
            r.userName = QStringLiteral("Person %1").arg(user);
            r.taken = QJsonValue(int(user));
            r.mine = QJsonValue(int(user) * 10);
            r.theirs = r.taken;
            rows << r;
        }
        SyncRow joined;
        joined.place = SyncPlace::membership(2, 10);
        joined.userName = QStringLiteral("Person 2");
        joined.groupName = QStringLiteral("Sales");
        joined.mine = QJsonValue(true);
        rows << joined;
        return rows;
    }
    static QString count(const ChangesToSendDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("changesCount"))->text();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(AppTranslator::install(qApp, QStringLiteral("en"))); }

    void shouldListEveryChangeWithItsTakenValueAndFilter()
    {
        ChangesToSendDialog d(QStringLiteral("Offline copy"), changes());
        QAbstractItemModelTester tester(d.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(count(d), QStringLiteral("4 of 4 changes shown"));
        const QAbstractItemModel *shown = d.view()->model();
        QCOMPARE(shown->index(2, SendPlanModel::TakenColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(shown->index(2, SendPlanModel::MineColumn).data().toString(),
                 QStringLiteral("30"));
        QVERIFY(d.view()->isColumnHidden(SendPlanModel::TheirsColumn));

        auto *kind = d.findChild<QComboBox *>(QStringLiteral("changesKind"));
        kind->setCurrentIndex(kind->findData(int(SyncPlace::Kind::Membership)));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, SendPlanModel::PlaceColumn).data().toString(),
                 QStringLiteral("Group Sales"));
        kind->setCurrentIndex(kind->findData(-1));
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("changesSearch")),
                         QStringLiteral("person 3"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(count(d), QStringLiteral("1 of 4 changes shown"));
    }

    void shouldAskToRevertTheSelectedPlaces()
    {
        ChangesToSendDialog d(QStringLiteral("Offline copy"), changes());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *revert = d.findChild<QPushButton *>(QStringLiteral("revertChanges"));
        QVERIFY(!revert->isEnabled());
        QSignalSpy asked(&d, &ChangesToSendDialog::revertRequested);
        QTableView *view = d.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(1, 0)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(view->model()->index(3, 0)).center());
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        const auto places = asked.first().first().value<QList<SyncRow>>();
        QCOMPARE(places.size(), 2);
        QCOMPARE(places.at(0).place, SyncPlace::cell(2, QStringLiteral("score")));
        QCOMPARE(places.at(0).taken, ThreeWayMerge::Value(QJsonValue(2)));
        QCOMPARE(places.at(1).place, SyncPlace::membership(2, 10));
    }

    void shouldSayWhereTheCopyCameFromAndHowManyChangesWait()
    {
        OfflineBanner banner;
        banner.setOrigin({});
        QVERIFY(banner.isHidden()); // a file that is no offline copy
        OfflineOrigin origin;
        origin.baseUrl = QStringLiteral("https://crm.example.com");
        origin.accountId = 1;
        origin.accountName = QStringLiteral("Northwind Traders");
        origin.takenAt = QDateTime::currentDateTimeUtc();
        banner.setOrigin(origin);
        banner.setUnsentChanges(1);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().startsWith(QLatin1String(
                     "Offline copy of Northwind Traders on https://crm.example.com, taken")),
                 qPrintable(banner.text()));
        QVERIFY2(banner.text().endsWith(QLatin1String(": 1 change not yet sent")),
                 qPrintable(banner.text()));
        QSignalSpy send(&banner, &OfflineBanner::sendChangesRequested);
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("offlineSendChanges")),
                          Qt::LeftButton);
        QCOMPARE(send.count(), 1);
        banner.setUnsentChanges(0);
        QVERIFY(
            !banner.findChild<QPushButton *>(QStringLiteral("offlineShowChanges"))->isEnabled());
    }
};

QTEST_MAIN(ChangesToSendTest)
#include "test_changes_to_send.moc"
