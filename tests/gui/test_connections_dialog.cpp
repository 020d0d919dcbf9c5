#include "AppTranslator.h"
#include "ConnectionsDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScriptedPrompter.h"
#include "ServerFixture.h"
#include "secrets/ConnectionProfiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The connections dialog against the real metadesk-server: profiles are saved without the key,
// the key goes to the secret store, Test Connection reports what the server said.
class ConnectionsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void fill(ConnectionsDialog &d, const QString &name, const QString &url,
                     const QString &apiId, const QString &key)
    {
        d.findChild<QPushButton *>(QStringLiteral("newProfile"))->click();
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileName")), name);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileUrl")), url);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileApiId")), apiId);
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileApiKey")), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("73 users").
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
    }

    void shouldSaveATestedProfileWithTheKeyOnlyInTheSecretStore()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(120), qPrintable(server.error()));
        const auto key = server.addKey(1);
        QVERIFY(key);
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        ConnectionProfiles profiles(settings, secrets);
        ConnectionsDialog dialog(profiles);
        dialog.show();
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("profileApiKey"))->echoMode() ==
                QLineEdit::Password);

        fill(dialog, QStringLiteral("local server"), server.server().baseUrl(), key->apiId,
             key->key);
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(tested.first().first().toBool(), qPrintable(tested.first().last().toString()));
        QVERIFY2(dialog.testResult().contains(QLatin1String("Northwind Traders")) &&
                     dialog.testResult().contains(QLatin1String("120 user")),
                 qPrintable(dialog.testResult()));
        // Loopback over http is fine: no warning.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("insecureWarning"))->isHidden());

        QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
        dialog.findChild<QPushButton *>(QStringLiteral("saveProfile"))->click();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(saved.first().last().toString().contains(QLatin1String("keychain")),
                 qPrintable(saved.first().last().toString()));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("profileApiKey"))->text(), QString());
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains(key->apiId.toUtf8()));
        QVERIFY(!stored.contains(key->key.toUtf8()));

        // Testing again uses the stored key (the field is empty now).
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QVERIFY(tested.last().first().toBool());
    }

    void shouldTakeTheAccountFromTheKeyNeverFromTyping()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(150), qPrintable(server.error()));
        const auto key = server.addKey(2);
        QVERIFY(key);
        StoreError error;
        const qint64 users = SqliteStore::open(server.file(), &error)->countUsers(2, {});
        QVERIFY(users > 0 && users < 150);
        QSettings settings(m_dir.filePath(QStringLiteral("settings3.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        ConnectionProfiles profiles(settings, secrets);
        ConnectionsDialog dialog(profiles);
        // Nothing in the form names an account (User.com's "users per request" is shown for
        // User.com profiles only).
        for (const QSpinBox *box : dialog.findChildren<QSpinBox *>())
            QVERIFY(!box->isVisibleTo(&dialog));
        fill(dialog, QStringLiteral("second"), server.server().baseUrl(), key->apiId, key->key);
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("“Contoso Partners” (id 2)")) &&
                     dialog.testResult().contains(QStringLiteral("%1 users").arg(users)),
                 qPrintable(dialog.testResult() + QStringLiteral(" expected %1 users").arg(users)));
    }

    void shouldOfferToEnterTheKeyAgainWhenTheServerRefusesIt()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(20), qPrintable(server.error()));
        const auto key = server.addKey(1);
        QVERIFY(key);
        MainWindow window;
        window.setSecretStore(std::make_unique<MemorySecretStore>());
        auto prompter = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *asked = prompter.get();
        QString shownProfile;
        asked->onDialog = [&shownProfile](QDialog *dialog) {
            if (qobject_cast<ConnectionsDialog *>(dialog))
                shownProfile =
                    dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->text();
            return int(QDialog::Rejected);
        };
        window.setPrompter(std::move(prompter));
        ConnectionProfile profile;
        profile.name = QStringLiteral("stale key");
        profile.baseUrl = QUrl(server.server().baseUrl());
        profile.apiId = key->apiId;
        window.profiles()->save(profile);
        bool keyStored = false;
        window.profiles()->storeKey(profile, QStringLiteral("not-the-key"), &window,
                                    [&](const KeyStorage &) { keyStored = true; });
        QTRY_VERIFY(keyStored);

        window.connectToProfile(profile.name);
        // The server answers 401: the window asks once whether to type the key again, and on
        // yes shows this profile in the connections dialog.
        QTRY_COMPARE_WITH_TIMEOUT(asked->confirmations.size(), 1, 20000);
        QVERIFY2(asked->confirmations.first().startsWith(QLatin1String("API Key Refused")),
                 qPrintable(asked->confirmations.first()));
        QTRY_COMPARE(shownProfile, profile.name);
    }

    void shouldSayInPlainWordsWhyAConnectionFails()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(20), qPrintable(server.error()));
        QSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        ConnectionProfiles profiles(settings, secrets);
        ConnectionsDialog dialog(profiles);
        fill(dialog, QStringLiteral("wrong key"), server.server().baseUrl(), QStringLiteral("nope"),
             QStringLiteral("not-the-key"));
        QSignalSpy tested(&dialog, &ConnectionsDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY(!tested.first().first().toBool());
        QVERIFY2(
            dialog.testResult().contains(QLatin1String("Invalid API Credentials")) ||
                dialog.testResult().contains(QLatin1String("credentials"), Qt::CaseInsensitive),
            qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().contains(QLatin1String("not-the-key")));

        // A plain-http URL to another host warns that the key would travel unencrypted.
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("profileUrl"));
        url->setText(QStringLiteral("http://crm.example.com"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("insecureWarning"))->isHidden());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("insecureWarning"))->text().isEmpty());
        url->setText(QStringLiteral("https://crm.example.com"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("insecureWarning"))->isHidden());
    }
};

QTEST_MAIN(ConnectionsDialogTest)
#include "test_connections_dialog.moc"
