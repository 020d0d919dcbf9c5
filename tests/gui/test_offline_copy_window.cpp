#include "AppTranslator.h"
#include "ChangesToSendDialog.h"
#include "MainWindow.h"
#include "MembershipPanel.h"
#include "MemorySecretStore.h"
#include "OfflineBanner.h"
#include "SchemaEditor.h"
#include "ScriptedPrompter.h"
#include "ServerFixture.h"
#include "StoreFixture.h"
#include "UsersArea.h"
#include "WindowReady.h"
#include "items/GroupsTableModel.h"
#include "items/SendPlanModel.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Issue 12 in the real window: File › Take Offline Copy from a server, then the copy opened like
// any file, with its banner, View › Changes to Send and Revert, and a read-only schema.
class OfflineCopyWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_server;
    QString m_copy;

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    static QString bannerText(MainWindow &window)
    {
        return window.offlineBanner()
            ->findChild<QLabel *>(QStringLiteral("offlineBannerText"))
            ->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.setUp(250), qPrintable(m_server.error()));
    }

    void shouldTakeAnOfflineCopyOfTheConnectedAccount()
    {
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!action(window, "actionTakeOfflineCopy")->isEnabled()); // nothing to copy yet

        const auto key = m_server.addKey(1);
        QVERIFY(key);
        QString error;
        QVERIFY2(window.workspace()->useStore(
                     std::make_unique<RemoteStore>(
                         RemoteConnection{QUrl(m_server.server().baseUrl()), key->apiId, key->key}),
                     &error),
                 qPrintable(error));
        QTRY_VERIFY(action(window, "actionTakeOfflineCopy")->isEnabled());
        QVERIFY(window.offlineBanner()->isHidden()); // a server is no offline copy

        m_copy = m_dir.filePath(QStringLiteral("northwind-offline.metadesk"));
        prompter->fileAnswer = m_copy;
        QSignalSpy finished(&window, &MainWindow::offlineCopyFinished);
        action(window, "actionTakeOfflineCopy")->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("250 users")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(m_copy));
        QVERIFY(prompter->warnings.isEmpty());
    }

    void shouldShowTheBannerListChangesAndRevertThemOnTheCopy()
    {
        QVERIFY(!m_copy.isEmpty());
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        window.setPrompter(std::make_unique<ScriptedPrompter>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, m_copy, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));

        // Where it came from, and nothing to send yet.
        QTRY_VERIFY(!window.offlineBanner()->isHidden());
        const QString from =
            QStringLiteral("Offline copy of %1 on %2, taken ")
                .arg(window.workspace()->accountName(), m_server.server().baseUrl());
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
        QVERIFY2(bannerText(window).startsWith(from), qPrintable(bannerText(window)));

        // The schema is the server's.
        SchemaEditor *schema = window.schemaEditor();
        QVERIFY(schema->isReadOnly());
        QVERIFY(!schema->findChild<QWidget *>(QStringLiteral("schemaEditPane"))->isEnabled());
        QVERIFY(!schema->findChild<QPushButton *>(QStringLiteral("saveFieldButton"))->isEnabled());
        const QString note =
            schema->findChild<QLabel *>(QStringLiteral("schemaReadOnlyNote"))->text();
        QVERIFY2(note.startsWith(QLatin1String("This is an offline copy of")), qPrintable(note));
        QVERIFY(note.contains(QLatin1String("arrive with Get Server Changes")));

        // An edit through the normal apply is a change to send.
        window.showMetaColumns({QStringLiteral("score")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        // A user who holds a score (the taken value shows as a number).
        int row = 0;
        QString taken;
        for (; row < 20 && taken.isEmpty(); ++row) {
            window.usersModel()->index(row, UsersTableModel::ColumnCount).data();
            QTRY_VERIFY(window.usersModel()->valuesLoadedAt(row));
            taken = window.usersModel()->index(row, UsersTableModel::ColumnCount).data().toString();
        }
        --row;
        QVERIFY(!taken.isEmpty());
        const QModelIndex cell = window.usersModel()->index(row, UsersTableModel::ColumnCount);
        // Read while the row is loaded: after the revert the table reads its pages again.
        const qint64 userId =
            window.usersModel()->index(row, UsersTableModel::IdColumn).data().toLongLong();
        QVERIFY(userId > 0);
        const QString now =
            taken == QLatin1String("31") ? QStringLiteral("32") : QStringLiteral("31");
        QVERIFY(window.usersModel()->setData(cell, now));
        QString message;
        QVERIFY2(window.applyPendingEdits(&message), qPrintable(message));
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 1 change not yet sent")),
                     qPrintable(bannerText(window)));

        // View › Changes to Send lists it, taken → now.
        QVERIFY(action(window, "actionChangesToSend")->isEnabled());
        QSignalSpy shown(&window, &MainWindow::changesToSendShown);
        action(window, "actionChangesToSend")->trigger();
        QVERIFY(shown.wait(10000));
        ChangesToSendDialog *dialog = window.changesToSendDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *rows = dialog->view()->model();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, SendPlanModel::TakenColumn).data().toString(), taken);
        QCOMPARE(rows->index(0, SendPlanModel::MineColumn).data().toString(), now);
        QVERIFY(rows->index(0, SendPlanModel::PlaceColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("score")));

        // Revert writes the taken value back into the file.
        QTableView *view = dialog->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rows->index(0, 0)).center());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revertChanges")),
                          Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QCOMPARE(rows->rowCount(), 0);
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
        const auto values = waitFor<QHash<qint64, QJsonObject>>(
            [&](QObject *c, Store::Callback<QHash<qint64, QJsonObject>> d) {
                window.store()->fetchMetaValues(1, {userId}, {QStringLiteral("score")}, c,
                                                std::move(d));
            });
        QCOMPARE(QString::number(values.value.value(userId).value(QStringLiteral("score")).toInt()),
                 taken);
        QTRY_COMPARE(
            window.usersModel()->index(row, UsersTableModel::ColumnCount).data().toString(), taken);
    }

    // Issue 13 (7): a group operation on the copy is a change to send like an edited cell, and
    // Edit › Undo takes it back out of the list.
    void shouldListGroupChangesOnTheCopyAndUndoThem()
    {
        QVERIFY(!m_copy.isEmpty());
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        window.setPrompter(std::make_unique<ScriptedPrompter>()); // accepts the previews
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, m_copy, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
        QTRY_VERIFY(window.usersModel()->isLoaded() && window.groupsModel()->rowCount() > 0);

        // A group the first three users are not all in, added to all three.
        QTableView *view = window.usersArea()->view();
        view->selectionModel()->select(
            QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE(window.usersArea()->selectedUsers().size(), 3);
        const QList<User> users = window.usersArea()->selectedUsers();
        qint64 group = 0;
        QString groupName;
        int gains = 0;
        for (const UserGroup &g : window.groupsModel()->groups()) {
            int n = 0;
            for (const User &u : users)
                n += u.groups.contains(g.id) ? 0 : 1;
            if (n > 0) {
                group = g.id;
                groupName = g.name;
                gains = n;
                break;
            }
        }
        QVERIFY(group > 0);
        window.groupsModel()->setChecked(group, true);
        QSignalSpy changed(window.membershipPanel(), &MembershipPanel::membershipsChanged);
        QTest::mouseClick(
            window.membershipPanel()->findChild<QPushButton *>(QStringLiteral("addToGroups")),
            Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        const QString expected = gains == 1
                                     ? QStringLiteral(": 1 change not yet sent")
                                     : QStringLiteral(": %1 changes not yet sent").arg(gains);
        QTRY_VERIFY2(bannerText(window).endsWith(expected), qPrintable(bannerText(window)));

        // View › Changes to Send lists each membership gained.
        QSignalSpy shown(&window, &MainWindow::changesToSendShown);
        action(window, "actionChangesToSend")->trigger();
        QVERIFY(shown.wait(10000));
        ChangesToSendDialog *dialog = window.changesToSendDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *rows = dialog->view()->model();
        QCOMPARE(rows->rowCount(), gains);
        for (int r = 0; r < gains; ++r)
            QVERIFY2(
                rows->index(r, SendPlanModel::PlaceColumn).data().toString().contains(groupName),
                qPrintable(rows->index(r, SendPlanModel::PlaceColumn).data().toString()));
        dialog->close();

        // Undo writes the memberships back as they were taken: nothing left to send.
        QAction *undo = action(window, "actionUndo");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(changed.wait(20000));
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
    }
};

QTEST_MAIN(OfflineCopyWindowTest)
#include "test_offline_copy_window.moc"
