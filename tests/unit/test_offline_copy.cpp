#include "ServerFixture.h"
#include "StoreFixture.h"
#include "StoreSql.h"

#include "exchange/OfflineCopyJob.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Issue 12 (1)–(4): File › Take Offline Copy saves a server account into a new file that keeps
// what was taken, lists what changed since, reverts and settles.
class OfflineCopyTest : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool finished = false;
        bool ok = false;
        QString message;
        QList<qint64> progress; // users written, as reported
    };

    // Runs a copy of account 1 to its end; cancels once `cancelAfter` users are written (if > 0).
    // `pageSize` 0: the job's own page size.
    static Outcome take(Store &source, const OfflineOrigin &origin, const QString &path,
                        int pageSize, qint64 cancelAfter = 0)
    {
        Outcome outcome;
        OfflineCopyJob job(&source, origin, path);
        if (pageSize > 0)
            job.setPageSize(pageSize);
        QEventLoop loop;
        connect(&job, &OfflineCopyJob::progress, &job, [&](qint64 done, qint64) {
            outcome.progress << done;
            if (cancelAfter > 0 && done >= cancelAfter)
                job.cancel();
        });
        connect(&job, &OfflineCopyJob::finished, &loop, [&](bool ok, const QString &message) {
            outcome.finished = true;
            outcome.ok = ok;
            outcome.message = message;
            loop.quit();
        });
        job.start();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        return outcome;
    }

    static OfflineOrigin originFor(const RemoteStore &store)
    {
        OfflineOrigin origin;
        origin.baseUrl = store.location();
        origin.apiId = store.connection().apiId;
        origin.accountId = 1;
        origin.accountName = QStringLiteral("Northwind");
        return origin;
    }

    // What a person sees of account 1, one query each: every user (every column), group,
    // membership and value.
    static QStringList accountQueries()
    {
        return {QStringLiteral("SELECT u.id, u.first_name, u.last_name, u.middle_name, u.alias, "
                               "u.email, u.status FROM users u JOIN user_accounts ua ON "
                               "ua.user_id = u.id WHERE ua.account_id = 1 ORDER BY u.id"),
                QStringLiteral("SELECT id, name FROM user_groups WHERE account_id = 1 ORDER BY id"),
                QStringLiteral("SELECT m.user_id, m.group_id FROM memberships m JOIN user_groups "
                               "g ON g.id = m.group_id WHERE g.account_id = 1 ORDER BY 1, 2"),
                QStringLiteral("SELECT v.user_id, f.name, v.value, typeof(v.value) FROM "
                               "meta_values v JOIN meta_fields f ON f.id = v.field_id WHERE "
                               "v.account_id = 1 ORDER BY 1, 2")};
    }

    template<typename T>
    static StoreReply<T> ask(const std::function<void(QObject *, Store::Callback<T>)> &call)
    {
        return waitFor<T>(call);
    }

    // A copy of a demo account 1 (300 users unless said), served by a real metadesk-server,
    // opened as a file.
    struct Copy
    {
        ServerFixture server;
        std::unique_ptr<RemoteStore> remote;
        QString key;
        QString path;
    };
    bool makeCopy(Copy &copy, int users = 300, int pageSize = 100)
    {
        if (!copy.server.setUp(users)) {
            qWarning("%s", qPrintable(copy.server.error()));
            return false;
        }
        const auto key = copy.server.addKey(1);
        if (!key)
            return false;
        copy.key = key->key;
        copy.remote = std::make_unique<RemoteStore>(
            RemoteConnection{QUrl(copy.server.server().baseUrl()), key->apiId, key->key});
        if (!ask<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                 copy.remote->fetchAccounts(c, std::move(d));
             }).ok())
            return false;
        copy.path = m_dir.filePath(QStringLiteral("copy-%1.metadesk").arg(++m_copies));
        const Outcome outcome = take(*copy.remote, originFor(*copy.remote), copy.path, pageSize);
        if (!outcome.ok)
            qWarning("%s", qPrintable(outcome.message));
        return outcome.ok;
    }

    QTemporaryDir m_dir;
    int m_copies = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Small pages, and the job's own: pages of users larger than the pieces their values are
    // read in.
    void shouldCopyEveryUserGroupMembershipFieldAndValueOfTheAccount_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("300 users, pages of 100") << 300 << 100;
        QTest::newRow("2500 users, the job's pages") << 2500 << 0;
    }
    void shouldCopyEveryUserGroupMembershipFieldAndValueOfTheAccount()
    {
        QFETCH(int, users);
        QFETCH(int, pageSize);
        Copy copy;
        QVERIFY(makeCopy(copy, users, pageSize));
        StoreError error;
        auto taken = SqliteStore::open(copy.path, &error);
        QVERIFY2(taken, qPrintable(error.text()));
        auto served = SqliteStore::open(copy.server.file(), &error);
        QVERIFY2(served, qPrintable(error.text()));

        for (const QString &query : accountQueries()) {
            QString problem;
            const QList<QVariantList> mine = StoreSql::rows(*taken, query, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QList<QVariantList> theirs = StoreSql::rows(*served, query, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!theirs.isEmpty(), qPrintable(query));
            QVERIFY2(mine == theirs, qPrintable(query));
        }
        // Every definition as the server holds it. (The schema endpoint answers a JSON object,
        // which carries no order: the copy lists the fields in the order the server sent them.)
        const auto byName = [](QList<MetaField> fields) {
            std::sort(fields.begin(), fields.end(),
                      [](const MetaField &a, const MetaField &b) { return a.name < b.name; });
            return fields;
        };
        QCOMPARE(byName(taken->fields(1)), byName(served->fields(1)));
        QCOMPARE(taken->accounts().size(), 1);
        QCOMPARE(taken->accounts().first().id, 1);
        // What was taken is what the file holds until a place is first changed: no second copy.
        for (const char *table : {"taken_values", "taken_memberships", "changed_places"})
            QCOMPARE(StoreSql::scalar(*taken, QStringLiteral("SELECT count(*) FROM ") +
                                                  QLatin1String(table))
                         .toLongLong(),
                     0);
        // Written as a bulk load, it ends with every index and trigger a new file has.
        {
            auto fresh = SqliteStore::create(
                m_dir.filePath(QStringLiteral("schema-%1.metadesk").arg(++m_copies)), &error);
            QVERIFY2(fresh, qPrintable(error.text()));
            const QString schema = QStringLiteral("SELECT type, name, tbl_name, sql FROM "
                                                  "sqlite_master WHERE type IN ('index', "
                                                  "'trigger') ORDER BY name");
            const QList<QVariantList> expected = StoreSql::rows(*fresh, schema);
            QVERIFY(expected.size() > 10);
            QCOMPARE(StoreSql::rows(*taken, schema), expected);
        }

        // Where it came from, and when; never the key.
        {
            LocalStore local(std::move(taken));
            const auto origin =
                ask<OfflineOrigin>([&](QObject *c, Store::Callback<OfflineOrigin> d) {
                    local.fetchOfflineOrigin(c, std::move(d));
                });
            QVERIFY(origin.ok());
            QCOMPARE(origin.value.baseUrl, copy.server.server().baseUrl());
            QCOMPARE(origin.value.apiId, copy.remote->connection().apiId);
            QCOMPARE(origin.value.accountId, 1);
            QCOMPARE(origin.value.accountName, QStringLiteral("Northwind"));
            // The server's revision when the copy was taken: nothing changed since.
            QCOMPARE(origin.value.takenRevision, copy.server.client()
                                                     .get(QStringLiteral("/api/egress/account"))
                                                     .json.value(QStringLiteral("revision"))
                                                     .toInteger(-1));
            QVERIFY(qAbs(origin.value.takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        // Read as bytes only once no connection holds the file. The copy is a WAL file (header
        // bytes 18 and 19 are 2) like any other, although it was written without a journal.
        QFile file(copy.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 10000);
        QCOMPARE(int(bytes.at(18)), 2);
        QCOMPARE(int(bytes.at(19)), 2);
        QVERIFY(!bytes.contains(copy.key.toUtf8()));
        QVERIFY(!QFile::exists(copy.path + QStringLiteral("-wal")) ||
                !QFile(copy.path + QStringLiteral("-wal")).size());
    }

    void shouldRemoveTheHalfMadeFileWhenCancelled()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(300), qPrintable(server.error()));
        const auto key = server.addKey(1);
        QVERIFY(key);
        RemoteStore remote(RemoteConnection{QUrl(server.server().baseUrl()), key->apiId, key->key});
        QVERIFY(ask<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                    remote.fetchAccounts(c, std::move(d));
                }).ok());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.metadesk"));
        const Outcome outcome = take(remote, originFor(remote), path, 50, 50);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QLatin1String("was removed")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.progress.contains(50));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void shouldRefuseToOverwriteAnExistingFile()
    {
        auto local = makeLocalStoreFixture(m_dir.path(), 20, 3);
        QVERIFY(local);
        const QString path = m_dir.filePath(QStringLiteral("existing.metadesk"));
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        OfflineOrigin origin;
        origin.baseUrl = QStringLiteral("https://crm.example.com");
        origin.accountId = 1;
        const Outcome outcome = take(*local->store(), origin, path, 100);
        QVERIFY(!outcome.ok);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
    }

    void shouldListExactlyTheChangedCellsAndMembershipsAndRevertThem()
    {
        Copy copy;
        QVERIFY(makeCopy(copy, 60));
        StoreError error;
        auto sqlite = SqliteStore::open(copy.path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        LocalStore local(std::move(sqlite));
        const auto changes = [&] {
            const auto reply =
                ask<QList<SyncRow>>([&](QObject *c, Store::Callback<QList<SyncRow>> d) {
                    local.fetchChangesToSend(1, c, std::move(d));
                });
            [&] { QVERIFY2(reply.ok(), qPrintable(reply.errorText())); }();
            return reply.value;
        };
        QVERIFY(changes().isEmpty());

        const auto takenScore = [&](qint64 user) {
            return ask<QHash<qint64, QJsonObject>>(
                       [&](QObject *c, Store::Callback<QHash<qint64, QJsonObject>> d) {
                           local.fetchMetaValues(1, {user}, {QStringLiteral("score")}, c,
                                                 std::move(d));
                       })
                .value.value(user)
                .value(QStringLiteral("score"));
        };
        const QJsonValue score2 = takenScore(2);
        const QJsonValue score3 = takenScore(3);
        const QList<UserGroup> groups =
            ask<QList<UserGroup>>([&](QObject *c, Store::Callback<QList<UserGroup>> d) {
                local.fetchGroups(1, c, std::move(d));
            }).value;
        QVERIFY(!groups.isEmpty());
        // A group user 4 is not in, to join.
        const QList<User> user4 = ask<UserPage>([&](QObject *c, Store::Callback<UserPage> d) {
                                      local.fetchUsers(1, UserQuery{}, 3, 1, c, std::move(d));
                                  }).value.users;
        QCOMPARE(user4.size(), 1);
        QCOMPARE(user4.first().id, 4);
        qint64 joined = 0;
        for (const UserGroup &g : groups) {
            if (!user4.first().groups.contains(g.id)) {
                joined = g.id;
                break;
            }
        }
        QVERIFY(joined > 0);

        EditSet edits;
        edits.metaEdits = {{2, QStringLiteral("score"), QJsonValue(score2.toInt(0) == 7 ? 8 : 7)},
                           {3, QStringLiteral("score"), QJsonValue(score3.toInt(0) == 9 ? 10 : 9)}};
        edits.groupOperations.append({GroupOperation::Kind::Add, {4}, {GroupRef::byId(joined)}});
        const ApplyReport applied = waitForApply(local.apply(1, edits));
        QVERIFY2(applied.complete(), qPrintable(applied.error.text));

        QList<SyncRow> rows = changes();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).place, SyncPlace::cell(2, QStringLiteral("score")));
        QVERIFY(ThreeWayMerge::same(rows.at(0).taken, score2.isUndefined()
                                                          ? ThreeWayMerge::Value()
                                                          : ThreeWayMerge::Value(score2)));
        QCOMPARE(rows.at(0).mine->toInt(), score2.toInt(0) == 7 ? 8 : 7);
        QVERIFY(!rows.at(0).userName.isEmpty());
        QCOMPARE(rows.at(1).place, SyncPlace::cell(3, QStringLiteral("score")));
        QCOMPARE(rows.at(2).place, SyncPlace::membership(4, joined));
        QVERIFY(!rows.at(2).taken);
        QCOMPARE(rows.at(2).mine, ThreeWayMerge::Value(QJsonValue(true)));
        QVERIFY(!rows.at(2).groupName.isEmpty());
        QCOMPARE(rows.at(2).decision, ThreeWayMerge::Decision::Send);

        // Set back to the taken value by hand: no change any more.
        EditSet back;
        back.metaEdits = {
            {3, QStringLiteral("score"), score3.isUndefined() ? QJsonValue() : score3}};
        QVERIFY(waitForApply(local.apply(1, back)).complete());
        rows = changes();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).place, SyncPlace::membership(4, joined));

        // Revert puts the taken values back in the file.
        const auto reverted = ask<bool>([&](QObject *c, Store::Callback<bool> d) {
            local.revertChanges(1, {rows.at(0).place, rows.at(1).place}, c, std::move(d));
        });
        QVERIFY2(reverted.ok(), qPrintable(reverted.errorText()));
        QVERIFY(changes().isEmpty());
        QCOMPARE(takenScore(2), score2);
        const QList<User> again = ask<UserPage>([&](QObject *c, Store::Callback<UserPage> d) {
                                      local.fetchUsers(1, UserQuery{}, 3, 1, c, std::move(d));
                                  }).value.users;
        QCOMPARE(again.first().groups, user4.first().groups);

        // What was taken is kept for changed places only: user 3's score (written back by hand,
        // still noted) and nothing for the reverted places.
        auto look = SqliteStore::open(copy.path, &error);
        QVERIFY2(look, qPrintable(error.text()));
        QCOMPARE(StoreSql::rows(*look, QStringLiteral("SELECT kind, user_id FROM changed_places")),
                 (QList<QVariantList>{{qint64(0), qint64(3)}}));
        QCOMPARE(StoreSql::scalar(*look, QStringLiteral("SELECT count(*) FROM taken_values WHERE "
                                                        "user_id <> 3"))
                     .toLongLong(),
                 0);
        QCOMPARE(StoreSql::scalar(*look, QStringLiteral("SELECT count(*) FROM taken_memberships"))
                     .toLongLong(),
                 0);
    }

    void shouldKeepACellChangedTwiceOneChangeToSend()
    {
        Copy copy;
        QVERIFY(makeCopy(copy, 20));
        StoreError error;
        auto sqlite = SqliteStore::open(copy.path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        LocalStore local(std::move(sqlite));
        for (int value : {61, 62}) {
            EditSet edits;
            edits.metaEdits = {{2, QStringLiteral("score"), value}};
            edits.groupOperations = {{GroupOperation::Kind::Drop, {3}, {}}};
            const ApplyReport report = waitForApply(local.apply(1, edits));
            QVERIFY2(report.complete(), qPrintable(report.error.text));
        }
        const auto rows = ask<QList<SyncRow>>([&](QObject *c, Store::Callback<QList<SyncRow>> d) {
            local.fetchChangesToSend(1, c, std::move(d));
        });
        QVERIFY2(rows.ok(), qPrintable(rows.errorText()));
        QVERIFY(!rows.value.isEmpty());
        QCOMPARE(rows.value.first().place, SyncPlace::cell(2, QStringLiteral("score")));
        QCOMPARE(rows.value.first().mine->toInt(), 62);
    }

    void shouldSettleServerValuesIntoTheFileAndTheTakenSnapshot()
    {
        Copy copy;
        QVERIFY(makeCopy(copy, 30));
        StoreError error;
        auto sqlite = SqliteStore::open(copy.path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        LocalStore local(std::move(sqlite));
        EditSet edits;
        edits.metaEdits = {{5, QStringLiteral("score"), QJsonValue(42)}};
        QVERIFY(waitForApply(local.apply(1, edits)).complete());

        // Sent: user 5's score is the server's now. Incoming: user 6's score changed there.
        SyncRow sent;
        sent.place = SyncPlace::cell(5, QStringLiteral("score"));
        sent.mine = QJsonValue(42);
        sent.decision = ThreeWayMerge::Decision::Send;
        SyncRow incoming;
        incoming.place = SyncPlace::cell(6, QStringLiteral("score"));
        incoming.theirs = QJsonValue(13);
        incoming.decision = ThreeWayMerge::Decision::Incoming;
        SyncRow left;
        left.place = SyncPlace::membership(6, 1);
        left.decision = ThreeWayMerge::Decision::Incoming; // theirs: not a member
        const auto settled = ask<bool>([&](QObject *c, Store::Callback<bool> d) {
            local.settle(1, {incoming, left}, {sent}, std::nullopt, c, std::move(d));
        });
        QVERIFY2(settled.ok(), qPrintable(settled.errorText()));

        const auto changes =
            ask<QList<SyncRow>>([&](QObject *c, Store::Callback<QList<SyncRow>> d) {
                local.fetchChangesToSend(1, c, std::move(d));
            });
        QVERIFY(changes.value.isEmpty()); // the file and what was taken agree with the server
        const auto values = ask<QHash<qint64, QJsonObject>>(
            [&](QObject *c, Store::Callback<QHash<qint64, QJsonObject>> d) {
                local.fetchMetaValues(1, {5, 6}, {QStringLiteral("score")}, c, std::move(d));
            });
        QCOMPARE(values.value.value(5).value(QStringLiteral("score")).toInt(), 42);
        QCOMPARE(values.value.value(6).value(QStringLiteral("score")).toInt(), 13);
        // A later local edit compares with the settled value.
        edits.metaEdits = {{6, QStringLiteral("score"), QJsonValue(14)}};
        QVERIFY(waitForApply(local.apply(1, edits)).complete());
        const auto later = ask<QList<SyncRow>>([&](QObject *c, Store::Callback<QList<SyncRow>> d) {
            local.fetchChangesToSend(1, c, std::move(d));
        });
        QCOMPARE(later.value.size(), 1);
        QCOMPARE(later.value.first().taken, ThreeWayMerge::Value(QJsonValue(13)));
    }

    void shouldAnswerNoOfflineCopyForAServerOrAPlainFile()
    {
        auto local = makeLocalStoreFixture(m_dir.path(), 20, 4);
        QVERIFY(local);
        const auto origin = ask<OfflineOrigin>([&](QObject *c, Store::Callback<OfflineOrigin> d) {
            local->store()->fetchOfflineOrigin(c, std::move(d));
        });
        QVERIFY(origin.ok());
        QVERIFY(!origin.value.isValid());
        const auto remote = makeRemoteStoreFixture(m_dir.path(), 20, 4);
        QVERIFY(remote);
        const auto none = ask<OfflineOrigin>([&](QObject *c, Store::Callback<OfflineOrigin> d) {
            remote->store()->fetchOfflineOrigin(c, std::move(d));
        });
        QVERIFY(!none.value.isValid());
        const auto refused = ask<bool>([&](QObject *c, Store::Callback<bool> d) {
            remote->store()->revertChanges(1, {SyncPlace::cell(1, QStringLiteral("score"))}, c,
                                           std::move(d));
        });
        QCOMPARE(refused.error.kind, ClientError::Kind::Refused);
    }

    void shouldRefuseAnotherServerOrAccountForTheOpenCopy()
    {
        Copy copy;
        QVERIFY(makeCopy(copy, 20));
        Workspace workspace;
        workspace.openFile(copy.path);
        QTRY_VERIFY(workspace.isOfflineCopy());
        const QString url = copy.server.server().baseUrl();
        QVERIFY(workspace.refusalForServer(url, 1).isEmpty());
        QVERIFY(workspace.refusalForServer(url + QLatin1Char('/'), 1).isEmpty());
        QVERIFY(!workspace.refusalForServer(url, 2).isEmpty());
        QVERIFY(
            !workspace.refusalForServer(QStringLiteral("https://crm.example.com"), 1).isEmpty());
        QTRY_COMPARE(workspace.accountId(), 1);
        QCOMPARE(workspace.changesToSend(), 0);
    }
};

QTEST_MAIN(OfflineCopyTest)
#include "test_offline_copy.moc"
