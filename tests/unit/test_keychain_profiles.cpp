#include "MemorySecretStore.h"
#include "secrets/ConnectionProfiles.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Connection profiles: QSettings holds everything but the key; the key goes to the SecretStore,
// or, without a keychain, stays in memory for the session (and the caller is told).
class ConnectionProfilesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static KeyStorage
    wait(const std::function<void(QObject *, ConnectionProfiles::KeyCallback)> &call)
    {
        QObject context;
        QEventLoop loop;
        KeyStorage result;
        bool answered = false;
        call(&context, [&](const KeyStorage &s) {
            result = s;
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        return result;
    }

    static ConnectionProfile sample()
    {
        return {QStringLiteral("Production"), QUrl(QStringLiteral("https://crm.example.com")),
                QStringLiteral("api-7")};
    }

private Q_SLOTS:
    void shouldKeepProfilesInSettingsAndKeysInTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
        const QString key = QStringLiteral("very-secret-key-123456");
        MemorySecretStore secrets;
        {
            QSettings settings(path, QSettings::IniFormat);
            ConnectionProfiles profiles(settings, secrets);
            profiles.save(sample());
            const KeyStorage stored =
                wait([&](QObject *c, auto done) { profiles.storeKey(sample(), key, c, done); });
            QCOMPARE(stored.where, KeyStorage::Where::Keychain);
            QVERIFY(stored.message.isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("crm.example.com"));
        QVERIFY2(!text.contains(key.toUtf8()), text.constData());
        QCOMPARE(secrets.entries().value(sample().secretEntry()), key);

        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfiles profiles(settings, secrets);
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(*profiles.profile(QStringLiteral("Production")), sample());
        const KeyStorage loaded =
            wait([&](QObject *c, auto done) { profiles.loadKey(sample(), c, done); });
        QCOMPARE(loaded.where, KeyStorage::Where::Keychain);
        QCOMPARE(loaded.key, key);

        // Saving under the same name replaces the profile.
        profiles.save(sample());
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().first(), sample());

        wait(
            [&](QObject *c, auto done) { profiles.remove(QStringLiteral("Production"), c, done); });
        QVERIFY(profiles.profiles().isEmpty());
        QVERIFY(secrets.entries().isEmpty());
        const KeyStorage gone =
            wait([&](QObject *c, auto done) { profiles.loadKey(sample(), c, done); });
        QCOMPARE(gone.where, KeyStorage::Where::Nowhere);
    }

    void shouldKeepTheKeyForTheSessionWhenNoKeychainIsAvailable()
    {
        MemorySecretStore secrets;
        secrets.setAvailable(false);
        QSettings settings(m_dir.filePath(QStringLiteral("nokeychain.ini")), QSettings::IniFormat);
        ConnectionProfiles profiles(settings, secrets);
        profiles.save(sample());
        const KeyStorage stored = wait([&](QObject *c, auto done) {
            profiles.storeKey(sample(), QStringLiteral("session-key-0001"), c, done);
        });
        QCOMPARE(stored.where, KeyStorage::Where::SessionOnly);
        QVERIFY(stored.message.contains(QLatin1String("session")));
        const KeyStorage loaded =
            wait([&](QObject *c, auto done) { profiles.loadKey(sample(), c, done); });
        QCOMPARE(loaded.where, KeyStorage::Where::SessionOnly);
        QCOMPARE(loaded.key, QStringLiteral("session-key-0001"));
        settings.sync();
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QLatin1String("session-key")));

        // A second run of the app (a new ConnectionProfiles) has no key: it was never written.
        ConnectionProfiles nextRun(settings, secrets);
        const KeyStorage none =
            wait([&](QObject *c, auto done) { nextRun.loadKey(sample(), c, done); });
        QCOMPARE(none.where, KeyStorage::Where::Nowhere);
        QVERIFY(!none.message.isEmpty());
    }

    void shouldKeepEveryKindsSettingsAndItsSecretApart()
    {
        const QString path = m_dir.filePath(QStringLiteral("kinds.ini"));
        MemorySecretStore secrets;
        ConnectionProfile tld = sample();
        ConnectionProfile userCom{QStringLiteral("User.com"),
                                  QUrl(QStringLiteral("https://crm.example.com")), QString()};
        userCom.kind = TargetKind::UserCom;
        userCom.httpMethod = "PUT";
        userCom.chunkSize = 250;
        ConnectionProfile pubNub{QStringLiteral("PubNub"),
                                 QUrl(QStringLiteral("https://ps.pndsn.com")),
                                 QStringLiteral("sub-c-1")};
        pubNub.kind = TargetKind::PubNub;
        ConnectionProfile crymbo{QStringLiteral("Crymbo"),
                                 QUrl(QStringLiteral("https://crm.example.com")),
                                 QStringLiteral("api-7")};
        crymbo.kind = TargetKind::Crymbo;
        crymbo.userName = QStringLiteral("admin");
        const QList<ConnectionProfile> all{tld, userCom, pubNub, crymbo};
        {
            QSettings settings(path, QSettings::IniFormat);
            ConnectionProfiles profiles(settings, secrets);
            for (const ConnectionProfile &p : all) {
                profiles.save(p);
                const KeyStorage stored = wait([&](QObject *c, auto done) {
                    profiles.storeKey(p, QStringLiteral("secret-of-") + p.name, c, done);
                });
                QCOMPARE(stored.where, KeyStorage::Where::Keychain);
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("secret-of-"), text.constData());
        QVERIFY(text.contains("usercom"));

        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfiles profiles(settings, secrets);
        QCOMPARE(profiles.profiles(), all);
        // Same server, same id, other kinds: four entries, none overwritten.
        QCOMPARE(secrets.entries().size(), 4);
        for (const ConnectionProfile &p : all) {
            const KeyStorage loaded =
                wait([&](QObject *c, auto done) { profiles.loadKey(p, c, done); });
            QCOMPARE(loaded.key, QStringLiteral("secret-of-") + p.name);
        }
        // A profile written before kinds existed is a TLD server, and its key entry is unchanged.
        QCOMPARE(tld.secretEntry(), SecretStore::entryFor(tld.baseUrl, tld.apiId));
    }
};

QTEST_GUILESS_MAIN(ConnectionProfilesTest)
#include "test_keychain_profiles.moc"
