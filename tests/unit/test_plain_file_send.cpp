#include "FakeHttpServer.h"
#include "ServerFixture.h"
#include "StoreFixture.h"
#include "StoreSql.h"
#include "SyncJobAnswer.h"
#include "TestFiles.h"

#include "exchange/OfflineSyncJob.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <variant>

using Decision = ThreeWayMerge::Decision;
using SyncJobAnswer::Answer;
using SyncJobAnswer::await;
using SyncJobAnswer::outcomeOf;
using SyncJobAnswer::planOf;

// Issue 12 (5), with a real metadesk-server: a plain file (never taken from a server) is sent to
// a server's account. Values and memberships that differ are sent, matched by user id, field name
// and group name; users and groups the server lacks are held back and listed; values the
// server's schema refuses are held back with why. The server's file is checked afterwards, cell
// by cell: it holds exactly what it held before plus what was sent.
class PlainFileSendTest : public QObject
{
    Q_OBJECT

    struct World
    {
        ServerFixture server;
        NewApiKey key;
        std::unique_ptr<ApiClient> b; // another admin, online
        QString plainPath;
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
        w.key = *a;
        w.b = w.server.clientFor(*b);
        // The same demo as the server's, built here: a plain file with no offline origin.
        w.plainPath = m_dir.filePath(QStringLiteral("plain-%1.metadesk").arg(++m_worlds));
        auto sqlite = TestFiles::createDemo(w.plainPath, users, 7);
        if (!sqlite)
            return false;
        w.file = std::make_unique<LocalStore>(std::move(sqlite));
        return true;
    }

    static std::unique_ptr<OfflineSyncJob> jobFor(World &w)
    {
        auto remote = std::make_unique<RemoteStore>(
            RemoteConnection{QUrl(w.server.server().baseUrl()), w.key.apiId, w.key.key});
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                remote->fetchAccounts(c, std::move(d));
            });
        if (!accounts.ok())
            qWarning("%s", qPrintable(accounts.errorText()));
        return std::unique_ptr<OfflineSyncJob>(OfflineSyncJob::forPlainFile(
            w.file.get(), 1, std::move(remote), accounts.value.value(0).id));
    }

    static const SyncRow *rowAt(const SendPlan &plan, const SyncPlace &place)
    {
        for (const SyncRow &row : plan.rows()) {
            if (row.place == place)
                return &row;
        }
        return nullptr;
    }

    static bool exec(SqliteStore &store, const QString &sql)
    {
        QString error;
        StoreSql::rows(store, sql, &error);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return error.isEmpty();
    }
    static qint64 number(SqliteStore &store, const QString &sql)
    {
        return StoreSql::scalar(store, sql).toLongLong();
    }

    // Everything a server's file holds that a person could see, in a stable order and without
    // revisions: every account's values, groups and memberships, the users and the definitions.
    static QList<QVariantList> everything(const QString &path)
    {
        StoreError error;
        auto store = SqliteStore::open(path, &error);
        if (!store)
            return {{QVariant(QStringLiteral("cannot open: ") + error.text())}};
        QList<QVariantList> all;
        for (const char *sql :
             {"SELECT 'value', v.account_id, v.user_id, f.name, v.value, typeof(v.value) FROM "
              "meta_values v JOIN meta_fields f ON f.id = v.field_id ORDER BY 2, 3, 4",
              "SELECT 'group', id, account_id, name FROM user_groups ORDER BY 2",
              "SELECT 'member', m.user_id, m.group_id FROM memberships m ORDER BY 2, 3",
              "SELECT 'user', id, first_name, last_name, email FROM users ORDER BY 2",
              "SELECT 'in', account_id, user_id FROM user_accounts ORDER BY 2, 3",
              "SELECT 'field', account_id, name, definition FROM meta_fields ORDER BY 2, 3"}) {
            all += StoreSql::rows(*store, QString::fromLatin1(sql));
        }
        return all;
    }
    // Where `expected` and `actual` differ, row by row (empty when they are equal).
    static QStringList differences(const QList<QVariantList> &expected,
                                   const QList<QVariantList> &actual)
    {
        QStringList found;
        const auto text = [](const QVariantList &row) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << v.toString();
            return cells.join(QLatin1Char('|'));
        };
        QStringList e;
        QStringList a;
        for (const QVariantList &row : expected)
            e << text(row);
        for (const QVariantList &row : actual)
            a << text(row);
        for (const QString &row : e) {
            if (!a.contains(row))
                found << QStringLiteral("missing: ") + row;
        }
        for (const QString &row : a) {
            if (!e.contains(row))
                found << QStringLiteral("unexpected: ") + row;
        }
        return found;
    }
    static QVariantList valueRow(const QList<QVariantList> &all, qint64 user, const QString &f)
    {
        for (const QVariantList &row : all) {
            if (row.value(0) == QLatin1String("value") && row.value(1).toLongLong() == 1 &&
                row.value(2).toLongLong() == user && row.value(3).toString() == f)
                return row;
        }
        return {};
    }

    // `all` with account 1's value of `field` for `user` set to the integer `value`.
    static void setValue(QList<QVariantList> &all, qint64 user, const QString &field, qint64 value)
    {
        all.removeAll(valueRow(all, user, field));
        all << QVariantList{QStringLiteral("value"),  qint64(1), user, field, value,
                            QStringLiteral("integer")};
    }

    QTemporaryDir m_dir;
    int m_worlds = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldFindNothingToSendWhenTheFileHoldsWhatTheServerHolds()
    {
        World w;
        QVERIFY(makeWorld(w, 30));
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QVERIFY(plan.isEmpty());
        QVERIFY(job->comparison().heldBack.isEmpty());

        // B changes a cell online: the file (unchanged) now differs there, and only there, at
        // the revision the server stands at.
        const qint64 was =
            valueRow(everything(w.server.file()), 2, QStringLiteral("score")).value(4).toLongLong();
        const int theirs = was == 12 ? 13 : 12;
        QCOMPARE(w.b->sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                               QJsonObject{{QStringLiteral("user_id"), 2},
                                           {QStringLiteral("field"), QStringLiteral("score")},
                                           {QStringLiteral("value"), theirs}})
                     .status,
                 200);
        const SendPlan one = planOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(one.rows().size(), 1);
        const SyncRow row = one.rows().first();
        QCOMPARE(row.place, SyncPlace::cell(2, QStringLiteral("score")));
        QCOMPARE(row.theirs, ThreeWayMerge::Value(QJsonValue(theirs)));
        QCOMPARE(row.decision, Decision::Send);
        QCOMPARE(job->comparison().serverRevision, w.b->get(QStringLiteral("/api/egress/account"))
                                                       .json.value(QStringLiteral("revision"))
                                                       .toInteger());
    }

    void shouldSendWhatDiffersAndHoldBackWhatTheServerLacks()
    {
        World w;
        QVERIFY(makeWorld(w));
        SqliteStore &file = w.file->sqlite();
        const QString score =
            QStringLiteral("(SELECT id FROM meta_fields WHERE account_id = 1 AND name = 'score')");
        // Values: one changed, one cleared, one the server's schema refuses (score max 100),
        // and one of a field only the file has.
        QVERIFY(exec(file, QStringLiteral("INSERT OR REPLACE INTO meta_values(user_id, "
                                          "account_id, field_id, value) VALUES (3, 1, %1, 77), "
                                          "(9, 1, %1, 500)")
                               .arg(score)));
        const QVariantList cleared =
            StoreSql::rows(file, QStringLiteral("SELECT f.name, f.id FROM meta_values v JOIN "
                                                "meta_fields f ON f.id = v.field_id WHERE "
                                                "v.account_id = 1 AND v.user_id = 5 ORDER BY "
                                                "f.name LIMIT 1"))
                .value(0);
        QCOMPARE(cleared.size(), 2);
        const QString clearedField = cleared.at(0).toString();
        QVERIFY(exec(file, QStringLiteral("DELETE FROM meta_values WHERE account_id = 1 AND "
                                          "user_id = 5 AND field_id = %1")
                               .arg(cleared.at(1).toLongLong())));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO meta_fields(account_id, name, definition) "
                                          "VALUES (1, 'file_note', '{\"type\":\"string\"}')")));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO meta_values(user_id, account_id, field_id, "
                                          "value) VALUES (2, 1, (SELECT id FROM meta_fields "
                                          "WHERE account_id = 1 AND name = 'file_note'), 'hi')")));
        // Users the server's account does not have.
        QVERIFY(exec(file, QStringLiteral("INSERT INTO users(id, first_name, last_name) VALUES "
                                          "(5001, 'Grace', 'Hopper'), (5002, 'Alan', 'Turing')")));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO user_accounts(account_id, user_id) VALUES "
                                          "(1, 5001), (1, 5002)")));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO meta_values(user_id, account_id, field_id, "
                                          "value) VALUES (5001, 1, %1, 50)")
                               .arg(score)));
        // The file's first group gets an id of its own (same name): memberships go by name.
        const qint64 first =
            number(file, QStringLiteral("SELECT min(id) FROM user_groups WHERE account_id = 1"));
        const QString firstName = StoreSql::scalar(file, QStringLiteral("SELECT name FROM "
                                                                        "user_groups WHERE id "
                                                                        "= %1")
                                                             .arg(first))
                                      .toString();
        QVERIFY(exec(file, QStringLiteral("INSERT INTO user_groups(account_id, name) VALUES (1, "
                                          "'%1')")
                               .arg(firstName)));
        const qint64 renumbered = number(file, QStringLiteral("SELECT max(id) FROM user_groups"));
        QVERIFY(exec(file, QStringLiteral("UPDATE memberships SET group_id = %1 WHERE group_id = "
                                          "%2")
                               .arg(renumbered)
                               .arg(first)));
        QVERIFY(exec(file, QStringLiteral("DELETE FROM user_groups WHERE id = %1").arg(first)));
        const qint64 joiner = number(file, QStringLiteral("SELECT min(ua.user_id) FROM "
                                                          "user_accounts ua WHERE ua.account_id "
                                                          "= 1 AND ua.user_id < 1000 AND NOT "
                                                          "EXISTS (SELECT 1 FROM memberships m "
                                                          "WHERE m.user_id = ua.user_id AND "
                                                          "m.group_id = %1)")
                                               .arg(renumbered));
        QVERIFY(joiner > 0);
        QVERIFY(exec(file, QStringLiteral("INSERT INTO memberships(user_id, group_id) VALUES (%1, "
                                          "%2)")
                               .arg(joiner)
                               .arg(renumbered)));
        // A member leaves another group (same id on both sides).
        const QVariantList leaving =
            StoreSql::rows(file, QStringLiteral("SELECT m.user_id, m.group_id FROM memberships m "
                                                "JOIN user_groups g ON g.id = m.group_id WHERE "
                                                "g.account_id = 1 AND g.id <> %1 ORDER BY 1, 2 "
                                                "LIMIT 1")
                                     .arg(renumbered))
                .value(0);
        QCOMPARE(leaving.size(), 2);
        const qint64 leaver = leaving.at(0).toLongLong();
        const qint64 left = leaving.at(1).toLongLong();
        QVERIFY(exec(file, QStringLiteral("DELETE FROM memberships WHERE user_id = %1 AND "
                                          "group_id = %2")
                               .arg(leaver)
                               .arg(left)));
        // A group the server's account has no group of that name for, with two members.
        QVERIFY(exec(file, QStringLiteral("INSERT INTO user_groups(account_id, name) VALUES (1, "
                                          "'Volunteers')")));
        const qint64 volunteers = number(file, QStringLiteral("SELECT max(id) FROM user_groups"));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO memberships(user_id, group_id) VALUES (2, "
                                          "%1), (4, %1)")
                               .arg(volunteers)));
        const QList<QVariantList> fileBefore = StoreSql::rows(
            file, QStringLiteral("SELECT user_id, field_id, value FROM meta_values ORDER BY 1, 2"));

        const QList<QVariantList> before = everything(w.server.file());
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        // Exactly the six places that differ, each to send, mine over theirs.
        QCOMPARE(plan.rows().size(), 6);
        QCOMPARE(plan.count(Decision::Send), 6);
        QCOMPARE(plan.undecided(), 0);
        const SyncRow *changed = rowAt(plan, SyncPlace::cell(3, QStringLiteral("score")));
        QVERIFY(changed);
        QCOMPARE(changed->mine, ThreeWayMerge::Value(QJsonValue(77)));
        const QVariantList was = valueRow(before, 3, QStringLiteral("score"));
        QCOMPARE(changed->theirs, was.isEmpty() ? ThreeWayMerge::Value()
                                                : ThreeWayMerge::Value(was.value(4).toDouble()));
        const SyncRow *clearedRow = rowAt(plan, SyncPlace::cell(5, clearedField));
        QVERIFY(clearedRow);
        QVERIFY(!clearedRow->mine);
        QVERIFY(clearedRow->theirs);
        QVERIFY(rowAt(plan, SyncPlace::cell(9, QStringLiteral("score"))));
        QVERIFY(rowAt(plan, SyncPlace::cell(2, QStringLiteral("file_note"))));
        // Memberships by the server's group ids (the file's first group had another id).
        const SyncRow *joined = rowAt(plan, SyncPlace::membership(joiner, first));
        QVERIFY(joined);
        QCOMPARE(joined->groupName, firstName);
        QVERIFY(joined->mine && !joined->theirs);
        const SyncRow *leftRow = rowAt(plan, SyncPlace::membership(leaver, left));
        QVERIFY(leftRow);
        QVERIFY(!leftRow->mine && leftRow->theirs);
        // The held back: both users the server lacks, by id and name, and the unknown group.
        const QStringList held = job->comparison().heldBack;
        QCOMPARE(held.size(), 3);
        QVERIFY2(held.at(0).startsWith(QStringLiteral("users.5001 (Grace Hopper)")),
                 qPrintable(held.join(QLatin1Char('\n'))));
        QVERIFY(held.at(1).startsWith(QStringLiteral("users.5002 (Alan Turing)")));
        QVERIFY(held.at(2).contains(QStringLiteral("Volunteers")));
        QVERIFY(held.at(2).contains(QStringLiteral("2 membership")));
        QCOMPARE(job->comparison().heldBackUsers, 2);

        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(plan); }));
        QCOMPARE(outcome.landed, 4);
        QCOMPARE(outcome.notLanded, 2);
        QVERIFY(!outcome.error.isError());
        QVERIFY(!outcome.revisionMoved);
        QCOMPARE(outcome.heldBack, held);
        const QString problems = outcome.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("users.9.score")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("users.2.file_note")), qPrintable(problems));

        // The server holds what it held, with exactly the four places changed.
        QList<QVariantList> expected = before;
        setValue(expected, 3, QStringLiteral("score"), 77);
        expected.removeAll(valueRow(before, 5, clearedField));
        expected.removeAll(QVariantList{QStringLiteral("member"), leaver, left});
        expected << QVariantList{QStringLiteral("member"), joiner, first};
        const QStringList diff = differences(expected, everything(w.server.file()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));

        // The file is not settled and does not become an offline copy.
        QCOMPARE(StoreSql::rows(file, QStringLiteral("SELECT user_id, field_id, value FROM "
                                                     "meta_values ORDER BY 1, 2")),
                 fileBefore);
        const auto origin =
            waitFor<OfflineOrigin>([&](QObject *c, Store::Callback<OfflineOrigin> d) {
                w.file->fetchOfflineOrigin(c, std::move(d));
            });
        QVERIFY(!origin.value.isValid());
        // Sending again finds only what the server refused: nothing lands twice.
        const SendPlan again = planOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(again.rows().size(), 2);
        QVERIFY(rowAt(again, SyncPlace::cell(9, QStringLiteral("score"))));
        QVERIFY(rowAt(again, SyncPlace::cell(2, QStringLiteral("file_note"))));
    }

    void shouldCompareAgainWhenTheServerChangesAPlaceBeforeItIsSent()
    {
        World w;
        QVERIFY(makeWorld(w, 20));
        SqliteStore &file = w.file->sqlite();
        QVERIFY(exec(file, QStringLiteral("INSERT OR REPLACE INTO meta_values(user_id, "
                                          "account_id, field_id, value) VALUES (3, 1, (SELECT id "
                                          "FROM meta_fields WHERE account_id = 1 AND name = "
                                          "'score'), 77)")));
        auto job = jobFor(w);
        const SendPlan plan = planOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(plan.rows().size(), 1);
        // B writes the same cell between the comparison and the send: the If-Match of the
        // revision read before comparing turns the send into a 412, never a silent overwrite.
        QCOMPARE(w.b->sendJson("PUT", QStringLiteral("/api/ingress/user_meta"),
                               QJsonObject{{QStringLiteral("user_id"), 3},
                                           {QStringLiteral("field"), QStringLiteral("score")},
                                           {QStringLiteral("value"), 44}})
                     .status,
                 200);
        QString why;
        const SendPlan replanned = planOf(await(
            *job, [&] { job->send(plan); }, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(replanned.rows().size(), 1);
        QCOMPARE(replanned.rows().first().theirs, ThreeWayMerge::Value(QJsonValue(44)));
        QCOMPARE(everything(w.server.file())
                     .contains(QVariantList{QStringLiteral("value"), qint64(1), qint64(3),
                                            QStringLiteral("score"), qint64(44),
                                            QStringLiteral("integer")}),
                 true);
        // Seen and sent again: mine lands.
        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(replanned); }));
        QCOMPARE(outcome.landed, 1);
        QVERIFY(outcome.complete());
        QCOMPARE(valueRow(everything(w.server.file()), 3, QStringLiteral("score")).value(4),
                 QVariant(qint64(77)));
    }

    // A plain TLD ingress: no egress at all. The comparison says so (Unsupported); after the
    // person's yes, every value and membership of the file goes without comparison and without
    // If-Match, groups by name. A proxy in front of a real server answers 404 to every read.
    void shouldSendEverythingWithoutComparisonToAServerWithoutEgress()
    {
        World w;
        QVERIFY(makeWorld(w, 6));
        SqliteStore &file = w.file->sqlite();
        QVERIFY(exec(file, QStringLiteral("INSERT OR REPLACE INTO meta_values(user_id, "
                                          "account_id, field_id, value) VALUES (3, 1, (SELECT id "
                                          "FROM meta_fields WHERE account_id = 1 AND name = "
                                          "'score'), 66)")));
        // The file's first group gets an id the server does not know (same name).
        const qint64 first =
            number(file, QStringLiteral("SELECT min(id) FROM user_groups WHERE account_id = 1"));
        QVERIFY(exec(file, QStringLiteral("INSERT INTO user_groups(account_id, name) SELECT 1, "
                                          "name FROM user_groups WHERE id = %1")
                               .arg(first)));
        const qint64 renumbered = number(file, QStringLiteral("SELECT max(id) FROM user_groups"));
        QVERIFY(exec(file, QStringLiteral("UPDATE memberships SET group_id = %1 WHERE group_id = "
                                          "%2")
                               .arg(renumbered)
                               .arg(first)));
        QVERIFY(exec(file, QStringLiteral("DELETE FROM user_groups WHERE id = %1").arg(first)));
        QVERIFY(exec(file, QStringLiteral("INSERT OR IGNORE INTO memberships(user_id, group_id) "
                                          "VALUES (6, %1)")
                               .arg(renumbered)));
        const qint64 values = number(file, QStringLiteral("SELECT count(*) FROM meta_values "
                                                          "WHERE account_id = 1"));
        const qint64 memberships =
            number(file, QStringLiteral("SELECT count(*) FROM memberships m JOIN user_groups g "
                                        "ON g.id = m.group_id WHERE g.account_id = 1"));
        QVERIFY(values > 0 && memberships > 0);

        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        QList<FakeRequest> seen;
        ApiClient upstream(w.server.server().baseUrl(), w.key.apiId, w.key.key);
        proxy.setHandler([&](const FakeRequest &request) {
            seen << request;
            if (request.method == "GET")
                return FakeResponse::json(404, R"({"error":"Not Found","message":"Not Found"})");
            const HttpReply reply = upstream.send(request.method, QString::fromUtf8(request.target),
                                                  request.body, request.header("content-type"));
            FakeResponse response = FakeResponse::json(reply.status, reply.body);
            return response;
        });
        RemoteOptions options;
        options.parallelism = 1; // the proxy answers one request at a time
        auto remote = std::make_unique<RemoteStore>(
            RemoteConnection{proxy.url(), w.key.apiId, w.key.key}, options);
        const auto accounts =
            waitFor<QList<Account>>([&](QObject *c, Store::Callback<QList<Account>> d) {
                remote->fetchAccounts(c, std::move(d));
            });
        QCOMPARE(accounts.error.kind, ClientError::Kind::Unsupported);
        std::unique_ptr<OfflineSyncJob> job(
            OfflineSyncJob::forPlainFile(w.file.get(), 1, std::move(remote), 0));
        const SyncOutcome cannot = outcomeOf(await(*job, [&] { job->compare(); }));
        QCOMPARE(cannot.error.kind, ClientError::Kind::Unsupported);

        const SendPlan plan = planOf(await(*job, [&] { job->compareWithoutServerChanges(); }));
        QVERIFY(!job->knowsServerChanges());
        QCOMPARE(plan.rows().size(), values + memberships);
        QCOMPARE(plan.count(Decision::Send), values + memberships);
        const QList<QVariantList> before = everything(w.server.file());
        seen.clear();
        const SyncOutcome outcome = outcomeOf(await(*job, [&] { job->send(plan); }));
        QVERIFY2(outcome.complete(),
                 qPrintable(outcome.problems.join(QLatin1Char('\n')) + outcome.error.text));
        QCOMPARE(outcome.landed, values + memberships);
        QVERIFY(!seen.isEmpty());
        const QByteArray firstName =
            StoreSql::scalar(
                file, QStringLiteral("SELECT name FROM user_groups WHERE id = %1").arg(renumbered))
                .toString()
                .toUtf8();
        bool byName = false;
        for (const FakeRequest &r : std::as_const(seen)) {
            QVERIFY(r.header("if-match").isEmpty());
            QVERIFY(r.method != "GET");
            if (r.path().endsWith("user_group_members") && r.body.contains(firstName))
                byName = true;
        }
        QVERIFY(byName);
        // The server holds what it held, user 3's score, and user 6 in the first group.
        QList<QVariantList> expected = before;
        setValue(expected, 3, QStringLiteral("score"), 66);
        if (!expected.contains(QVariantList{QStringLiteral("member"), qint64(6), first}))
            expected << QVariantList{QStringLiteral("member"), qint64(6), first};
        const QStringList diff = differences(expected, everything(w.server.file()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(PlainFileSendTest)
#include "test_plain_file_send.moc"
