#include "MainWindow.h"
#include "TestFiles.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(TestFiles::createDemo(m_demo, 600, 9));
    }

    void shouldShowTheFirstAccountsUsersAfterOpeningAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openDatabase(m_demo, &error), qPrintable(error));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountPicker"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(view && accounts && count);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(accounts->count(), 2);
        QCOMPARE(accounts->currentData().toLongLong(), 1);
        QCOMPARE(view->model()->rowCount(), 600);
        QCOMPARE(view->model()->index(0, UsersTableModel::IdColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(count->text().contains(QLatin1String("600")));
        // The first row is really painted where a person would look.
        QVERIFY(view->rowAt(5) == 0);

        accounts->setCurrentIndex(1);
        StoreError storeError;
        auto store = SqliteStore::open(m_demo, &storeError);
        QVERIFY(store);
        QCOMPARE(view->model()->rowCount(), int(store->countUsers(2, {})));
        QVERIFY(view->model()->rowCount() < 600);
    }

    void shouldFilterAsYouType()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openDatabase(m_demo, &error));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        QVERIFY(search && view);
        const QString email = view->model()->index(42, UsersTableModel::EmailColumn).data().toString();
        QTest::keyClicks(search, email);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, UsersTableModel::EmailColumn).data().toString(), email);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 600);
    }

    void shouldKeepTheOpenFileWhenAnotherIsRefused()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openDatabase(m_demo, &error));
        QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("missing.db")), &error));
        QVERIFY(error.contains(QLatin1String("missing.db")));
        QCOMPARE(window.databasePath(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(window.usersModel()->rowCount(), 600);
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
