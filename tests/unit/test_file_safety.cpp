#include "ApiClient.h"
#include "ServerProcess.h"
#include "SqliteShell.h"
#include "StoreFixture.h"
#include "StoreSql.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

// A database file is never damaged or left incomplete: while MetaDesk holds it, other processes
// (the sqlite3 program, metadesk-server) may open, read, write and close it; when MetaDesk closes
// it, the file alone holds every change, with no -wal or -shm beside it.
class FileSafetyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return TestFiles::createDemo(path, 200) ? path : QString();
    }

    static quint64 inodeOf(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
    }

    // The journal files SQLite keeps beside a database while it is in use.
    static QStringList sideFiles(const QString &path)
    {
        QStringList found;
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            if (QFile::exists(path + QLatin1String(suffix)))
                found << path + QLatin1String(suffix);
        }
        return found;
    }

    static qint64 firstUser(SqliteStore &store, int index = 0)
    {
        const QList<User> users = store.users(1, {}, 0, index + 1);
        return users.size() > index ? users.at(index).id : 0;
    }

    static EditSet scoreEdit(qint64 userId, int score)
    {
        MetaEdit edit;
        edit.userId = userId;
        edit.field = QStringLiteral("score");
        edit.value = score;
        EditSet edits;
        edits.metaEdits = {edit};
        return edits;
    }

    static QJsonValue scoreIn(Store &store, qint64 userId)
    {
        const auto reply = waitFor<QHash<qint64, QJsonObject>>([&](QObject *c, auto done) {
            store.fetchMetaValues(1, {userId}, {QStringLiteral("score")}, c, done);
        });
        return reply.ok() ? reply.value.value(userId).value(QStringLiteral("score"))
                          : QJsonValue(reply.errorText());
    }

    static QString emailIn(Store &store, qint64 userId)
    {
        const auto reply = waitFor<UserPage>(
            [&](QObject *c, auto done) { store.fetchUsers(1, {}, userId - 1, 1, c, done); });
        if (!reply.ok())
            return reply.errorText();
        return reply.value.users.isEmpty() ? QString() : reply.value.users.first().email;
    }

    // Opens a copy of the database file alone (no -wal beside it) and reads a user's score.
    QJsonValue scoreInCopyOf(const QString &path, qint64 userId)
    {
        const QString copy = m_dir.filePath(QStringLiteral("copies/") + QFileInfo(path).fileName());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return QStringLiteral("cannot copy");
        StoreError error;
        std::unique_ptr<SqliteStore> store = SqliteStore::open(copy, &error);
        if (!store)
            return error.text();
        return store->metaValues(1, {userId}, {QStringLiteral("score")}, 0, 1)
            .value(userId)
            .value(QStringLiteral("score"));
    }

    static QString integrityOf(SqliteStore &store)
    {
        QString error;
        const QList<QVariantList> rows =
            StoreSql::rows(store, QStringLiteral("PRAGMA integrity_check"), &error);
        return rows.isEmpty() ? error : rows.first().first().toString();
    }

private Q_SLOTS:
    void shouldProbeAnOpenFileWithoutTakingItsLocks()
    {
        const QString path = makeDemo(QStringLiteral("probed.db"));
        QVERIFY(!path.isEmpty());
        StoreError error;
        std::unique_ptr<SqliteStore> holder = SqliteStore::open(path, &error);
        QVERIFY2(holder, qPrintable(error.text()));
        QVERIFY(firstUser(*holder) > 0); // reads: the connection now uses the WAL
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        const quint64 walInode = inodeOf(wal);

        // What an apply job or a reader thread does: a second connection, opened and closed.
        QVERIFY2(SqliteStore::open(path, &error), qPrintable(error.text()));

        // Another process opening and closing the file must still see us holding it: had the
        // probe dropped our locks, sqlite3 would think it is the last user and delete the WAL.
        const SqliteShell::Result read =
            SqliteShell::run(path, QStringLiteral("SELECT count(*) FROM users;"));
        QVERIFY2(read.ok, qPrintable(read.err));
        QVERIFY(QFile::exists(wal));
        QCOMPARE(inodeOf(wal), walInode);
        QCOMPARE(integrityOf(*holder), QStringLiteral("ok"));
    }

    void shouldStayWholeWhileAnotherProcessOpensReadsAndWritesIt()
    {
        const QString path = makeDemo(QStringLiteral("shared.db"));
        QVERIFY(!path.isEmpty());
        StoreError error;
        std::unique_ptr<SqliteStore> sqlite = SqliteStore::open(path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        const qint64 scored = firstUser(*sqlite, 0);
        const qint64 renamed = firstUser(*sqlite, 1);
        QVERIFY(scored > 0 && renamed > 0);
        LocalStore store(std::move(sqlite));
        QString expectedEmail = emailIn(store, renamed);
        QVERIFY(expectedEmail.contains(QLatin1Char('@')));
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        const quint64 walInode = inodeOf(wal);

        for (int round = 1; round <= 20; ++round) {
            // A writes through the application's own apply path (a connection of its own).
            const ApplyReport report = waitForApply(store.apply(1, scoreEdit(scored, round)));
            QVERIFY2(report.complete(), qPrintable(report.error.text));

            // B opens, reads, sometimes writes, and closes the file.
            if (round % 3 == 0) {
                expectedEmail = QStringLiteral("round%1@example.com").arg(round);
                const SqliteShell::Result write = SqliteShell::run(
                    path, QStringLiteral("UPDATE users SET email = '%1' WHERE id = %2;")
                              .arg(expectedEmail)
                              .arg(renamed));
                QVERIFY2(write.ok, qPrintable(write.err));
            }
            const SqliteShell::Result read = SqliteShell::run(
                path, QStringLiteral("SELECT email FROM users WHERE id = %1;").arg(renamed));
            QVERIFY2(read.ok, qPrintable(read.err));
            QCOMPARE(read.out, expectedEmail);

            // B closing the file never takes the WAL away from under A.
            QVERIFY2(QFile::exists(wal), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(inodeOf(wal), walInode);
            // A reads its own write and B's.
            QCOMPARE(scoreIn(store, scored), QJsonValue(round));
            QCOMPARE(emailIn(store, renamed), expectedEmail);
        }
        QCOMPARE(integrityOf(store.sqlite()), QStringLiteral("ok"));
        const SqliteShell::Result check =
            SqliteShell::run(path, QStringLiteral("PRAGMA integrity_check;"));
        QVERIFY2(check.ok, qPrintable(check.err));
        QCOMPARE(check.out, QStringLiteral("ok"));
    }

    void shouldNoticeWhatAnotherProcessWrote()
    {
        const QString path = makeDemo(QStringLiteral("watched.db"));
        QVERIFY(!path.isEmpty());
        StoreError error;
        std::unique_ptr<SqliteStore> sqlite = SqliteStore::open(path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        const qint64 user = firstUser(*sqlite);
        LocalStore store(std::move(sqlite));
        QSignalSpy changed(&store, &Store::changedOutside);
        QTest::qWait(1500); // a few polls of a file nobody else writes: no news
        QCOMPARE(changed.count(), 0);

        const SqliteShell::Result write = SqliteShell::run(
            path, QStringLiteral("UPDATE users SET email = 'outside@example.com' WHERE id = %1;")
                      .arg(user));
        QVERIFY2(write.ok, qPrintable(write.err));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 5000);
        QCOMPARE(emailIn(store, user), QStringLiteral("outside@example.com"));
        QTest::qWait(1500);
        QCOMPARE(changed.count(), 1); // one write, one notice
    }

    void shouldLeaveEveryAppliedChangeInTheFileAloneWhenClosed()
    {
        const QString path = makeDemo(QStringLiteral("closed.db"));
        QVERIFY(!path.isEmpty());
        qint64 user = 0;
        {
            StoreError error;
            std::unique_ptr<SqliteStore> sqlite = SqliteStore::open(path, &error);
            QVERIFY2(sqlite, qPrintable(error.text()));
            user = firstUser(*sqlite);
            LocalStore store(std::move(sqlite));
            // A search runs on the reader thread: its connection is open too.
            UserQuery search;
            search.search = QStringLiteral("a");
            const auto page = waitFor<UserPage>(
                [&](QObject *c, auto done) { store.fetchUsers(1, search, 0, 10, c, done); });
            QVERIFY2(page.ok(), qPrintable(page.errorText()));
            const ApplyReport report = waitForApply(store.apply(1, scoreEdit(user, 77)));
            QVERIFY2(report.complete(), qPrintable(report.error.text));
            QCOMPARE(scoreIn(store, user), QJsonValue(77));
        }
        QCOMPARE(sideFiles(path), QStringList());
        QCOMPARE(scoreInCopyOf(path, user), QJsonValue(77));
    }

    void shouldWriteEveryChangeIntoTheFileWhenClosedWhileAnotherProcessHoldsIt()
    {
        const QString path = makeDemo(QStringLiteral("held.db"));
        QVERIFY(!path.isEmpty());
        SqliteShell other;
        QString problem;
        QVERIFY2(other.open(path, &problem), qPrintable(problem));
        qint64 user = 0;
        {
            StoreError error;
            std::unique_ptr<SqliteStore> sqlite = SqliteStore::open(path, &error);
            QVERIFY2(sqlite, qPrintable(error.text()));
            user = firstUser(*sqlite);
            LocalStore store(std::move(sqlite));
            const ApplyReport report = waitForApply(store.apply(1, scoreEdit(user, 55)));
            QVERIFY2(report.complete(), qPrintable(report.error.text));
        }
        // The other process still has the file open (and so its WAL), but the file alone already
        // holds the edit.
        QCOMPARE(scoreInCopyOf(path, user), QJsonValue(55));
        other.close();
        QCOMPARE(sideFiles(path), QStringList());
    }

    void shouldNotOverwriteAFileAnotherProcessHasOpen()
    {
        const QString path = makeDemo(QStringLiteral("overwritten.db"));
        QVERIFY(!path.isEmpty());
        const QStringList init{QStringLiteral("init"), path, QStringLiteral("--force")};
        SqliteShell other;
        QString problem;
        QVERIFY2(other.open(path, &problem), qPrintable(problem));
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        const quint64 fileInode = inodeOf(path);
        const quint64 walInode = inodeOf(wal);

        TestFiles::ProcessResult refused = TestFiles::run("METADESK_SERVER", init);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("open in another program")),
                 qPrintable(refused.err));
        QCOMPARE(inodeOf(path), fileInode);
        QCOMPARE(inodeOf(wal), walInode);
        const SqliteShell::Result count =
            other.query(QStringLiteral("SELECT count(*) FROM users;"));
        QVERIFY2(count.ok, qPrintable(count.err));
        QCOMPARE(count.out, QStringLiteral("200"));

        other.close();
        const TestFiles::ProcessResult done = TestFiles::run("METADESK_SERVER", init);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }

    void shouldLeaveOneWholeFileWhenTheServerStops_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("otherProcessHoldsTheFile");
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGINT") << int(SIGINT) << false;
        QTest::newRow("SIGTERM, file held by sqlite3") << int(SIGTERM) << true;
    }

    void shouldLeaveOneWholeFileWhenTheServerStops()
    {
        QFETCH(int, signal);
        QFETCH(bool, otherProcessHoldsTheFile);
        const QString path = makeDemo(
            QStringLiteral("served-%1-%2.db").arg(signal).arg(int(otherProcessHoldsTheFile)));
        QVERIFY(!path.isEmpty());
        qint64 user = 0;
        std::optional<NewApiKey> key;
        {
            StoreError error;
            std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
            QVERIFY2(store, qPrintable(error.text()));
            user = firstUser(*store);
            QString problem;
            key = ApiKeyRegistry(*store).add(1, {}, {}, &problem);
            QVERIFY2(key, qPrintable(problem));
        }
        SqliteShell other;
        if (otherProcessHoldsTheFile) {
            QString problem;
            QVERIFY2(other.open(path, &problem), qPrintable(problem));
        }
        ServerProcess server;
        QVERIFY2(server.start(path, {QStringLiteral("--quiet")}), qPrintable(server.error()));
        ApiClient client(server.baseUrl(), key->apiId, key->key);
        const HttpReply reply = client.send(
            "PUT", QStringLiteral("/api/ingress/user_meta"),
            QStringLiteral(R"({"user_id": %1, "field": "score", "value": 42})").arg(user).toUtf8());
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QVERIFY2(server.stop(signal), qPrintable(server.log()));

        QCOMPARE(scoreInCopyOf(path, user), QJsonValue(42));
        other.close();
        QCOMPARE(sideFiles(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(FileSafetyTest)
#include "test_file_safety.moc"
