#include "ServerFixture.h"
#include "StoreFixture.h"
#include "StoreSql.h"
#include "SyncJobAnswer.h"

#include "exchange/OfflineCopyJob.h"
#include "exchange/OfflineSyncJob.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <variant>

using Decision = ThreeWayMerge::Decision;
using SyncJobAnswer::Answer;
using SyncJobAnswer::await;
using SyncJobAnswer::outcomeOf;
using SyncJobAnswer::planOf;

// Issue 12 (3)–(4), with real metadesk-server processes: admin A takes an offline copy, admin B
// changes the account online, A edits the copy and sends it back (OfflineSyncJob). Every
// outcome is checked on the server's file and in the copy, cell by cell.
class OfflineSyncTest : public QObject
{
    Q_OBJECT

    // One account on a real server, A's offline copy of it open as a file, and B's client.
    struct World
    {
        ServerFixture server;
        QString keyA;
        QString apiIdA;
        std::unique_ptr<ApiClient> b;
        QString copyPath;
        std::unique_ptr<LocalStore> file;
    };

    bool makeWorld(World &w, int users = 40)
    {
        if (!w.server.setUp(users)) {
            qWarning("%s", qPrintable(w.server.error()));
            return false;
        }
        const auto a = w.server.addKey(1);
        const auto b = w.server.addKey(1);
        if (!a || !b)
            return false;
        w.keyA = a->key;
        w.apiIdA = a->apiId;
        w.b = w.server.clientFor(*b);
        RemoteStore remote(RemoteConnection{QUrl(w.server.server().baseUrl()), a->apiId, a->key});
        if (!waitFor<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                 remote.fetchAccounts(c, std::move(d));
             }).ok())
            return false;
        OfflineOrigin origin;
        origin.baseUrl = remote.location();
        origin.apiId = a->apiId;
        origin.accountId = 1;
        origin.accountName = QStringLiteral("Northwind");
        w.copyPath = m_dir.filePath(QStringLiteral("copy-%1.metadesk").arg(++m_worlds));
        OfflineCopyJob job(&remote, origin, w.copyPath);
        QEventLoop loop;
        bool ok = false;
        connect(&job, &OfflineCopyJob::finished, &loop, [&](bool done, const QString &message) {
            ok = done;
            if (!done)
                qWarning("%s", qPrintable(message));
            loop.quit();
        });
        job.start();
        loop.exec();
        if (!ok)
            return false;
        StoreError error;
        auto sqlite = SqliteStore::open(w.copyPath, &error);
        if (!sqlite)
            return false;
        w.file = std::make_unique<LocalStore>(std::move(sqlite));
        return true;
    }

    static OfflineOrigin originOf(Store &file)
    {
        return waitFor<OfflineOrigin>([&](QObject *c, Store::Callback<OfflineOrigin> d) {
                   file.fetchOfflineOrigin(c, std::move(d));
               })
            .value;
    }

    // A job for A against the server at `baseUrl` (the copy's unless another is given).
    static std::unique_ptr<OfflineSyncJob> jobFor(World &w, const QString &baseUrl = QString())
    {
        auto remote = std::make_unique<RemoteStore>(RemoteConnection{
            QUrl(baseUrl.isEmpty() ? w.server.server().baseUrl() : baseUrl), w.apiIdA, w.keyA});
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                remote->fetchAccounts(c, std::move(d));
            });
        if (!accounts.ok())
            qWarning("%s", qPrintable(accounts.errorText()));
        return std::make_unique<OfflineSyncJob>(w.file.get(), std::move(remote), 1);
    }

    static int rowOf(const SendPlan &plan, const SyncPlace &place)
    {
        for (int i = 0; i < plan.rows().size(); ++i) {
            if (plan.rows().at(i).place == place)
                return i;
        }
        return -1;
    }

    // One value as a database file holds it for account 1 (null: none).
    static QVariant valueIn(const QString &path, qint64 user, const QString &field)
    {
        StoreError error;
        auto store = SqliteStore::open(path, &error);
        if (!store)
            return QVariant(QStringLiteral("cannot open: ") + error.text());
        return StoreSql::metaValue(*store, 1, user, field);
    }
    static bool memberIn(const QString &path, qint64 user, qint64 group)
    {
        StoreError error;
        auto store = SqliteStore::open(path, &error);
        return store && StoreSql::scalar(*store, QStringLiteral("SELECT count(*) FROM memberships "
                                                                "WHERE user_id = %1 AND "
                                                                "group_id = %2")
                                                     .arg(user)
                                                     .arg(group))
                                .toLongLong() == 1;
    }
    // Account 1 as a person sees it: users, groups, memberships, values and definitions.
    static QList<QList<QVariantList>> accountIn(SqliteStore &store)
    {
        QList<QList<QVariantList>> all;
        for (const char *sql :
             {"SELECT id, name FROM user_groups WHERE account_id = 1 ORDER BY id",
              "SELECT m.user_id, m.group_id FROM memberships m JOIN user_groups g ON g.id = "
              "m.group_id WHERE g.account_id = 1 ORDER BY 1, 2",
              "SELECT v.user_id, f.name, v.value, typeof(v.value) FROM meta_values v JOIN "
              "meta_fields f ON f.id = v.field_id WHERE v.account_id = 1 ORDER BY 1, 2",
              "SELECT name, definition FROM meta_fields WHERE account_id = 1 ORDER BY name"}) {
            all << StoreSql::rows(store, QString::fromLatin1(sql));
        }
        return all;
    }
    static bool sameAccount(const QString &serverFile, LocalStore &copy)
    {
        StoreError error;
        auto served = SqliteStore::open(serverFile, &error);
        if (!served)
            return false;
        const auto theirs = accountIn(*served);
        const auto mine = accountIn(copy.sqlite());
        for (int i = 0; i < theirs.size(); ++i) {
            if (theirs.at(i) != mine.at(i)) {
                qWarning("differs in query %d: %lld rows on the server, %lld in the copy", i,
                         qint64(theirs.at(i).size()), qint64(mine.at(i).size()));
                return false;
            }
        }
        return true;
    }
    static qint64 changesToSend(LocalStore &file)
    {
        return waitFor<QList<SyncRow>>([&](QObject *c, Store::Callback<QList<SyncRow>> d) {
                   file.fetchChangesToSend(1, c, std::move(d));
               })
            .value.size();
    }

    static bool put(ApiClient &client, qint64 user, const QString &field, const QJsonValue &value)
    {
        const HttpReply r = client.sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                                            QJsonObject{{QStringLiteral("user_id"), user},
                                                        {QStringLiteral("field"), field},
                                                        {QStringLiteral("value"), value}});
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.status == 200;
    }
    static bool join(ApiClient &client, const QByteArray &method, qint64 user, qint64 group)
    {
        const HttpReply r = client.sendJson(
            method, QStringLiteral("/api/ingress/user_group_members"),
            QJsonObject{{QStringLiteral("user_id"), user}, {QStringLiteral("group_id"), group}});
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.status == 200;
    }
    static bool apply(LocalStore &file, const EditSet &edits)
    {
        const ApplyReport report = waitForApply(file.apply(1, edits));
        if (!report.complete())
            qWarning("%s", qPrintable(report.error.text));
        return report.complete();
    }
    // A group user `user` is (or is not) in, per the file.
    static qint64 groupWhere(LocalStore &file, qint64 user, bool member)
    {
        const QList<UserGroup> groups =
            waitFor<QList<UserGroup>>([&](QObject *c, Store::Callback<QList<UserGroup>> d) {
                file.fetchGroups(1, c, std::move(d));
            }).value;
        for (const UserGroup &g : groups) {
            const bool isMember =
                StoreSql::scalar(file.sqlite(), QStringLiteral("SELECT count(*) FROM memberships "
                                                               "WHERE user_id = %1 AND group_id "
                                                               "= %2")
                                                    .arg(user)
                                                    .arg(g.id))
                    .toLongLong() == 1;
            if (isMember == member)
                return g.id;
        }
        return 0;
    }
    static qint64 score(const QString &path, qint64 user)
    {
        return valueIn(path, user, QStringLiteral("score")).toLongLong();
    }

    QTemporaryDir m_dir;
    int m_worlds = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldRecordTheServerRevisionTheCopyWasTakenAt()
    {
        World w;
        QVERIFY(makeWorld(w, 20));
        QVERIFY(put(*w.b, 3, QStringLiteral("score"), 55)); // the revision moves on after
        const qint64 now = w.b->get(QStringLiteral("/api/egress/account"))
                               .json.value(QStringLiteral("revision"))
                               .toInteger();
        QCOMPARE(originOf(*w.file).takenRevision, now - 1);
    }

    void shouldSendTheCopysChangesAndTakeTheServersWithAnExactReport()
    {
        World w;
        QVERIFY(makeWorld(w));
        const QString served = w.server.file();
        const qint64 joinA = groupWhere(*w.file, 5, false);
        const qint64 joinB = groupWhere(*w.file, 7, false);
        QVERIFY(joinA && joinB);
        // A member of some group, to leave it.
        const QVariantList leaving =
            StoreSql::rows(w.file->sqlite(),
                           QStringLiteral("SELECT m.user_id, m.group_id FROM memberships m JOIN "
                                          "user_groups g ON g.id = m.group_id WHERE "
                                          "g.account_id = 1 AND m.user_id BETWEEN 11 AND 40 "
                                          "ORDER BY 1, 2 LIMIT 1"))
                .value(0);
        QCOMPARE(leaving.size(), 2);
        const qint64 leaver = leaving.at(0).toLongLong();
        const qint64 leaveA = leaving.at(1).toLongLong();
        // B, online: user 2 (only B), 3 and 4 (both, differently), 8 (both, the same value),
        // a membership, and a new field with a value.
        QVERIFY(put(*w.b, 2, QStringLiteral("score"), 21));
        QVERIFY(put(*w.b, 3, QStringLiteral("score"), 31));
        QVERIFY(put(*w.b, 4, QStringLiteral("score"), 41));
        QVERIFY(put(*w.b, 8, QStringLiteral("score"), 88));
        QVERIFY(join(*w.b, "POST", 7, joinB));
        const HttpReply field = w.b->sendJson(
            "PUT", QStringLiteral("/api/ingress/user_meta/fields"),
            QJsonObject{
                {QStringLiteral("fields"),
                 QJsonObject{{QStringLiteral("region"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}});
        QCOMPARE(field.status, 200);
        QVERIFY(put(*w.b, 9, QStringLiteral("region"), QStringLiteral("north")));

        // A, offline: user 10 (only A), 3 and 4 (conflicts), 8 (equal), two memberships.
        EditSet edits;
        edits.metaEdits = {{10, QStringLiteral("score"), 100},
                           {3, QStringLiteral("score"), 33},
                           {4, QStringLiteral("score"), 44},
                           {8, QStringLiteral("score"), 88}};
        edits.groupOperations = {
            {GroupOperation::Kind::Add, {5}, {GroupRef::byId(joinA)}},
            {GroupOperation::Kind::Remove, {leaver}, {GroupRef::byId(leaveA)}}};
        QVERIFY(apply(*w.file, edits));

        auto job = jobFor(w);
        SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(plan.count(Decision::Send), 3);         // 10, and the two memberships
        QCOMPARE(plan.count(Decision::Conflict), 2);     // 3 and 4
        QCOMPARE(plan.count(Decision::AlreadyEqual), 1); // 8
        QCOMPARE(plan.count(Decision::Incoming), 3);     // 2, 7's membership, 9's region
        const int conflict3 = rowOf(plan, SyncPlace::cell(3, QStringLiteral("score")));
        const int conflict4 = rowOf(plan, SyncPlace::cell(4, QStringLiteral("score")));
        QVERIFY(conflict3 >= 0 && conflict4 >= 0);
        QCOMPARE(plan.rows().at(conflict3).mine->toInt(), 33);
        QCOMPARE(plan.rows().at(conflict3).theirs->toInt(), 31);
        QCOMPARE(plan.undecided(), 2);
        plan.choose(conflict3, SyncRow::Choice::KeepMine);
        plan.choose(conflict4, SyncRow::Choice::TakeTheirs);

        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(plan); }));
        QVERIFY2(outcome.complete(),
                 qPrintable(outcome.error.text + outcome.problems.join(QLatin1Char(';'))));
        QCOMPARE(outcome.landed, 4); // 10, 3 (kept mine), the two memberships
        QCOMPARE(outcome.notLanded, 0);
        QCOMPARE(outcome.held, 0);
        QCOMPARE(outcome.fileUpdated, 4); // 2, 4 (theirs), 7's membership, 9's region
        QVERIFY(outcome.revisionMoved);

        // The server: A's where A sent, B's everywhere else; nothing of B's lost.
        QCOMPARE(score(served, 10), 100);
        QCOMPARE(score(served, 3), 33);
        QCOMPARE(score(served, 4), 41);
        QCOMPARE(score(served, 2), 21);
        QCOMPARE(score(served, 8), 88);
        QVERIFY(memberIn(served, 5, joinA));
        QVERIFY(!memberIn(served, leaver, leaveA));
        QVERIFY(memberIn(served, 7, joinB));
        QCOMPARE(valueIn(served, 9, QStringLiteral("region")).toString(), QStringLiteral("north"));
        // The copy now holds exactly what the server holds, and has nothing left to send.
        QVERIFY(sameAccount(served, *w.file));
        QCOMPARE(changesToSend(*w.file), 0);

        // Sending again finds nothing to do.
        auto again = jobFor(w);
        const SendPlan nothing = planOf(await(*again, [&] { again->compare(); }));
        QVERIFY2(nothing.isEmpty(), qPrintable(QString::number(nothing.rows().size())));
    }

    void shouldGetServerChangesAndHoldConflictsUntilDecided()
    {
        World w;
        QVERIFY(makeWorld(w));
        QVERIFY(put(*w.b, 2, QStringLiteral("score"), 12));
        QVERIFY(put(*w.b, 3, QStringLiteral("score"), 13));
        EditSet mine;
        mine.metaEdits = {{3, QStringLiteral("score"), 23}, {4, QStringLiteral("score"), 24}};
        QVERIFY(apply(*w.file, mine));
        const qint64 takenBefore = originOf(*w.file).takenRevision;

        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        const SyncOutcome got = outcomeOf(await(*job, [&] { job->takeServerChanges(plan); }));
        QVERIFY2(!got.error.isError(), qPrintable(got.error.text));
        QCOMPARE(got.fileUpdated, 1);
        QCOMPARE(got.held, 1);
        QCOMPARE(got.landed, 0);
        QCOMPARE(score(w.copyPath, 2), 12);      // taken
        QCOMPARE(score(w.copyPath, 3), 23);      // held: mine stays
        QCOMPARE(score(w.server.file(), 3), 13); // nothing was sent
        QCOMPARE(score(w.server.file(), 4), score(w.server.file(), 4));
        QVERIFY(score(w.server.file(), 4) != 24);
        // Held: the copy stays at its revision, so the conflict is found again.
        QCOMPARE(originOf(*w.file).takenRevision, takenBefore);
        auto later = jobFor(w);
        const SendPlan again = planOf(await(*later, [&] { later->compare(); }));
        QCOMPARE(again.count(Decision::Conflict), 1);
        QCOMPARE(again.count(Decision::Send), 1);
        QCOMPARE(again.count(Decision::Incoming), 0);
    }

    void shouldTurnAWriteBetweenCompareAndSendIntoAConflictNotAnOverwrite()
    {
        World w;
        QVERIFY(makeWorld(w));
        EditSet mine;
        mine.metaEdits = {{2, QStringLiteral("score"), 42}, {3, QStringLiteral("score"), 43}};
        QVERIFY(apply(*w.file, mine));
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(plan.count(Decision::Send), 2);
        // B writes user 3 after A's comparison, before A's send.
        QVERIFY(put(*w.b, 3, QStringLiteral("score"), 77));

        QString why;
        const Answer answer = await(
            *job, [&] { job->send(plan); }, &why);
        QVERIFY2(std::holds_alternative<SendPlan>(answer), "expected the plan again after a 412");
        SendPlan replanned = std::get<SendPlan>(answer);
        QVERIFY(!why.isEmpty());
        QCOMPARE(score(w.server.file(), 3), 77); // not overwritten
        const int row = rowOf(replanned, SyncPlace::cell(3, QStringLiteral("score")));
        QVERIFY(row >= 0);
        QCOMPARE(replanned.rows().at(row).decision, Decision::Conflict);
        QCOMPARE(replanned.rows().at(row).theirs->toInt(), 77);
        QVERIFY(replanned.rows().at(row).isHeld());
        // Keep mine, seen: now it goes.
        replanned.choose(row, SyncRow::Choice::KeepMine);
        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(replanned); }));
        QVERIFY2(outcome.complete(), qPrintable(outcome.error.text));
        QCOMPARE(score(w.server.file(), 3), 43);
        QCOMPARE(score(w.server.file(), 2), 42);
        QVERIFY(sameAccount(w.server.file(), *w.file));
    }

    void shouldKeepUnsentChangesWhenTheKeyIsRevokedAndFinishLaterWithoutDuplicates()
    {
        World w;
        QVERIFY(makeWorld(w));
        EditSet mine;
        mine.metaEdits = {{2, QStringLiteral("score"), 52}, {3, QStringLiteral("score"), 53}};
        QVERIFY(apply(*w.file, mine));
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QVERIFY(w.server.revokeKey(w.apiIdA));
        const SyncOutcome refused = outcomeOf(await(*job, [&] { job->send(plan); }));
        QCOMPARE(refused.error.kind, ClientError::Kind::Authentication);
        QCOMPARE(refused.landed, 0);
        QCOMPARE(refused.notLanded, 2);
        QCOMPARE(changesToSend(*w.file), 2);
        QVERIFY(score(w.server.file(), 2) != 52);

        // A new key for A: the same changes go, once.
        const auto key = w.server.addKey(1);
        QVERIFY(key);
        w.apiIdA = key->apiId;
        w.keyA = key->key;
        const qint64 before = w.b->get(QStringLiteral("/api/egress/account"))
                                  .json.value(QStringLiteral("revision"))
                                  .toInteger();
        auto retry = jobFor(w);
        const SendPlan again = planOf(await(*retry, [&] { retry->compare(); }));
        QCOMPARE(again.count(Decision::Send), 2);
        const SyncOutcome sent = outcomeOf(await(*retry, [&] { retry->send(again); }));
        QVERIFY2(sent.complete(), qPrintable(sent.error.text));
        QCOMPARE(score(w.server.file(), 2), 52);
        QCOMPARE(score(w.server.file(), 3), 53);
        const qint64 after = w.b->get(QStringLiteral("/api/egress/account"))
                                 .json.value(QStringLiteral("revision"))
                                 .toInteger();
        QCOMPARE(after, before + 1); // one request, one revision
        QCOMPARE(changesToSend(*w.file), 0);
    }

    void shouldFinishAfterTheServerDiedMidSendWithoutDuplicates()
    {
        World w;
        QVERIFY(makeWorld(w, 400));
        // Several requests: the values, then one per group joined.
        EditSet mine;
        for (qint64 user = 2; user <= 400; ++user)
            mine.metaEdits << MetaEdit{user, QStringLiteral("score"), QJsonValue(user % 100)};
        for (qint64 user : {5, 6, 7}) {
            const qint64 group = groupWhere(*w.file, user, false);
            QVERIFY(group > 0);
            mine.groupOperations << GroupOperation{
                GroupOperation::Kind::Add, {user}, {GroupRef::byId(group)}};
        }
        QVERIFY(apply(*w.file, mine));
        const qint64 toSend = changesToSend(*w.file);
        QVERIFY(toSend > 300);
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        // The server goes away after the first request landed.
        const QString served = w.server.file();
        bool killed = false;
        connect(job.get(), &OfflineSyncJob::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 0 && !killed) {
                killed = true;
                w.server.server().stop(SIGKILL);
            }
        });
        const SyncOutcome broken = outcomeOf(await(*job, [&] { job->send(plan); }));
        QVERIFY(killed);
        // Whatever landed is recorded; the rest stays to send.
        QCOMPARE(broken.landed + broken.notLanded, plan.toSend());
        QCOMPARE(changesToSend(*w.file), broken.notLanded);
        QVERIFY2(broken.notLanded > 0, "the server died before the last request");
        QCOMPARE(broken.error.kind, ClientError::Kind::Network);

        // The server comes back (on another port): sending again finishes the job.
        QVERIFY2(w.server.server().start(served), qPrintable(w.server.server().error()));
        auto retry = jobFor(w, w.server.server().baseUrl());
        const SendPlan rest = planOf(await(*retry, [&] { retry->compare(); }));
        const SyncOutcome done = outcomeOf(await(*retry, [&] { retry->send(rest); }));
        QVERIFY2(done.complete(), qPrintable(done.error.text));
        QCOMPARE(changesToSend(*w.file), 0);
        QVERIFY(sameAccount(served, *w.file));
    }

    void shouldHoldBackChangesToAFieldTheServerDeletedAndSayWhy()
    {
        World w;
        QVERIFY(makeWorld(w));
        EditSet mine;
        mine.metaEdits = {{2, QStringLiteral("external_id"), QStringLiteral("EXT-000002")},
                          {3, QStringLiteral("score"), 63}};
        QVERIFY(apply(*w.file, mine));
        const HttpReply deleted = w.b->send(
            "PUT", QStringLiteral("/api/ingress/user_meta/fields?force=1"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("external_id"), QJsonValue::Null}}}})
                .toJson());
        QCOMPARE(deleted.status, 200);

        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QVERIFY(!job->comparison().fieldNotes.isEmpty());
        QVERIFY2(job->comparison().fieldNotes.first().contains(QLatin1String("external_id")),
                 qPrintable(job->comparison().fieldNotes.join(QLatin1Char('\n'))));
        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(plan); }));
        QCOMPARE(outcome.landed, 1);
        QCOMPARE(outcome.notLanded, 1);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY2(outcome.problems.first().startsWith(QLatin1String("users.2.external_id")),
                 qPrintable(outcome.problems.first()));
        QCOMPARE(score(w.server.file(), 3), 63);
        // The file keeps the change the server could not take.
        QCOMPARE(valueIn(w.copyPath, 2, QStringLiteral("external_id")).toString(),
                 QStringLiteral("EXT-000002"));
        QCOMPARE(changesToSend(*w.file), 1);
    }

    void shouldSendWithoutConflictDetectionToAServerWithoutTheChangeFeed()
    {
        World w;
        QVERIFY(makeWorld(w));
        EditSet mine;
        mine.metaEdits = {{2, QStringLiteral("score"), 72}};
        QVERIFY(apply(*w.file, mine));
        QVERIFY(put(*w.b, 2, QStringLiteral("score"), 12)); // unseen: a blind send overwrites it
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compareWithoutServerChanges(); }));
        QVERIFY(!job->knowsServerChanges());
        QCOMPARE(plan.count(Decision::Send), 1);
        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(plan); }));
        QVERIFY2(outcome.complete(), qPrintable(outcome.error.text));
        QVERIFY(!outcome.revisionMoved);
        QCOMPARE(score(w.server.file(), 2), 72);
        QCOMPARE(changesToSend(*w.file), 0);
    }
};

QTEST_GUILESS_MAIN(OfflineSyncTest)
#include "test_offline_sync.moc"
