#include "MainWindow.h"
#include "SchemaEditor.h"
#include "ScriptedPrompter.h"
#include "SqliteShell.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/GroupsTableModel.h"
#include "items/PendingEdits.h"
#include "items/SchemaTableModel.h"
#include "items/UsersTableModel.h"
#include "store/SchemaWriter.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A file open in the window while other programs write to it: the window notices within a
// second and shows what the file holds now, without losing the edits that are still pending.
class OutsideChangesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldShowWhatAnotherProgramWroteAndKeepPendingEdits()
    {
        const QString file = m_dir.filePath(QStringLiteral("watched.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 4));
        MainWindow window;
        window.setPrompter(std::make_unique<ScriptedPrompter>());
        QString error;
        QVERIFY2(openAndWait(window, file, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        UsersTableModel *users = window.usersModel();
        QAbstractItemModelTester usersTester(
            users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupsTester(
            window.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(users->isLoaded() && users->rowCount() > 0);
        QTRY_VERIFY(window.schemaEditor()->model()->isLoaded());
        const qint64 account = users->accountId();
        const qint64 user = users->userIdAt(0);
        QVERIFY(user > 0);
        const PendingEdits::Key pending{account, user, QStringLiteral("score")};
        window.pendingEdits()->set(pending, {QJsonValue(7), QJsonValue(), {}});
        const int groupsBefore = window.groupsModel()->rowCount();

        // The sqlite3 program renames the user and adds a group; another connection adds a field.
        const SqliteShell::Result write = SqliteShell::run(
            file, QStringLiteral("UPDATE users SET first_name = 'Outside' WHERE id = %1; "
                                 "INSERT INTO user_groups(account_id, name) VALUES(%2, 'Outside');")
                      .arg(user)
                      .arg(account));
        QVERIFY2(write.ok, qPrintable(write.err));
        {
            StoreError storeError;
            std::unique_ptr<SqliteStore> other = SqliteStore::open(file, &storeError);
            QVERIFY2(other, qPrintable(storeError.text()));
            MetaField note;
            note.name = QStringLiteral("outside_note");
            note.type = MetaType::String;
            const SchemaOutcome outcome = SchemaWriter(*other).apply(
                account, {{note.name, note, QStringLiteral("fields.outside_note")}},
                SchemaWriteOptions{});
            QVERIFY(outcome.ok());
        }

        QTRY_COMPARE(users->index(0, UsersTableModel::FirstNameColumn).data().toString(),
                     QStringLiteral("Outside"));
        QTRY_COMPARE(window.groupsModel()->rowCount(), groupsBefore + 1);
        QTRY_VERIFY(window.schemaEditor()->model()->rowOf(QStringLiteral("outside_note")) >= 0);
        QCOMPARE(window.pendingEdits()->count(), 1);
        QVERIFY(window.pendingEdits()->find(pending));
        QCOMPARE(window.pendingEdits()->find(pending)->value, QJsonValue(7));
    }
};

QTEST_MAIN(OutsideChangesTest)
#include "test_outside_changes.moc"
