#include "AppTranslator.h"
#include "GroupPreviewDialog.h"
#include "MainWindow.h"
#include "MembershipPanel.h"
#include "MemorySecretStore.h"
#include "ScriptedPrompter.h"
#include "ServerFixture.h"
#include "TestFiles.h"
#include "UsersArea.h"
#include "WindowReady.h"
#include "exchange/DelimitedText.h"
#include "items/AffectedUsersModel.h"
#include "items/GroupsTableModel.h"
#include "items/UsersTableModel.h"
#include "secrets/ConnectionProfiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Group assignment in all four ways, on the selection and on everything matching the filter,
// against a file and against metadesk-server: the preview, the server's sentence, the file.
class GroupMembershipTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_key; // the server's key, to show it never reaches the log

    struct Setup
    {
        std::unique_ptr<MainWindow> window;
        ScriptedPrompter *prompter = nullptr;
        std::unique_ptr<ServerFixture> server;
        QString file;
    };

    static QSet<std::pair<qint64, qint64>> memberships(const QString &file)
    {
        StoreError error;
        auto store = SqliteStore::open(file, &error);
        QSet<std::pair<qint64, qint64>> set;
        for (const User &u : store->users(1, {}, 0, 100000))
            for (qint64 g : u.groups)
                set.insert({u.id, g});
        return set;
    }

    static qint64 groupId(MainWindow &w, const QString &name)
    {
        for (const UserGroup &g : w.groupsModel()->groups())
            if (g.name == name)
                return g.id;
        return 0;
    }

    void selectRows(MainWindow &w, int first, int last)
    {
        QTableView *view = w.usersArea()->view();
        const QItemSelection selection(view->model()->index(first, 0),
                                       view->model()->index(last, 0));
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }

    // Runs an operation and waits for the server's answer on the panel.
    static QString run(Setup &s, GroupOperation::Kind kind, bool matching)
    {
        QSignalSpy changed(s.window->membershipPanel(), &MembershipPanel::membershipsChanged);
        s.window->membershipPanel()->run(kind, matching);
        if (changed.isEmpty() && !changed.wait(20000))
            return QStringLiteral("<no answer> ") + s.window->membershipPanel()->lastMessage();
        return s.window->membershipPanel()->lastMessage();
    }

    // A 300-user demo file open in a shown MainWindow whose questions the test answers.
    void openDemoFile(Setup &s, const QString &name, quint32 seed)
    {
        s.file = m_dir.filePath(name);
        QVERIFY(TestFiles::createDemo(s.file, 300, seed));
        s.window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<ScriptedPrompter>();
        s.prompter = prompter.get();
        s.window->setPrompter(std::move(prompter));
        s.window->show();
        QString error;
        QVERIFY2(openAndWait(*s.window, s.file, &error), qPrintable(error));
        QVERIFY(waitUntilShown(*s.window));
    }

    void checkFourWays(Setup &s)
    {
        MainWindow &w = *s.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.usersModel()->rowCount() > 0 && w.groupsModel()->rowCount() > 0,
                                 20000);
        QAbstractItemModelTester usersTester(
            w.usersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupsTester(
            w.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 sales = groupId(w, QStringLiteral("Sales"));
        const qint64 vip = groupId(w, QStringLiteral("VIP"));
        QVERIFY(sales && vip);
        w.groupsModel()->setChecked(sales, true);
        w.groupsModel()->setChecked(vip, true);

        // Add to the five first users.
        auto before = memberships(s.file);
        selectRows(w, 0, 4);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 5, 20000);
        qint64 expectedAdds = 0;
        QSet<qint64> changedUsers;
        for (qint64 user = 1; user <= 5; ++user)
            for (qint64 g : {sales, vip})
                if (!before.contains({user, g})) {
                    ++expectedAdds;
                    changedUsers.insert(user);
                }
        // The preview shows, before anything is sent, per group and per user what changes.
        QString summary;
        QString applyText;
        QMap<QString, qint64> gaining;
        QList<qint64> affected;
        int affectedRows = -1;
        s.prompter->onDialog = [&](QDialog *d) {
            auto *preview = qobject_cast<GroupPreviewDialog *>(d);
            if (!preview)
                return int(QDialog::Rejected);
            QAbstractItemModelTester tester(preview->usersModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            summary = preview->summary();
            applyText =
                preview->findChild<QPushButton *>(QStringLiteral("groupPreviewApply"))->text();
            for (int r = 0; r < preview->groups()->rowCount(); ++r)
                gaining.insert(preview->groups()->item(r, 0)->text(),
                               preview->groups()->item(r, 1)->text().toLongLong());
            QAbstractItemModel *users = preview->users()->model();
            affectedRows = users->rowCount();
            for (int r = 0; r < users->rowCount(); ++r)
                affected << users->index(r, AffectedUsersModel::IdColumn).data().toLongLong();
            // The list can be exported as it is shown.
            const QString path = m_dir.filePath(QStringLiteral("affected.csv"));
            if (!preview->exportTo(path))
                return int(QDialog::Rejected);
            QFile csv(path);
            if (!csv.open(QIODevice::ReadOnly) ||
                DelimitedText::parse(QString::fromUtf8(csv.readAll())).size() != affectedRows + 1)
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        QString message = run(s, GroupOperation::Kind::Add, false);
        QVERIFY2(summary.contains(QStringLiteral("Adds %1 membership").arg(expectedAdds)),
                 qPrintable(summary));
        // A file is written, a server is sent the change.
        QCOMPARE(applyText, s.server ? QStringLiteral("&Send") : QStringLiteral("&Write"));
        qint64 salesGain = 0;
        qint64 vipGain = 0;
        for (qint64 user = 1; user <= 5; ++user) {
            salesGain += before.contains({user, sales}) ? 0 : 1;
            vipGain += before.contains({user, vip}) ? 0 : 1;
        }
        QCOMPARE(gaining.value(QStringLiteral("Sales"), -1), salesGain);
        QCOMPARE(gaining.value(QStringLiteral("VIP"), -1), vipGain);
        QCOMPARE(affectedRows, int(changedUsers.size()));
        QCOMPARE(QSet<qint64>(affected.cbegin(), affected.cend()), changedUsers);
        s.prompter->onDialog = [](QDialog *) { return int(QDialog::Accepted); };
        QCOMPARE(message, QStringLiteral("%1 membership%2 added for 5 users.")
                              .arg(expectedAdds)
                              .arg(expectedAdds == 1 ? QString() : QStringLiteral("s")));
        auto after = memberships(s.file);
        for (qint64 user = 1; user <= 5; ++user)
            QVERIFY(after.contains({user, sales}) && after.contains({user, vip}));
        QCOMPARE(after.size(), before.size() + int(expectedAdds));

        // Replace with just Sales.
        w.groupsModel()->setChecked(vip, false);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 5, 20000);
        message = run(s, GroupOperation::Kind::Replace, false);
        after = memberships(s.file);
        for (qint64 user = 1; user <= 5; ++user)
            for (const auto &m : after)
                if (m.first == user)
                    QCOMPARE(m.second, sales);
        QVERIFY2(message.contains(QLatin1String(" removed for ")), qPrintable(message));

        // Remove Sales from users 1..3.
        selectRows(w, 0, 2);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 3, 20000);
        message = run(s, GroupOperation::Kind::Remove, false);
        QCOMPARE(message, QStringLiteral("3 memberships removed for 3 users."));
        after = memberships(s.file);
        for (qint64 user = 1; user <= 3; ++user)
            QVERIFY(!after.contains({user, sales}));
        QVERIFY(after.contains({4, sales}));

        // Drop everything of the users matching a search (one user, by email).
        // A server answers pages later: wait until the row is there.
        QTRY_VERIFY(
            !w.usersModel()->index(3, UsersTableModel::EmailColumn).data().toString().isEmpty());
        const QString email =
            w.usersModel()->index(3, UsersTableModel::EmailColumn).data().toString();
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setText(email);
        QTRY_COMPARE(w.usersModel()->rowCount(), 1);
        QTRY_VERIFY(w.usersModel()->isLoaded());
        message = run(s, GroupOperation::Kind::Drop, true);
        QVERIFY2(message.contains(QLatin1String("removed for 1 user.")), qPrintable(message));
        after = memberships(s.file);
        for (const auto &m : after)
            QVERIFY(m.first != 4);
        search->clear();
        QTRY_COMPARE(w.usersModel()->rowCount(), 300);
        QTRY_VERIFY(w.usersModel()->isLoaded());

        // Cancelling the preview sends nothing.
        const QString unchanged = TestFiles::dump(s.file);
        s.prompter->onDialog = [](QDialog *) { return int(QDialog::Rejected); };
        selectRows(w, 5, 9);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 5, 20000);
        w.groupsModel()->setChecked(vip, true);
        w.membershipPanel()->run(GroupOperation::Kind::Add, false);
        QCOMPARE(w.membershipPanel()->lastMessage(), s.server
                                                         ? QStringLiteral("Nothing was sent.")
                                                         : QStringLiteral("Nothing was written."));
        QCOMPARE(TestFiles::dump(s.file), unchanged);
    }

    // Edit › Undo takes a group operation back after the same preview, exactly the memberships
    // it changed; Redo makes them again; a cancelled preview changes nothing, not even the step.
    void checkUndoAndRedo(Setup &s)
    {
        MainWindow &w = *s.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.usersModel()->rowCount() > 0 && w.groupsModel()->rowCount() > 0,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersModel()->isLoaded(), 20000);
        const qint64 sales = groupId(w, QStringLiteral("Sales"));
        const qint64 vip = groupId(w, QStringLiteral("VIP"));
        QVERIFY(sales && vip);
        auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = w.findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        auto trigger = [&s](QAction *action) {
            QSignalSpy changed(s.window->membershipPanel(), &MembershipPanel::membershipsChanged);
            QVERIFY(action->isEnabled());
            action->trigger();
            QVERIFY2(changed.wait(20000), qPrintable(s.window->membershipPanel()->lastMessage()));
        };
        const auto before = memberships(s.file);
        // The first two users join Sales: the next Add changes nothing of theirs in Sales.
        w.groupsModel()->setChecked(sales, true);
        selectRows(w, 0, 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 2, 20000);
        const QList<User> firstTwo = w.usersArea()->selectedUsers();
        run(s, GroupOperation::Kind::Add, false);
        const int firstSteps = w.undoStack()->count(); // none if both were in Sales already
        const auto middle = memberships(s.file);
        for (const User &u : firstTwo)
            QVERIFY(middle.contains({u.id, sales}));
        QTRY_VERIFY(w.usersModel()->isLoaded());

        w.groupsModel()->setChecked(vip, true);
        selectRows(w, 0, 5);
        QTRY_VERIFY_WITH_TIMEOUT(w.usersArea()->selectedUsers().size() == 6, 20000);
        run(s, GroupOperation::Kind::Add, false);
        const auto after = memberships(s.file);
        const qint64 added = after.size() - middle.size();
        QVERIFY(added > 0);
        QCOMPARE(w.undoStack()->count(), firstSteps + 1);
        QVERIFY2(undo->toolTip().startsWith(QLatin1String("Undo: Add to ")),
                 qPrintable(undo->toolTip()));

        // Undo shows what it takes back before it writes or sends anything.
        QString summary;
        QString applyText;
        int users = -1;
        QStringList unnamed;
        s.prompter->onDialog = [&](QDialog *d) {
            auto *preview = qobject_cast<GroupPreviewDialog *>(d);
            if (!preview)
                return int(QDialog::Rejected);
            summary = preview->summary();
            applyText =
                preview->findChild<QPushButton *>(QStringLiteral("groupPreviewApply"))->text();
            users = preview->users()->model()->rowCount();
            // Each user by name and email, as the table shows them.
            for (int r = 0; r < users; ++r)
                for (int c : {AffectedUsersModel::NameColumn, AffectedUsersModel::EmailColumn})
                    if (preview->users()->model()->index(r, c).data().toString().isEmpty())
                        unnamed << preview->users()->model()->index(r, 0).data().toString();
            return int(QDialog::Accepted);
        };
        trigger(undo);
        QVERIFY2(summary.startsWith(QLatin1String("Undo: Add to ")), qPrintable(summary));
        // Each user counted once, though the undo sends a request per group.
        QVERIFY2(w.membershipPanel()->lastMessage().contains(
                     QStringLiteral("removed for %1 user").arg(users)),
                 qPrintable(w.membershipPanel()->lastMessage()));
        QVERIFY2(summary.contains(QStringLiteral("Removes %1 membership").arg(added)),
                 qPrintable(summary));
        QCOMPARE(applyText, s.server ? QStringLiteral("&Send") : QStringLiteral("&Write"));
        QVERIFY(users > 0 && users <= 6);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char(','))));
        // Exactly what the Add changed went back: the first two are still in Sales.
        QCOMPARE(memberships(s.file), middle);
        QCOMPARE(w.undoStack()->index(), firstSteps);
        QVERIFY2(redo->toolTip().startsWith(QLatin1String("Redo: Add to ")),
                 qPrintable(redo->toolTip()));

        // A cancelled preview changes nothing, and the step stays where it is.
        s.prompter->onDialog = [](QDialog *) { return int(QDialog::Rejected); };
        redo->trigger();
        QCOMPARE(w.membershipPanel()->lastMessage(), s.server
                                                         ? QStringLiteral("Nothing was sent.")
                                                         : QStringLiteral("Nothing was written."));
        QCOMPARE(memberships(s.file), middle);
        QCOMPARE(w.undoStack()->index(), firstSteps);

        s.prompter->onDialog = [&summary](QDialog *d) {
            if (auto *preview = qobject_cast<GroupPreviewDialog *>(d))
                summary = preview->summary();
            return int(QDialog::Accepted);
        };
        trigger(redo);
        QVERIFY2(summary.contains(QStringLiteral("Adds %1 membership").arg(added)),
                 qPrintable(summary));
        QCOMPARE(memberships(s.file), after);
        QCOMPARE(w.undoStack()->index(), firstSteps + 1);

        // Every step back: where it all began.
        trigger(undo);
        QCOMPARE(memberships(s.file), middle);
        if (firstSteps > 0)
            trigger(undo);
        QCOMPARE(memberships(s.file), before);
        QCOMPARE(w.undoStack()->index(), 0);
        QVERIFY(!undo->isEnabled());
    }

    // A 300-user metadesk-server, connected through a saved profile.
    void connectToServer(Setup &s)
    {
        s.server = std::make_unique<ServerFixture>();
        QVERIFY2(s.server->setUp(300), qPrintable(s.server->error()));
        s.file = s.server->file();
        const auto key = s.server->addKey(1);
        QVERIFY(key);
        m_key = key->key;
        s.window = std::make_unique<MainWindow>();
        s.window->setSecretStore(std::make_unique<MemorySecretStore>());
        auto prompter = std::make_unique<ScriptedPrompter>();
        s.prompter = prompter.get();
        s.window->setPrompter(std::move(prompter));
        s.window->show();
        ConnectionProfile profile;
        profile.name = QStringLiteral("test server");
        profile.baseUrl = QUrl(s.server->server().baseUrl());
        profile.apiId = key->apiId;
        s.window->profiles()->save(profile);
        bool keyStored = false;
        s.window->profiles()->storeKey(profile, key->key, s.window.get(),
                                       [&](const KeyStorage &) { keyStored = true; });
        QTRY_VERIFY(keyStored);
        QSignalSpy connected(s.window.get(), &MainWindow::connectionFinished);
        s.window->connectToProfile(profile.name);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 20000);
        QVERIFY2(connected.first().first().toBool(),
                 qPrintable(connected.first().last().toString()));
        QVERIFY(s.window->store()->isRemote());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
    }

    void shouldAssignGroupsInAllFourWaysInAFile()
    {
        Setup s;
        openDemoFile(s, QStringLiteral("groups.db"), 5);
        if (QTest::currentTestFailed())
            return;
        checkFourWays(s);
    }

    void shouldChangeOnlyTheChosenAccountsMemberships()
    {
        Setup s;
        openDemoFile(s, QStringLiteral("two-accounts.db"), 9);
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *s.window;
        auto *picker = w.findChild<QComboBox *>(QStringLiteral("accountPicker"));
        QVERIFY(picker);
        picker->setCurrentIndex(picker->findData(2));
        StoreError storeError;
        const QList<UserGroup> theirs = SqliteStore::open(s.file, &storeError)->groups(2);
        QTRY_COMPARE(w.groupsModel()->rowCount(), int(theirs.size()));
        QTRY_VERIFY(w.usersModel()->rowCount() > 0 && w.usersModel()->isLoaded());
        QAbstractItemModelTester groupsTester(
            w.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Account 1's group names are not offered, account 2's own are.
        QCOMPARE(groupId(w, QStringLiteral("VIP")), 0);
        const qint64 resellers = groupId(w, QStringLiteral("Resellers"));
        QVERIFY(resellers > 0);

        const auto firstAccount = memberships(s.file);
        w.groupsModel()->setChecked(resellers, true);
        selectRows(w, 0, 4);
        QTRY_COMPARE(w.usersArea()->selectedUsers().size(), 5);
        const QString message = run(s, GroupOperation::Kind::Drop, false);
        QVERIFY2(message.contains(QLatin1String(" removed for ")) ||
                     message.contains(QLatin1String("Changes nothing for 5 users.")),
                 qPrintable(message));
        QCOMPARE(memberships(s.file), firstAccount);
        // The table re-reads its rows after a write (a noticed outside change resets it); they
        // arrive from the store's thread.
        QTRY_VERIFY(w.usersModel()->isLoaded());
        selectRows(w, 0, 4);
        QTRY_COMPARE(w.usersArea()->selectedUsers().size(), 5);
        const QString add = run(s, GroupOperation::Kind::Add, false);
        QCOMPARE(add, QStringLiteral("5 memberships added for 5 users."));
        QCOMPARE(memberships(s.file), firstAccount);
        auto store = SqliteStore::open(s.file, &storeError);
        for (const UserGroup &g : store->groups(2)) {
            if (g.id == resellers)
                QVERIFY(g.members >= 5);
        }
    }

    void shouldAssignGroupsInAllFourWaysOnAServer()
    {
        Setup s;
        connectToServer(s);
        if (QTest::currentTestFailed())
            return;
        checkFourWays(s);
        // The key never reached the server's log.
        QVERIFY(!s.server->server().log().contains(m_key));
    }

    void shouldUndoAndRedoAGroupOperationInAFile()
    {
        Setup s;
        openDemoFile(s, QStringLiteral("undo.db"), 13);
        if (QTest::currentTestFailed())
            return;
        checkUndoAndRedo(s);
    }

    void shouldUndoAndRedoAGroupOperationOnAServer()
    {
        Setup s;
        connectToServer(s);
        if (QTest::currentTestFailed())
            return;
        checkUndoAndRedo(s);
    }
};

QTEST_MAIN(GroupMembershipTest)
#include "test_group_membership.moc"
