#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/GroupsTableModel.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QWidgetAction>

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
        QVERIFY2(openAndWait(window, m_demo, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountPicker"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(view && accounts && count);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The file answers from its worker thread, never while the window waits.
        QTRY_COMPARE(accounts->count(), 2);
        QCOMPARE(accounts->currentData().toLongLong(), 1);
        QTRY_COMPARE(view->model()->rowCount(), 600);
        QTRY_COMPARE(view->model()->index(0, UsersTableModel::IdColumn).data().toString(),
                     QStringLiteral("1"));
        QTRY_VERIFY(count->text().contains(QLatin1String("600")));
        // The first row is really painted where a person would look.
        QVERIFY(view->rowAt(5) == 0);

        accounts->setCurrentIndex(1);
        StoreError storeError;
        auto store = SqliteStore::open(m_demo, &storeError);
        QVERIFY(store);
        QTRY_COMPARE(view->model()->rowCount(), int(store->countUsers(2, {})));
        QVERIFY(view->model()->rowCount() < 600);
    }

    void shouldFilterAsYouType()
    {
        MainWindow window;
        QString error;
        QVERIFY(openAndWait(window, m_demo, &error));
        QVERIFY(waitUntilShown(window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        QVERIFY(search && view);
        QTRY_VERIFY(!view->model()
                         ->index(42, UsersTableModel::EmailColumn)
                         .data(UsersTableModel::RawValueRole)
                         .isNull());
        const QString email =
            view->model()->index(42, UsersTableModel::EmailColumn).data().toString();
        QTest::keyClicks(search, email);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE(view->model()->index(0, UsersTableModel::EmailColumn).data().toString(),
                     email);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 600);
    }

    void shouldKeepTheOpenFileWhenAnotherIsRefused()
    {
        MainWindow window;
        QString error;
        QVERIFY(openAndWait(window, m_demo, &error));
        QVERIFY(waitUntilShown(window));
        QVERIFY(!openAndWait(window, m_dir.filePath(QStringLiteral("missing.db")), &error));
        QVERIFY(error.contains(QLatin1String("missing.db")));
        QCOMPARE(window.location(), QFileInfo(m_demo).absoluteFilePath());
        QTRY_COMPARE(window.usersModel()->rowCount(), 600);
    }

    void shouldEditMetaCellsUndoAndApplyToTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("edit.db"));
        QVERIFY(TestFiles::createDemo(file, 300, 4));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(openAndWait(window, file, &error));
        QVERIFY(waitUntilShown(window));
        window.showMetaColumns({QStringLiteral("score"), QStringLiteral("phone")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        QAbstractItemModel *model = view->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int scoreColumn = -1;
        int tierColumn = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString name = model->index(0, c).data(UsersTableModel::FieldNameRole).toString();
            if (name == QLatin1String("score"))
                scoreColumn = c;
            if (name == QLatin1String("phone"))
                tierColumn = c;
        }
        QVERIFY(scoreColumn > 0 && tierColumn > 0);

        // Type into a cell the way a person does: select, F2, type, Enter.
        auto typeInto = [&](int row, int column, const QString &text) {
            const QModelIndex cell = model->index(row, column);
            cell.data();
            QTRY_VERIFY(window.usersModel()->valuesLoadedAt(row));
            view->setCurrentIndex(cell);
            view->scrollTo(cell);
            QTest::keyClick(view, Qt::Key_F2);
            QPointer<QLineEdit> editor = view->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            QVERIFY(editor->isVisible());
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
            // The delegate commits through a queued call, then closes the editor.
            QTRY_VERIFY(!editor || !editor->isVisible());
        };
        typeInto(0, scoreColumn, QStringLiteral("77"));
        QCOMPARE(window.pendingEdits()->count(), 1);
        QCOMPARE(model->index(0, scoreColumn).data().toString(), QStringLiteral("77"));
        QCOMPARE(model->index(0, scoreColumn).data(UsersTableModel::EditStateRole).toInt(),
                 int(UsersTableModel::EditState::Pending));
        QVERIFY(model->index(0, scoreColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("pendingLabel"))
                    ->text()
                    .contains(QLatin1String("1 pending")));

        typeInto(1, tierColumn, QStringLiteral("diamond"));
        QCOMPARE(window.pendingEdits()->count(), 2);
        // Marked as refused as soon as it is typed, before anything is sent.
        QCOMPARE(model->index(1, tierColumn).data(UsersTableModel::EditStateRole).toInt(),
                 int(UsersTableModel::EditState::Refused));
        // Undo the bad edit, redo it: the cell goes back to what is stored, then to the edit.
        const QString storedTier = [&] {
            StoreError e;
            auto store = SqliteStore::open(file, &e);
            return store->metaValues(1, {2}, {QStringLiteral("phone")}, 0, 1)
                .value(2)
                .value(QStringLiteral("phone"))
                .toString();
        }();
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(window.pendingEdits()->count(), 1);
        QCOMPARE(model->index(1, tierColumn).data().toString(), storedTier);
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(model->index(1, tierColumn).data().toString(), QStringLiteral("diamond"));

        // The valid edit is written; the bad one is held back, red, with its reason.
        QString message;
        QVERIFY(!window.applyPendingEdits(&message));
        QCOMPARE(message, QStringLiteral("1 written, 1 held back: see the red cells."));
        QCOMPARE(window.pendingEdits()->count(), 1);
        // The table re-reads its rows after the write (from the store's thread).
        QTRY_COMPARE(model->index(1, tierColumn).data(UsersTableModel::EditStateRole).toInt(),
                     int(UsersTableModel::EditState::Refused));
        const QString tip = model->index(1, tierColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Not valid: ")) &&
                     tip.contains(QLatin1String("shorter than the minimum length of 8")),
                 qPrintable(tip));
        QVERIFY(!window.undoStack()->canUndo()); // what was written is no longer undoable
        StoreError e;
        auto store = SqliteStore::open(file, &e);
        QVERIFY(store);
        QCOMPARE(store->metaValues(1, {1}, {QStringLiteral("score")}, 0, 1)
                     .value(1)
                     .value(QStringLiteral("score"))
                     .toInteger(),
                 77);
        QCOMPARE(store->metaValues(1, {2}, {QStringLiteral("phone")}, 0, 1)
                     .value(2)
                     .value(QStringLiteral("phone"))
                     .toString(),
                 storedTier);
        // The table re-reads the written rows from the store's thread.
        QTRY_COMPARE(model->index(0, scoreColumn).data().toString(), QStringLiteral("77"));
        QCOMPARE(model->index(0, scoreColumn).data(UsersTableModel::EditStateRole).toInt(),
                 int(UsersTableModel::EditState::Stored));
    }

    void shouldRefuseToOpenAnotherFileWhileEditsArePending()
    {
        MainWindow window;
        QString error;
        QVERIFY(openAndWait(window, m_demo, &error));
        QVERIFY(waitUntilShown(window));
        window.showMetaColumns({QStringLiteral("score")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        const int column = UsersTableModel::ColumnCount;
        window.usersModel()->index(3, column).data();
        QTRY_VERIFY(window.usersModel()->valuesLoadedAt(3));
        QVERIFY(window.usersModel()->setData(window.usersModel()->index(3, column),
                                             QStringLiteral("12")));
        QCOMPARE(window.pendingEdits()->count(), 1);
        QVERIFY(!openAndWait(window, m_demo, &error));
        QVERIFY2(error.contains(QLatin1String("1 edit")) &&
                     error.contains(QLatin1String("pending")),
                 qPrintable(error));
        QCOMPARE(window.pendingEdits()->count(), 1);
    }

    // Quitting with edits not written asks through the Prompter: Cancel keeps the window and
    // the edits; Discard closes it and forgets them.
    void shouldAskBeforeClosingWithPendingEdits()
    {
        // A file of its own: no edits left behind by other tests are offered back.
        const QString file = m_dir.filePath(QStringLiteral("closing.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 5));
        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, file, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        window.showMetaColumns({QStringLiteral("score")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        const QModelIndex cell = window.usersModel()->index(2, UsersTableModel::ColumnCount);
        cell.data();
        QTRY_VERIFY(window.usersModel()->valuesLoadedAt(2));
        const QString before = TestFiles::dump(file);
        QVERIFY(window.usersModel()->setData(cell, QStringLiteral("31")));
        QCOMPARE(window.pendingEdits()->count(), 1);

        prompter->askAnswer = QMessageBox::Cancel;
        window.findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
        QCOMPARE(prompter->questions.size(), 1);
        QVERIFY2(prompter->questions.first().contains(QLatin1String("1 edit(s) have not been "
                                                                    "written yet")),
                 qPrintable(prompter->questions.first()));
        QVERIFY(window.isVisible());
        QCOMPARE(window.pendingEdits()->count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("31"));

        prompter->askAnswer = QMessageBox::Discard;
        QVERIFY(window.close());
        QCOMPARE(prompter->questions.size(), 2);
        QVERIFY(!window.isVisible());
        QCOMPARE(window.pendingEdits()->count(), 0);
        QCOMPARE(TestFiles::dump(file), before); // nothing was written
    }

    void shouldApplyPendingEditsBeforeClosingWhenAskedTo()
    {
        const QString file = m_dir.filePath(QStringLiteral("apply-on-close.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 6));
        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, file, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        window.showMetaColumns({QStringLiteral("score")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        const QModelIndex cell = window.usersModel()->index(1, UsersTableModel::ColumnCount);
        cell.data();
        QTRY_VERIFY(window.usersModel()->valuesLoadedAt(1));
        const qint64 user = window.usersModel()->userIdAt(1);
        QVERIFY(user > 0);
        QVERIFY(window.usersModel()->setData(cell, QStringLiteral("47")));

        prompter->askAnswer = QMessageBox::Apply;
        QVERIFY(window.close());
        QCOMPARE(prompter->questions.size(), 1);
        QVERIFY2(prompter->warnings.isEmpty(), qPrintable(prompter->warnings.join(u'\n')));
        QCOMPARE(window.pendingEdits()->count(), 0);
        StoreError storeError;
        auto store = SqliteStore::open(file, &storeError);
        QVERIFY(store);
        QCOMPARE(store->metaValues(1, {user}, {QStringLiteral("score")}, 0, 1)
                     .value(user)
                     .value(QStringLiteral("score"))
                     .toInteger(),
                 47);
    }

    void shouldCloseWithoutAskingWhenNothingIsPending()
    {
        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(prompter->questions.isEmpty());
        QVERIFY(!window.isVisible());
    }

    void shouldGiveEveryMenuAndToolBarActionAnIconThatDraws()
    {
        MainWindow window;
        QVERIFY(!window.windowIcon().pixmap(QSize(64, 64)).isNull());
        QList<QAction *> actions;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY(menuAction->menu());
            actions += menuAction->menu()->actions();
        }
        for (QToolBar *toolbar : window.findChildren<QToolBar *>())
            actions += toolbar->actions();
        int checked = 0;
        for (QAction *action : std::as_const(actions)) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            const QString name =
                action->objectName().isEmpty() ? action->text() : action->objectName();
            // Drawing it proves the SVG icon engine (libqt6svg6) is there, not just the file.
            QVERIFY2(!action->icon().pixmap(QSize(16, 16)).isNull(), qPrintable(name));
            ++checked;
        }
        QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
    }

    void shouldCreateANewDatabaseAndOpenTheDemoFromTheFileMenu()
    {
        MainWindow window;
        auto prompter = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *answers = prompter.get();
        window.setPrompter(std::move(prompter));
        answers->fileAnswer = m_dir.filePath(QStringLiteral("brand-new.db"));
        window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        // Made and opened on a thread of its own: the window shows it when it is open.
        QTRY_COMPARE(window.location(), QFileInfo(answers->fileAnswer).absoluteFilePath());
        QVERIFY2(answers->warnings.isEmpty(),
                 qPrintable(answers->warnings.join(QLatin1Char('\n'))));
        auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountPicker"));
        QTRY_COMPARE(accounts->count(), 1);
        QTRY_VERIFY(window.usersModel()->isLoaded());
        QCOMPARE(window.usersModel()->rowCount(), 0);
        // Creating over an existing file is refused and says so.
        window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        QTRY_COMPARE(answers->warnings.size(), 1);
        QVERIFY2(answers->warnings.first().contains(QLatin1String("already exists")),
                 qPrintable(answers->warnings.first()));

        window.findChild<QAction *>(QStringLiteral("actionOpenDemo"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.location().endsWith(QLatin1String("metadesk-demo.db")),
                                 60000);
        QCOMPARE(answers->warnings.size(), 1);
        QTRY_COMPARE(accounts->count(), 2);
        QTRY_COMPARE(window.usersModel()->rowCount(), 500);

        // The groups area's sorting proxy follows every model rule too.
        auto *groupsView = window.findChild<QTableView *>(QStringLiteral("groupsView"));
        QAbstractItemModelTester tester(groupsView->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(groupsView->model()->rowCount() > 0);
        groupsView->sortByColumn(GroupsTableModel::MembersColumn, Qt::DescendingOrder);
        const qint64 first = groupsView->model()
                                 ->index(0, GroupsTableModel::MembersColumn)
                                 .data(GroupsTableModel::RawValueRole)
                                 .toLongLong();
        const qint64 last =
            groupsView->model()
                ->index(groupsView->model()->rowCount() - 1, GroupsTableModel::MembersColumn)
                .data(GroupsTableModel::RawValueRole)
                .toLongLong();
        QVERIFY(first >= last);
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
