#include "ServerFixture.h"
#include "StoreFixture.h"
#include "store/ChangeLog.h"
#include "store/RemoteStore.h"
#include "store/SqliteStatement.h"
#include "store/SqliteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// The client's side of revisions (docs/API.md 10) through the Store seam: fetchChanges answers
// the same for a file and for a server serving the same file, and an apply with If-Match whose
// places changed meanwhile comes back as the kind Conflict with every place, writing nothing.
class StoreRevisionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static MetaEdit edit(qint64 user, const char *field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = QLatin1String(field);
        e.value = value;
        return e;
    }

    static std::unique_ptr<SqliteStore> truth(const StoreFixture &f)
    {
        StoreError error;
        return SqliteStore::open(f.filePath(), &error);
    }

    // A known state first: user 3 scores 0, user 4 scores 1, user 5 is not in group 2.
    static bool prepare(Store &store)
    {
        EditSet set;
        set.metaEdits = {edit(3, "score", 0), edit(4, "score", 1)};
        GroupOperation remove;
        remove.kind = GroupOperation::Kind::Remove;
        remove.userIds = {5};
        remove.groups = {GroupRef::byId(2)};
        set.groupOperations = {remove};
        return waitForApply(store.apply(1, set)).complete();
    }

    // The same changes, one after the other, through the store under test.
    static bool change(Store &store)
    {
        EditSet first;
        first.metaEdits = {edit(3, "score", 11), edit(4, "score", QJsonValue::Null)};
        GroupOperation add;
        add.kind = GroupOperation::Kind::Add;
        add.userIds = {5};
        add.groups = {GroupRef::byId(2)};
        first.groupOperations = {add};
        if (!waitForApply(store.apply(1, first)).complete())
            return false;
        EditSet second;
        second.metaEdits = {edit(3, "score", 12)};
        GroupOperation remove = add;
        remove.kind = GroupOperation::Kind::Remove;
        second.groupOperations = {remove};
        return waitForApply(store.apply(1, second)).complete();
    }

    static QSet<QString> described(const ServerChanges &c)
    {
        QSet<QString> set;
        for (const ServerChanges::Value &v : c.values)
            set << QStringLiteral("meta %1 %2 %3 @%4")
                       .arg(v.userId)
                       .arg(v.field)
                       .arg(v.value ? QString::fromUtf8(QJsonDocument(QJsonArray{*v.value})
                                                            .toJson(QJsonDocument::Compact))
                                    : QStringLiteral("cleared"))
                       .arg(v.revision);
        for (const ServerChanges::Membership &m : c.memberships)
            set << QStringLiteral("member %1 %2 %3 @%4")
                       .arg(m.userId)
                       .arg(m.groupId)
                       .arg(QLatin1String(m.member ? "in" : "out"))
                       .arg(m.revision);
        for (const ServerChanges::Field &f : c.fields)
            set << QStringLiteral("field %1 %2 @%3")
                       .arg(f.name)
                       .arg(f.definition ? QStringLiteral("defined") : QStringLiteral("deleted"))
                       .arg(f.revision);
        return set;
    }

private Q_SLOTS:
    void shouldFetchTheSameChangesFromAFileAndAServer()
    {
        QTemporaryDir localDir;
        QTemporaryDir remoteDir;
        const auto local = makeLocalStoreFixture(localDir.path(), 60, 5);
        const auto remote = makeRemoteStoreFixture(remoteDir.path(), 60, 5);
        QVERIFY(local && remote);
        QSet<QString> answers[2];
        qint64 revisions[2] = {-1, -1};
        int i = 0;
        for (StoreFixture *f : {local.get(), remote.get()}) {
            QVERIFY2(waitFor<QList<Account>>([&](QObject *c, auto done) {
                         f->store()->fetchAccounts(c, done);
                     }).ok(),
                     qPrintable(f->name()));
            QVERIFY(prepare(*f->store()));
            const auto before = waitFor<ServerChanges>(
                [&](QObject *c, auto done) { f->store()->fetchChanges(1, 0, c, done); });
            QVERIFY2(before.ok(), qPrintable(before.errorText()));
            const qint64 since = before.value.revision;
            QVERIFY(change(*f->store()));
            const auto after = waitFor<ServerChanges>(
                [&](QObject *c, auto done) { f->store()->fetchChanges(1, since, c, done); });
            QVERIFY2(after.ok(), qPrintable(after.errorText()));
            answers[i] = described(after.value);
            revisions[i] = after.value.revision - since;
            ++i;
        }
        QCOMPARE(answers[1], answers[0]);
        QCOMPARE(revisions[0], 4); // two meta requests and two group operations
        QCOMPARE(revisions[1], 4);
        // Added and removed again: listed once, as removed.
        QCOMPARE(std::count_if(answers[0].cbegin(), answers[0].cend(),
                               [](const QString &s) {
                                   return s.startsWith(QStringLiteral("member 5 2 out"));
                               }),
                 1);
        QCOMPARE(answers[0].size(), 3); // score of 3, score of 4, membership of 5 in 2
    }

    // A few changes are found through the revision indexes, many by walking users in id order
    // (ChangeLog): both ways page exactly the same changes.
    void shouldPageTheSameChangesThroughTheRevisionIndexesAsByUser()
    {
        QTemporaryDir dir;
        const auto f = makeLocalStoreFixture(dir.path(), 300, 7);
        QVERIFY(f);
        QVERIFY(waitFor<QList<Account>>([&](QObject *c, auto done) {
                    f->store()->fetchAccounts(c, done);
                }).ok());
        const auto file = truth(*f);
        QVERIFY(file);
        QList<qint64> users;
        {
            SqliteStatement q(file->handle(), "SELECT user_id FROM user_accounts WHERE "
                                              "account_id = 1 ORDER BY user_id");
            while (q.step())
                users << q.columnInt64(0);
        }
        QVERIFY(users.size() > 100);
        const qint64 since = ChangeLog(*file).read(1, 0, 0, 1).changes.revision;
        EditSet first;
        GroupOperation join;
        join.kind = GroupOperation::Kind::Add;
        join.groups = {GroupRef::byId(2)};
        for (int i = 0; i < users.size(); ++i) {
            if (i % 3 == 0)
                first.metaEdits << edit(users.at(i), "score", i % 101);
            if (i % 5 == 0)
                first.metaEdits << edit(users.at(i), "phone", QJsonValue::Null);
            if (i % 4 == 0)
                join.userIds << users.at(i);
        }
        first.groupOperations = {join};
        QVERIFY(waitForApply(f->store()->apply(1, first)).complete());
        EditSet second;
        GroupOperation leave = join;
        leave.kind = GroupOperation::Kind::Remove;
        leave.userIds.clear();
        for (int i = 0; i < users.size(); i += 8)
            leave.userIds << users.at(i);
        second.groupOperations = {leave};
        QVERIFY(waitForApply(f->store()->apply(1, second)).complete());

        const QSet<QString> all = described(ChangeLog(*file).readAll(1, since).changes);
        QVERIFY(all.size() > 100);
        for (int limit : {1, 7, 5000}) {
            QList<std::pair<QSet<QString>, qint64>> pages[2];
            for (int way = 0; way < 2; ++way) {
                ChangeLog log(*file, way == 0 ? ChangeLog::kSparseLimit : 0);
                qint64 after = 0;
                QSet<QString> seen;
                for (;;) {
                    const ChangeLog::Page page = log.read(1, since, after, limit);
                    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
                    pages[way] << std::pair(described(page.changes), page.next.value_or(-1));
                    seen += described(page.changes);
                    if (!page.next)
                        break;
                    after = *page.next;
                }
                QCOMPARE(seen, all);
            }
            QCOMPARE(pages[0], pages[1]);
            QCOMPARE(pages[0].size() > 1, limit < 5000);
        }
    }

    void shouldAnswerConflictForAStaleApply_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("local") << false;
        QTest::newRow("remote") << true;
    }
    void shouldAnswerConflictForAStaleApply()
    {
        QFETCH(bool, remote);
        const auto f = remote ? makeRemoteStoreFixture(m_dir.path(), 40, 9)
                              : makeLocalStoreFixture(m_dir.path(), 40, 9);
        QVERIFY(f);
        QVERIFY(waitFor<QList<Account>>([&](QObject *c, auto done) {
                    f->store()->fetchAccounts(c, done);
                }).ok());
        {
            EditSet set;
            set.metaEdits = {edit(7, "score", 1), edit(8, "score", 1)};
            QVERIFY(waitForApply(f->store()->apply(1, set)).complete());
        }
        const auto seen = waitFor<ServerChanges>(
            [&](QObject *c, auto done) { f->store()->fetchChanges(1, 0, c, done); });
        QVERIFY(seen.ok());
        // Another writer changes user 7's score in the file itself.
        {
            const auto t = truth(*f);
            QVERIFY(t->applyUserMeta(1, {edit(7, "score", 70)}).ok());
        }
        EditSet mine;
        mine.metaEdits = {edit(7, "score", 2), edit(8, "score", 2)};
        ApplyOptions options;
        options.ifMatchRevision = seen.value.revision;
        const ApplyReport report = waitForApply(f->store()->apply(1, mine, {}, options));
        QCOMPARE(report.error.kind, ClientError::Kind::Conflict);
        QVERIFY(report.landed.isEmpty());
        QCOMPARE(report.notLanded.size(), 2);
        QCOMPARE(report.error.apiError.details.size(), 1);
        const ErrorDetail &place = report.error.apiError.details.first();
        QCOMPARE(place.location, QStringLiteral("users.7.score"));
        QVERIFY(place.current.has_value());
        QCOMPARE(place.current->toInteger(), 70);
        const auto t = truth(*f);
        const QHash<qint64, QJsonObject> values = t->metaValues(1, {7, 8}, {}, 0, 10);
        QCOMPARE(values.value(7).value(QStringLiteral("score")).toInteger(), 70);
        QCOMPARE(values.value(8).value(QStringLiteral("score")).toInteger(), 1);
    }

    void shouldReportWhatLandedBeforeAConflictStoppedARemoteApply()
    {
        ServerFixture server;
        QVERIFY2(server.setUp(40), qPrintable(server.error()));
        RemoteOptions options;
        options.maxEntriesPerRequest = 1; // one request per edit, sent one after the other
        options.parallelism = 1;
        RemoteStore store(RemoteConnection{QUrl(server.server().baseUrl()), server.client().apiId(),
                                           server.client().apiKey()},
                          options);
        QVERIFY(waitFor<QList<Account>>([&](QObject *c, auto done) {
                    store.fetchAccounts(c, done);
                }).ok());
        EditSet known;
        known.metaEdits = {edit(10, "score", 0), edit(11, "score", 0), edit(12, "score", 0)};
        QVERIFY(waitForApply(store.apply(1, known)).complete());
        const auto seen = waitFor<ServerChanges>(
            [&](QObject *c, auto done) { store.fetchChanges(1, 0, c, done); });
        QVERIFY(seen.ok());
        // Someone else changes user 11's score.
        QCOMPARE(server.client()
                     .send("PUT", QStringLiteral("/api/ingress/user_meta"),
                           R"({"user_id": 11, "field": "score", "value": 44})")
                     .status,
                 200);
        EditSet mine;
        mine.metaEdits = {edit(10, "score", 1), edit(11, "score", 1), edit(12, "score", 1)};
        ApplyOptions conditional;
        conditional.ifMatchRevision = seen.value.revision;
        const ApplyReport report = waitForApply(store.apply(1, mine, {}, conditional));
        QCOMPARE(report.error.kind, ClientError::Kind::Conflict);
        QCOMPARE(report.landed.size(), 1);
        QCOMPARE(report.landed.first().userId, 10);
        QCOMPARE(report.notLanded.size(), 2);
        QCOMPARE(report.error.apiError.details.size(), 1);
        QCOMPARE(report.error.apiError.details.first().location, QStringLiteral("users.11.score"));
        QCOMPARE(report.error.apiError.details.first().current, std::optional<QJsonValue>(44));
        // User 12 was never sent: it still holds what it held.
        StoreError error;
        const auto file = SqliteStore::open(server.file(), &error);
        QVERIFY(file);
        const QHash<qint64, QJsonObject> values = file->metaValues(1, {10, 11, 12}, {}, 0, 10);
        QCOMPARE(values.value(10).value(QStringLiteral("score")).toInteger(), 1);
        QCOMPARE(values.value(11).value(QStringLiteral("score")).toInteger(), 44);
        QCOMPARE(values.value(12).value(QStringLiteral("score")).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(StoreRevisionsTest)
#include "test_store_revisions.moc"
