// Test data is written as plain ASCII literals; product code keeps this cast off (tr() only).
#undef QT_NO_CAST_FROM_ASCII

#include "AppTranslator.h"
#include "ConnectionsDialog.h"
#include "CrymboDouble.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PubNubDouble.h"
#include "SendToTargetDialog.h"
#include "StoreFixture.h"
#include "TargetJobRunner.h"
#include "TestFiles.h"
#include "UserComDouble.h"
#include "WindowReady.h"
#include "items/PendingEdits.h"
#include "secrets/ConnectionProfiles.h"
#include "store/SqliteStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// File › Send Changes To… with real widgets: profiles of each kind made in the connections
// dialog (secrets only in the secret store), then the send dialog's preview, Copy as curl, Send
// and report against each system's test double, whose state is checked cell by cell.
class SendToTargetTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    const QString m_userComToken = QString(64, QLatin1Char('k'));

    static MetaEdit edit(qint64 user, const QString &field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = field;
        e.value = value;
        return e;
    }

    // Makes a profile in the connections dialog, as a person would.
    void makeProfile(TargetKind kind, const QString &name, const QUrl &url, const QString &id,
                     const QString &key, const QString &userName = {},
                     const QString &apiSecret = {})
    {
        ConnectionsDialog d(*m_profiles);
        d.show();
        d.findChild<QPushButton *>("newProfile")->click();
        auto *kindBox = d.findChild<QComboBox *>("profileKind");
        kindBox->setCurrentIndex(kindBox->findData(int(kind)));
        QTest::keyClicks(d.findChild<QLineEdit *>("profileName"), name);
        QTest::keyClicks(d.findChild<QLineEdit *>("profileUrl"), url.toString());
        if (!id.isEmpty())
            QTest::keyClicks(d.findChild<QLineEdit *>("profileApiId"), id);
        QTest::keyClicks(d.findChild<QLineEdit *>("profileApiKey"), key);
        if (!userName.isEmpty())
            QTest::keyClicks(d.findChild<QLineEdit *>("profileUserName"), userName);
        if (!apiSecret.isEmpty())
            QTest::keyClicks(d.findChild<QLineEdit *>("profileApiSecret"), apiSecret);
        QSignalSpy saved(&d, &ConnectionsDialog::saved);
        d.findChild<QPushButton *>("saveProfile")->click();
        QTRY_COMPARE(saved.size(), 1);
        if (!key.isEmpty())
            QVERIFY2(saved.first().last().toString().contains("keychain"),
                     qPrintable(d.testResult()));
    }

    // Opens the send dialog on `target` and waits for its preview.
    std::unique_ptr<SendToTargetDialog> dialog(const QString &target, Store *store,
                                               const QList<MetaEdit> &edits,
                                               const QList<MetaField> &schema,
                                               const QString &idField = {})
    {
        auto d = std::make_unique<SendToTargetDialog>(*m_profiles, store, 1, edits, schema);
        d->setOptions(TargetJobRunner::fastOptions());
        QSignalSpy ready(d.get(), &SendToTargetDialog::previewReady);
        d->show();
        auto *targets = d->findChild<QComboBox *>("targetChoice");
        targets->setCurrentIndex(targets->findText(target));
        if (!idField.isEmpty()) {
            auto *ids = d->findChild<QComboBox *>("remoteIdSource");
            ids->setCurrentIndex(ids->findData(idField));
        }
        [&] { QTRY_VERIFY(!ready.isEmpty()); }();
        ready.clear();
        // Let the last choice's preview come in.
        QTest::qWait(50);
        return d;
    }

    static QStringList column(QTableWidget *t, int c)
    {
        QStringList list;
        for (int r = 0; r < t->rowCount(); ++r)
            list << (t->item(r, c) ? t->item(r, c)->text() : QString());
        return list;
    }

    static void sendAndWait(SendToTargetDialog &d)
    {
        clickAndWait(d, d.findChild<QPushButton *>("sendButton"));
    }

    // Saves the dialog as the window manager frames it to the file named by `variable`, when
    // set (scripts/screenshots.sh runs this under Xvfb and openbox).
    static void screenshot(SendToTargetDialog &d, const char *variable)
    {
        if (!qEnvironmentVariableIsSet(variable))
            return;
        d.resize(1100, 560);
        QTest::qWait(300);
        const QRect frame = d.frameGeometry();
        QVERIFY(d.screen()
                    ->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
                    .save(qEnvironmentVariable(variable)));
    }

    // Clicks a button that sends (Send, Keep Mine) and waits for the report.
    static void clickAndWait(SendToTargetDialog &d, QPushButton *button)
    {
        QSignalSpy finished(&d, &SendToTargetDialog::sendFinished);
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
    }

    void init()
    {
        QFile::remove(m_dir.filePath("settings.ini"));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ConnectionProfiles>(*m_settings, *m_secrets);
    }

    void userComFromPreviewToReport()
    {
        UserComDouble userCom(m_userComToken, {10, 15, 22});
        QVERIFY(userCom.listen());
        makeProfile(TargetKind::UserCom, "Marketing", userCom.url(), {}, m_userComToken);
        m_settings->sync();
        QFile file(m_dir.filePath("settings.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_userComToken.toUtf8()));

        const QList<MetaEdit> edits{edit(10, "plan", "gold"), edit(15, "plan", "gold"),
                                    edit(22, "plan", "silver"), edit(22, "tags", QJsonArray{"x"})};
        auto d = dialog("Marketing", nullptr, edits, {});
        auto *requests = d->findChild<QTableWidget *>("previewRequests");
        QCOMPARE(requests->rowCount(), 2);
        QCOMPARE(column(requests, 0), (QStringList{"POST", "POST"}));
        QVERIFY(requests->item(0, 2)->text().contains("Authorization: Token <secret>"));
        QCOMPARE(requests->item(0, 3)->text(),
                 QString(R"({"attribute":"plan","ids":[10,15],"value":"gold"})"));
        const QString summary = d->findChild<QLabel *>("previewSummary")->text();
        QVERIFY2(summary.contains("2 requests") && summary.contains("3 edits to send") &&
                     summary.contains("1 held back"),
                 qPrintable(summary));
        auto *rows = d->findChild<QTableWidget *>("sendRows");
        QCOMPARE(column(rows, 0), (QStringList{"user 22 › tags"}));
        QVERIFY(column(rows, 2).first().contains("no lists or objects"));

        d->findChild<QPushButton *>("copyCurl")->click();
        const QString curl = QApplication::clipboard()->text();
        QCOMPARE(curl, d->curlText());
        QVERIFY(curl.startsWith("curl -X POST -H 'Authorization: Token <secret>'"));
        QVERIFY(!curl.contains(m_userComToken));
        QCOMPARE(curl.count('\n'), 1);

        sendAndWait(*d);
        QCOMPARE(column(rows, 1), (QStringList{"Landed", "Landed", "Landed", "Not landed"}));
        QVERIFY(
            d->findChild<QLabel *>("previewSummary")->text().startsWith("3 landed · 1 not landed"));
        const QHash<qint64, QJsonObject> expected{
            {10, {{"plan", "gold"}}}, {15, {{"plan", "gold"}}}, {22, {{"plan", "silver"}}}};
        QCOMPARE(userCom.state(), expected);
        QCOMPARE(userCom.requests().at(0).header("Authorization"),
                 "Token " + m_userComToken.toUtf8());
    }

    void pubNubWithTheRemoteIdInAField()
    {
        auto fixture = makeLocalStoreFixture(m_dir.path(), 20, 7);
        QVERIFY(fixture);
        Store *store = fixture->store();
        MetaField uuidField;
        uuidField.name = "pn_uuid";
        uuidField.type = MetaType::String;
        const auto put = waitFor<SchemaOutcome>([&](QObject *c, auto done) {
            store->putFields(1, {{uuidField.name, uuidField, "fields.pn_uuid"}}, {}, c, done);
        });
        QVERIFY2(put.ok(), qPrintable(put.errorText()));
        const ApplyReport ids = waitForApply(
            store->apply(1, EditSet{{edit(1, "pn_uuid", "u-1"), edit(2, "pn_uuid", "u-2")}, {}}));
        QVERIFY(ids.complete());

        PubNubDouble pubNub("sub-c-1", QString());
        QVERIFY(pubNub.listen());
        pubNub.put("u-1", {{"plan", "free"}, {"keep", true}});
        pubNub.put("u-2", {{"plan", "free"}});
        makeProfile(TargetKind::PubNub, "Chat", pubNub.url(), "sub-c-1", QString());
        // No Access Manager token typed: nothing stored, and none is needed.
        const QList<MetaEdit> edits{edit(1, "plan", "gold"), edit(2, "plan", "gold"),
                                    edit(3, "plan", "gold")};
        auto d = dialog("Chat", store, edits, {uuidField}, "pn_uuid");
        auto *requests = d->findChild<QTableWidget *>("previewRequests");
        QCOMPARE(column(requests, 0), (QStringList{"GET", "PATCH", "GET", "PATCH"}));
        QVERIFY(requests->item(1, 2)->text().contains("If-Match: <eTag>"));
        QVERIFY(
            requests->item(0, 1)->text().endsWith("/v2/objects/sub-c-1/uuids/u-1?include=custom"));
        auto *rows = d->findChild<QTableWidget *>("sendRows");
        QCOMPARE(column(rows, 0), (QStringList{"user 3 › plan"}));
        QVERIFY(column(rows, 2).first().contains("\"pn_uuid\" is empty"));
        QVERIFY(d->findChild<QLabel *>("previewLimits")->isVisible());

        screenshot(*d, "METADESK_SCREENSHOT");

        pubNub.changeAfterNextRead("u-2", "plan", "platinum");
        sendAndWait(*d);
        QCOMPARE(column(rows, 1),
                 (QStringList{"Landed", "Conflict (the target holds platinum now)", "Not landed"}));
        QCOMPARE(pubNub.state().value("u-1").custom,
                 (QJsonObject{{"plan", "gold"}, {"keep", true}}));
        QCOMPARE(pubNub.state().value("u-2").custom, (QJsonObject{{"plan", "platinum"}}));

        // Keep Mine sends the conflict again over a fresh read. Someone changes it once more
        // in between: a conflict again, now with their newer value, still not overwritten.
        auto *keepMine = d->findChild<QPushButton *>("keepMine");
        auto *takeTheirs = d->findChild<QPushButton *>("takeTheirs");
        QVERIFY(keepMine->isVisible() && takeTheirs->isVisible());
        pubNub.changeAfterNextRead("u-2", "plan", "diamond");
        clickAndWait(*d, keepMine);
        QCOMPARE(column(rows, 1),
                 (QStringList{"Landed", "Conflict (the target holds diamond now)", "Not landed"}));
        QCOMPARE(pubNub.state().value("u-2").custom, (QJsonObject{{"plan", "diamond"}}));
        d->findChild<QTableWidget *>("sendRows")->selectRow(1);
        screenshot(*d, "METADESK_SCREENSHOT_CONFLICT");
        // Nobody in between this time: mine lands, the other rows stand as they were.
        clickAndWait(*d, keepMine);
        QCOMPARE(column(rows, 1), (QStringList{"Landed", "Landed", "Not landed"}));
        QCOMPARE(pubNub.state().value("u-2").custom, (QJsonObject{{"plan", "gold"}}));
        QVERIFY(!keepMine->isVisible() && !takeTheirs->isVisible());

        // Two conflicts, decided one by one: Take Theirs for the selected row only, then Keep
        // Mine with nothing selected takes every conflict left.
        auto second = dialog("Chat", store, {edit(1, "plan", "bronze"), edit(2, "plan", "bronze")},
                             {uuidField}, "pn_uuid");
        pubNub.changeAfterNextRead("u-1", "plan", "tin");
        pubNub.changeAfterNextRead("u-2", "plan", "zinc");
        sendAndWait(*second);
        auto *secondRows = second->findChild<QTableWidget *>("sendRows");
        QCOMPARE(column(secondRows, 1), (QStringList{"Conflict (the target holds tin now)",
                                                     "Conflict (the target holds zinc now)"}));
        secondRows->selectRow(0);
        second->findChild<QPushButton *>("takeTheirs")->click();
        QCOMPARE(column(secondRows, 1),
                 (QStringList{"Not landed", "Conflict (the target holds zinc now)"}));
        QVERIFY(column(secondRows, 2).first().contains("keeps tin"));
        secondRows->clearSelection();
        clickAndWait(*second, second->findChild<QPushButton *>("keepMine"));
        QCOMPARE(column(secondRows, 1), (QStringList{"Not landed", "Landed"}));
        QCOMPARE(pubNub.state().value("u-1").custom,
                 (QJsonObject{{"plan", "tin"}, {"keep", true}}));
        QCOMPARE(pubNub.state().value("u-2").custom, (QJsonObject{{"plan", "bronze"}}));
    }

    void crymboWithItsKeyStructure()
    {
        const QJsonObject structure{
            {"EXTERNAL_DEPOSIT_WEBHOOKS", QJsonObject{{"DATA_TYPE", "ARRAY"},
                                                      {"ARRAY_TYPE", "string[]"},
                                                      {"VALIDATION", "url"}}}};
        CrymboDouble crymbo("key-1", "secret-1", "admin", structure);
        QVERIFY(crymbo.listen());
        makeProfile(TargetKind::Crymbo, "Exchange", crymbo.url(), {}, "key-1", "admin", "secret-1");
        QCOMPARE(m_secrets->entries().size(), 1);
        QCOMPARE(m_secrets->entries().values(), QStringList{"key-1\nsecret-1"});

        // The user id as the remote id (Crymbo's user_id is a string).
        const QList<MetaEdit> edits{
            edit(5, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"https://a.example/hook"}),
            edit(6, "EXTERNAL_DEPOSIT_WEBHOOKS", QJsonArray{"ftp://nope"})};
        auto d = dialog("Exchange", nullptr, edits, {});
        // The preview logged in and read the structure, and wrote nothing: the edit it refuses
        // is held back before Send, with where and why.
        QCOMPARE(crymbo.logins(), 1);
        QVERIFY(crymbo.state().isEmpty());
        auto *rows = d->findChild<QTableWidget *>("sendRows");
        QCOMPARE(column(rows, 0), (QStringList{"user 6 › EXTERNAL_DEPOSIT_WEBHOOKS"}));
        QVERIFY(column(rows, 2).first().contains("web address"));
        auto *requests = d->findChild<QTableWidget *>("previewRequests");
        QCOMPARE(requests->rowCount(), 2 + 1 * 2); // login, structure; a find and a write
        QVERIFY(d->findChild<QLabel *>("previewLimits")->text().contains("read just now"));
        QVERIFY(d->curlText().contains(
            R"({"api_key":"<secret>","api_secret":"<secret>","username":"admin"})"));
        QVERIFY(!d->curlText().contains("secret-1"));
        sendAndWait(*d);
        QCOMPARE(column(rows, 1), (QStringList{"Landed", "Not landed"}));
        QVERIFY(column(rows, 2).at(1).contains("web address"));
        const QHash<QPair<QString, QString>, QJsonValue> expected{
            {{"5", "EXTERNAL_DEPOSIT_WEBHOOKS"}, QJsonArray{"https://a.example/hook"}}};
        QCOMPARE(crymbo.state(), expected);
    }

    void crymboPreviewWhenTheStructureCannotBeRead()
    {
        CrymboDouble crymbo("key-1", "secret-1", "admin", QJsonObject{});
        QVERIFY(crymbo.listen());
        crymbo.faults().add({"GET", "structure", DoubleFaults::Kind::Status, 403, {}, 1});
        makeProfile(TargetKind::Crymbo, "Exchange", crymbo.url(), {}, "key-1", "admin", "secret-1");
        auto d = dialog("Exchange", nullptr, {edit(5, "ANY_KEY", "x")}, {});
        // Said plainly, and the preview still shows every request the send would make.
        QVERIFY2(d->findChild<QLabel *>("previewSummary")
                     ->text()
                     .contains("could not be read for this preview"),
                 qPrintable(d->findChild<QLabel *>("previewSummary")->text()));
        QCOMPARE(d->findChild<QTableWidget *>("previewRequests")->rowCount(), 2 + 1 * 2);
        QVERIFY(d->findChild<QPushButton *>("sendButton")->isEnabled());
        QVERIFY(crymbo.state().isEmpty());
    }

    void cancelLeavesTheRestUnsent()
    {
        UserComDouble userCom(m_userComToken, {1, 2, 3});
        QVERIFY(userCom.listen());
        // The first request waits for a Retry-After long enough to press Cancel.
        userCom.faults().add({"POST", {}, DoubleFaults::Kind::Status, 429, "2", 1});
        makeProfile(TargetKind::UserCom, "Marketing", userCom.url(), {}, m_userComToken);
        const QList<MetaEdit> edits{edit(1, "a", "x"), edit(2, "b", "y"), edit(3, "c", "z")};
        auto d = dialog("Marketing", nullptr, edits, {});
        QSignalSpy finished(d.get(), &SendToTargetDialog::sendFinished);
        d->findChild<QPushButton *>("sendButton")->click();
        auto *cancel = d->findChild<QPushButton *>("cancelSend");
        QTRY_VERIFY(cancel->isEnabled());
        QTRY_VERIFY(!userCom.requests().isEmpty());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(d->report().cancelled);
        QCOMPARE(d->report().count(TargetSendReport::Outcome::Landed), 0);
        QCOMPARE(userCom.updates(), 0);
        QCOMPARE(userCom.requests().size(), 1); // the wait for Retry-After was not sat out
    }

    void theMainWindowSendsItsPendingEdits()
    {
        const QString demo = m_dir.filePath("window.db");
        QFile::remove(demo);
        QVERIFY(TestFiles::createDemo(demo, 30, 3));
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        window.show();
        QString error;
        QVERIFY2(openAndWait(window, demo, &error), qPrintable(error));
        QVERIFY(waitUntilShown(window));
        const qint64 account = window.workspace()->accountId();

        UserComDouble userCom(m_userComToken, {4, 5});
        QVERIFY(userCom.listen());
        ConnectionProfile profile{"Marketing (window)", userCom.url(), QString()};
        profile.kind = TargetKind::UserCom;
        window.profiles()->save(profile);
        bool stored = false;
        window.profiles()->storeKey(profile, m_userComToken, &window,
                                    [&](const KeyStorage &) { stored = true; });
        QTRY_VERIFY(stored);
        window.pendingEdits()->set({account, 4, "plan"}, {QJsonValue("gold"), QJsonValue(), {}});
        window.pendingEdits()->set({account, 5, "plan"}, {QJsonValue("gold"), QJsonValue(), {}});

        auto *action = window.findChild<QAction *>("actionSendTo");
        QVERIFY(action);
        action->trigger();
        SendToTargetDialog *d = nullptr;
        QTRY_VERIFY((d = window.findChild<SendToTargetDialog *>()) != nullptr);
        d->setOptions(TargetJobRunner::fastOptions());
        auto *targets = d->findChild<QComboBox *>("targetChoice");
        targets->setCurrentIndex(targets->findText(profile.name));
        QTRY_COMPARE(d->plan().requests.size(), 1);
        QTRY_VERIFY(d->findChild<QPushButton *>("sendButton")->isEnabled());
        sendAndWait(*d);
        QCOMPARE(userCom.state().value(4), (QJsonObject{{"plan", "gold"}}));
        QCOMPARE(userCom.state().value(5), (QJsonObject{{"plan", "gold"}}));
        QCOMPARE(d->report().count(TargetSendReport::Outcome::Landed), 2);
        d->close();
        window.pendingEdits()->clear();
    }
};

QTEST_MAIN(SendToTargetTest)
#include "test_send_to_target.moc"
