#include "AppTranslator.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OfflineSyncFlow.h"
#include "ScriptedPrompter.h"
#include "SendChangesDialog.h"
#include "ServerFixture.h"
#include "StoreSql.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/SendPlanModel.h"
#include "secrets/ConnectionProfiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Issue 12 (5) in the real window: File › Send Changes on a plain file (never taken from a
// server). Every saved profile is offered; the plan says that differing values overwrite the
// server's; the report names the users the server lacks. A server without egress (a plain TLD
// ingress) is named as such and gets everything only after the person's yes.
class SendPlainFileWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_server;
    NewApiKey m_key;
    QString m_plain;
    qint64 m_score3 = 0; // user 3's score as the file holds it

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    qint64 serverScore(qint64 user)
    {
        StoreError error;
        auto store = SqliteStore::open(m_server.file(), &error);
        return StoreSql::metaValue(*store, 1, user, QStringLiteral("score")).toLongLong();
    }
    static bool saveProfile(MainWindow &window, const QString &name, const QString &baseUrl,
                            const QString &apiId, const QString &key)
    {
        const ConnectionProfile profile{name, QUrl(baseUrl), apiId};
        window.profiles()->save(profile);
        bool stored = false;
        window.profiles()->storeKey(profile, key, &window,
                                    [&stored](const KeyStorage &) { stored = true; });
        return QTest::qWaitFor([&] { return stored; }, 10000);
    }
    // A window with the plain file open, both profiles saved and `prompter` answering.
    bool openWindow(MainWindow &window, ScriptedPrompter *&prompter, const QString &fakeUrl)
    {
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto owned = std::make_unique<ScriptedPrompter>();
        prompter = owned.get();
        window.setPrompter(std::move(owned));
        if (!saveProfile(window, QStringLiteral("Northwind"), m_server.server().baseUrl(),
                         m_key.apiId, m_key.key) ||
            !saveProfile(window, QStringLiteral("Plain TLD"), fakeUrl, m_key.apiId, m_key.key))
            return false;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QString error;
        if (!openAndWait(window, m_plain, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return waitUntilShown(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.setUp(60), qPrintable(m_server.error()));
        const auto key = m_server.addKey(1);
        QVERIFY(key);
        m_key = *key;
        // The server's demo built again as a plain file, with user 3's score changed and a user
        // the server does not have.
        m_plain = m_dir.filePath(QStringLiteral("imported.metadesk"));
        auto file = TestFiles::createDemo(m_plain, 60, 7);
        QVERIFY(file);
        m_score3 = serverScore(3) == 71 ? 72 : 71;
        QString error;
        StoreSql::rows(*file,
                       QStringLiteral("INSERT OR REPLACE INTO meta_values(user_id, account_id, "
                                      "field_id, value) VALUES (3, 1, (SELECT id FROM meta_fields "
                                      "WHERE account_id = 1 AND name = 'score'), %1)")
                           .arg(m_score3),
                       &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreSql::rows(*file,
                       QStringLiteral("INSERT INTO users(id, first_name, last_name) VALUES "
                                      "(7001, 'Grace', 'Hopper')"),
                       &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreSql::rows(*file,
                       QStringLiteral("INSERT INTO user_accounts(account_id, user_id) VALUES "
                                      "(1, 7001)"),
                       &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldSendAPlainFilesDifferencesToTheChosenServer()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(openWindow(window, prompter, QStringLiteral("http://127.0.0.1:9")));
        QTRY_VERIFY(action(window, "actionSendChanges")->isEnabled());
        QVERIFY(!action(window, "actionGetServerChanges")->isEnabled());
        QVERIFY(serverScore(3) != m_score3);

        prompter->itemAnswer = QStringLiteral("Northwind");
        QString notice;
        int rows = -1;
        QString mine;
        prompter->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<SendChangesDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            QAbstractItemModelTester tester(dialog->view()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            notice = dialog->notice();
            rows = dialog->view()->model()->rowCount();
            mine = dialog->view()->model()->index(0, SendPlanModel::MineColumn).data().toString();
            return int(QDialog::Accepted);
        };
        QSignalSpy finished(window.offlineSync(), &OfflineSyncFlow::finished);
        action(window, "actionSendChanges")->trigger();
        QVERIFY(finished.wait(60000));
        // Every saved profile was offered: the file belongs to no server.
        QCOMPARE(prompter->choices.size(), 1);
        QCOMPARE(prompter->choices.first(),
                 (QStringList{QStringLiteral("Northwind"), QStringLiteral("Plain TLD")}));
        QVERIFY2(notice.contains(QLatin1String("This file was not taken from this server: values "
                                               "that differ are sent and overwrite the server's.")),
                 qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("users.7001 (Grace Hopper)")), qPrintable(notice));
        QCOMPARE(rows, 1);
        QCOMPARE(mine, QString::number(m_score3));
        const QString report = finished.first().at(1).toString();
        // Not everything went: the report says so, and which user stayed behind.
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(report.contains(QLatin1String("1 change sent")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("users.7001 (Grace Hopper): the server's account "
                                               "has no such user")),
                 qPrintable(report));
        QCOMPARE(prompter->warnings.size(), 1);
        QCOMPARE(serverScore(3), m_score3);
        // Still a plain file: nothing to get from a server.
        QVERIFY(!action(window, "actionGetServerChanges")->isEnabled());
        QVERIFY(!window.workspace()->isOfflineCopy());
    }

    void shouldTellThatAServerWithoutEgressCannotBeComparedBeforeSendingEverything()
    {
        FakeHttpServer tld;
        QVERIFY(tld.listen());
        QList<FakeRequest> writes;
        tld.setHandler([&](const FakeRequest &request) {
            if (request.method == "GET")
                return FakeResponse::json(404, R"({"error":"Not Found","message":"Not Found"})");
            writes << request;
            return request.path().endsWith("user_group_members")
                       ? FakeResponse::json(200, R"({"message":"Users were added.","added":1})")
                       : FakeResponse::metaSuccess(1);
        });
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(openWindow(window, prompter, tld.url().toString()));
        QTRY_VERIFY(action(window, "actionSendChanges")->isEnabled());

        // First no: nothing is sent.
        prompter->itemAnswer = QStringLiteral("Plain TLD");
        prompter->confirmAnswer = false;
        QSignalSpy finished(window.offlineSync(), &OfflineSyncFlow::finished);
        action(window, "actionSendChanges")->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(prompter->confirmations.size(), 1);
        QVERIFY2(prompter->confirmations.first().contains(
                     QLatin1String("there is no way to compare this file with what it holds")),
                 qPrintable(prompter->confirmations.first()));
        QVERIFY(writes.isEmpty());

        // Then yes: the plan lists every value and membership of the file, and all of it goes.
        prompter->confirmAnswer = true;
        QString notice;
        int planned = -1;
        prompter->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<SendChangesDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            notice = dialog->notice();
            planned = int(dialog->plan().toSend());
            return int(QDialog::Accepted);
        };
        finished.clear();
        action(window, "actionSendChanges")->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(notice.contains(QLatin1String("Without comparison")), qPrintable(notice));
        StoreError error;
        auto file = SqliteStore::open(m_plain, &error);
        QVERIFY(file);
        const qint64 values = StoreSql::scalar(*file, QStringLiteral("SELECT count(*) FROM "
                                                                     "meta_values WHERE "
                                                                     "account_id = 1"))
                                  .toLongLong();
        const qint64 memberships =
            StoreSql::scalar(*file, QStringLiteral("SELECT count(*) FROM memberships m JOIN "
                                                   "user_groups g ON g.id = m.group_id WHERE "
                                                   "g.account_id = 1"))
                .toLongLong();
        QCOMPARE(planned, values + memberships);
        const QString report = finished.first().at(1).toString();
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("%1 changes sent").arg(values + memberships)),
                 qPrintable(report));
        QVERIFY(!writes.isEmpty());
        for (const FakeRequest &r : std::as_const(writes))
            QVERIFY(r.header("if-match").isEmpty());
    }
};

QTEST_MAIN(SendPlainFileWindowTest)
#include "test_send_plain_file_window.moc"
