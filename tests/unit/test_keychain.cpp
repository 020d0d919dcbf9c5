#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QUuid>

// The real keychain through QtKeychain: gnome-keyring on the private session bus that
// scripts/with-test-session.sh starts (scripts/test.sh runs ctest inside it). Without that
// session this test fails on purpose: a keychain that silently does not work must not pass.
class KeychainTest : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;
    QString m_entry;

    SecretResult call(const std::function<void(QObject *, SecretStore::Callback)> &operation)
    {
        QObject context;
        QEventLoop loop;
        SecretResult result;
        bool answered = false;
        operation(&context, [&](const SecretResult &r) {
            result = r;
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        if (!answered)
            result = {SecretResult::Status::Failed, QString(), QStringLiteral("no answer in 30 s")};
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_entry = SecretStore::entryFor(QUrl(QStringLiteral("https://crm.example.com/")),
                                        QStringLiteral("test-") +
                                            QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run through scripts/with-test-session.sh (scripts/test.sh does)");
    }

    void shouldWriteReadOverwriteAndDeleteAKey()
    {
        SecretResult r = call([&](QObject *c, auto done) {
            m_store.write(m_entry, QStringLiteral("first-key-0001"), c, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = call([&](QObject *c, auto done) { m_store.read(m_entry, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, QStringLiteral("first-key-0001"));

        r = call([&](QObject *c, auto done) {
            m_store.write(m_entry, QStringLiteral("second-key-0002"), c, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = call([&](QObject *c, auto done) { m_store.read(m_entry, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, QStringLiteral("second-key-0002"));

        r = call([&](QObject *c, auto done) { m_store.remove(m_entry, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = call([&](QObject *c, auto done) { m_store.read(m_entry, c, done); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
        QVERIFY(r.secret.isEmpty());
    }

    void shouldKeepEntriesOfDifferentServersApart()
    {
        const QString other = SecretStore::entryFor(
            QUrl(QStringLiteral("https://other.example.com")), QStringLiteral("same-id"));
        const QString mine = SecretStore::entryFor(QUrl(QStringLiteral("https://crm.example.com")),
                                                   QStringLiteral("same-id"));
        QVERIFY(other != mine);
        QCOMPARE(SecretStore::entryFor(QUrl(QStringLiteral("https://CRM.example.com/")),
                                       QStringLiteral("same-id")),
                 mine);
        SecretResult r = call([&](QObject *c, auto done) {
            m_store.write(mine, QStringLiteral("mine-key-0003"), c, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = call([&](QObject *c, auto done) { m_store.read(other, c, done); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
        r = call([&](QObject *c, auto done) { m_store.remove(mine, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void shouldKeepATwoLineSecretWhole()
    {
        // Crymbo's API key and secret are kept as one entry, a line break between them.
        const QString entry = m_entry + QStringLiteral(" kind:crymbo");
        const QString secret = QStringLiteral("crymbo-key-0004\ncrymbo-secret-0005");
        SecretResult r =
            call([&](QObject *c, auto done) { m_store.write(entry, secret, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = call([&](QObject *c, auto done) { m_store.read(entry, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, secret);
        r = call([&](QObject *c, auto done) { m_store.remove(entry, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "test_keychain.moc"
