#include "AppTranslator.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OfflineBanner.h"
#include "OfflineSyncFlow.h"
#include "ScriptedPrompter.h"
#include "SendChangesDialog.h"
#include "ServerFixture.h"
#include "StoreFixture.h"
#include "StoreSql.h"
#include "WindowReady.h"
#include "items/SendPlanModel.h"
#include "secrets/ConnectionProfiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Issue 12 (3)–(4) in the real window: an offline copy sent back with File › Send Changes (the
// plan with its conflicts, decided with the dialog's own buttons), File › Get Server Changes,
// and a profile of another account refused before anything is sent.
class SendChangesWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_server;
    std::unique_ptr<ApiClient> m_b; // the other admin
    QString m_copy;
    QString m_apiIdA;
    QString m_keyA;

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
    qint64 serverScore(qint64 user)
    {
        StoreError error;
        auto store = SqliteStore::open(m_server.file(), &error);
        return StoreSql::metaValue(*store, 1, user, QStringLiteral("score")).toLongLong();
    }
    bool putScore(qint64 user, int value)
    {
        return m_b->sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                             QJsonObject{{QStringLiteral("user_id"), user},
                                         {QStringLiteral("field"), QStringLiteral("score")},
                                         {QStringLiteral("value"), value}})
                   .status == 200;
    }
    // A window with the profile "Northwind" (A's key in its keychain) and `prompter`.
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
    // Edits user `user`'s score in the open copy and writes it into the file.
    static bool editScore(MainWindow &window, qint64 user, int value)
    {
        EditSet edits;
        edits.metaEdits = {{user, QStringLiteral("score"), value}};
        const ApplyReport report = waitForApply(window.store()->apply(1, edits));
        window.workspace()->recountChangesToSend();
        return report.complete();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.setUp(120), qPrintable(m_server.error()));
        const auto a = m_server.addKey(1);
        const auto b = m_server.addKey(1);
        QVERIFY(a && b);
        m_apiIdA = a->apiId;
        m_keyA = a->key;
        m_b = m_server.clientFor(*b);

        // A takes the copy through the window, connected by a saved profile.
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        QVERIFY(saveProfile(window, QStringLiteral("Northwind"), m_server.server().baseUrl(),
                            m_apiIdA, m_keyA));
        QSignalSpy connected(&window, &MainWindow::connectionFinished);
        window.connectToProfile(QStringLiteral("Northwind"));
        QVERIFY(connected.wait(20000));
        QVERIFY2(connected.first().at(0).toBool(), qPrintable(connected.first().at(1).toString()));
        QTRY_VERIFY(action(window, "actionTakeOfflineCopy")->isEnabled());
        m_copy = m_dir.filePath(QStringLiteral("northwind.metadesk"));
        prompter->fileAnswer = m_copy;
        QSignalSpy taken(&window, &MainWindow::offlineCopyFinished);
        action(window, "actionTakeOfflineCopy")->trigger();
        QVERIFY(taken.wait(60000));
        QVERIFY2(taken.first().at(0).toBool(), qPrintable(taken.first().at(1).toString()));
    }

    void shouldSendChangesWithTheConflictDecidedInTheDialog()
    {
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        QVERIFY(saveProfile(window, QStringLiteral("Northwind"), m_server.server().baseUrl(),
                            m_apiIdA, m_keyA));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(openAndWait(window, m_copy, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        QTRY_VERIFY(action(window, "actionSendChanges")->isEnabled());

        // B online, A offline: user 2 on both sides (a conflict), user 3 only here.
        QVERIFY(putScore(2, 12));
        const qint64 theirs2 = 12;
        const int mine2 = serverScore(2) == 22 ? 23 : 22;
        QVERIFY(editScore(window, 2, mine2));
        QVERIFY(editScore(window, 3, 33 + int(serverScore(3) == 33)));
        const int mine3 = 33 + int(serverScore(3) == 33);
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 2 changes not yet sent")),
                     qPrintable(bannerText(window)));

        // The plan: one to send, one conflict shown first; Keep Mine for All, then Send.
        int shownRows = -1;
        QString summary;
        prompter->onDialog = [&](QDialog *d) {
            auto *dialog = qobject_cast<SendChangesDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            QAbstractItemModelTester tester(dialog->view()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            shownRows = dialog->view()->model()->rowCount(); // conflicts only, at first
            const QAbstractItemModel *rows = dialog->view()->model();
            [&] {
                QCOMPARE(rows->index(0, SendPlanModel::TheirsColumn).data().toString(),
                         QString::number(theirs2));
                QCOMPARE(rows->index(0, SendPlanModel::MineColumn).data().toString(),
                         QString::number(mine2));
            }();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("keepMineForAll")),
                              Qt::LeftButton);
            summary = dialog->findChild<QLabel *>(QStringLiteral("sendPlanSummary"))->text();
            return int(QDialog::Accepted);
        };
        QSignalSpy finished(window.offlineSync(), &OfflineSyncFlow::finished);
        action(window, "actionSendChanges")->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(shownRows, 1);
        QVERIFY2(!summary.isEmpty(), "the plan says what it will do");
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("2 changes sent")),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(serverScore(2), mine2);
        QCOMPARE(serverScore(3), mine3);
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
        QVERIFY(prompter->warnings.isEmpty());

        // File › Get Server Changes brings B's next change into the file, asking nothing.
        QVERIFY(putScore(4, 44 + int(serverScore(4) == 44)));
        const qint64 theirs4 = serverScore(4);
        finished.clear();
        prompter->onDialog = [](QDialog *) { return int(QDialog::Rejected); };
        action(window, "actionGetServerChanges")->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("1 server change taken")),
                 qPrintable(finished.first().at(1).toString()));
        const auto values = waitFor<QHash<qint64, QJsonObject>>(
            [&](QObject *c, Store::Callback<QHash<qint64, QJsonObject>> d) {
                window.store()->fetchMetaValues(1, {4}, {QStringLiteral("score")}, c, std::move(d));
            });
        QCOMPARE(values.value.value(4).value(QStringLiteral("score")).toInteger(), theirs4);
        QTRY_VERIFY2(bannerText(window).endsWith(QLatin1String(": 0 changes not yet sent")),
                     qPrintable(bannerText(window)));
    }

    void shouldRefuseAProfileOfAnotherAccountBeforeSendingAnything()
    {
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        const auto other = m_server.addKey(2);
        QVERIFY(other);
        QVERIFY(saveProfile(window, QStringLiteral("Northwind"), m_server.server().baseUrl(),
                            m_apiIdA, m_keyA));
        QVERIFY(saveProfile(window, QStringLiteral("Other account"), m_server.server().baseUrl(),
                            other->apiId, other->key));
        QString error;
        QVERIFY2(openAndWait(window, m_copy, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        QVERIFY(editScore(window, 5, 55 + int(serverScore(5) == 55)));
        const qint64 before = serverScore(5);

        prompter->itemAnswer = QStringLiteral("Other account");
        QSignalSpy finished(window.offlineSync(), &OfflineSyncFlow::finished);
        action(window, "actionSendChanges")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        // Both profiles lead to the copy's server: the person was asked which.
        QCOMPARE(prompter->choices.size(), 1);
        QCOMPARE(prompter->choices.first().size(), 2);
        QCOMPARE(prompter->warnings.size(), 1);
        QVERIFY2(prompter->warnings.first().contains(QLatin1String("cannot be sent to account 2")),
                 qPrintable(prompter->warnings.first()));
        QCOMPARE(serverScore(5), before);
    }
};

QTEST_MAIN(SendChangesWindowTest)
#include "test_send_changes_window.moc"
