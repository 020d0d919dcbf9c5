#include "PostgresCluster.h"
#include "StoreFixture.h"
#include "TestFiles.h"
#include "server/StoreLocation.h"
#include "store/SqlStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// One behaviour suite, every backend: what a Store answers and writes must not depend on whether
// it is a file, a server on a file or a server on PostgreSQL. Each test runs once per backend (the
// data row names it).
class StoreBehaviourTest : public QObject
{
    Q_OBJECT

private:
    using Factory = std::function<std::unique_ptr<StoreFixture>(const QString &, qint64, quint32)>;
    QTemporaryDir m_dir;
    static constexpr qint64 kUsers = 700;

    PostgresCluster m_cluster;

    QList<std::pair<const char *, Factory>> backends()
    {
        // The server on PostgreSQL must answer exactly as on a file.
        const Factory postgres = [this](const QString &, qint64 users, quint32 seed) {
            return makeRemotePostgresStoreFixture(m_cluster, users, seed);
        };
        return {{"local", makeLocalStoreFixture},
                {"remote", makeRemoteStoreFixture},
                {"remote-postgres", postgres}};
    }

    void addBackendRows()
    {
        QTest::addColumn<int>("backend");
        const auto list = backends();
        for (int i = 0; i < list.size(); ++i)
            QTest::newRow(list.at(i).first) << i;
    }

    std::unique_ptr<StoreFixture> fixture()
    {
        QFETCH(int, backend);
        return backends().at(backend).second(m_dir.path(), kUsers, 21);
    }

    // The database behind the store, opened directly: the truth to compare with.
    static std::unique_ptr<SqlStore> truth(const StoreFixture &f)
    {
        StoreError error;
        return StoreLocation(f.filePath()).open(&error);
    }

    static MetaEdit edit(qint64 user, const char *field, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = QLatin1String(field);
        e.value = value;
        return e;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error())); }

    void shouldListAccounts_data() { addBackendRows(); }
    void shouldListAccounts()
    {
        auto f = fixture();
        QVERIFY(f);
        const auto reply = waitFor<QList<Account>>(
            [&](QObject *c, auto done) { f->store()->fetchAccounts(c, done); });
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
        // A key reaches one account; a file reaches all. Both must include the first account.
        QVERIFY(!reply.value.isEmpty());
        QCOMPARE(reply.value.first().id, 1);
        QCOMPARE(reply.value.first().name, QStringLiteral("Northwind Traders"));
    }

    void shouldPageThroughEveryUserByKeyset_data() { addBackendRows(); }
    void shouldPageThroughEveryUserByKeyset()
    {
        auto f = fixture();
        QVERIFY(f);
        QList<qint64> ids;
        qint64 after = 0;
        int pages = 0;
        qint64 total = -1;
        while (after >= 0 && pages < 100) {
            const auto reply = waitFor<UserPage>(
                [&](QObject *c, auto done) { f->store()->fetchUsers(1, {}, after, 100, c, done); });
            QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
            QVERIFY(reply.value.users.size() <= 100);
            for (const User &u : reply.value.users)
                ids << u.id;
            if (after == 0)
                total = reply.value.total;
            after = reply.value.next;
            ++pages;
        }
        QCOMPARE(pages, 7);
        QCOMPARE(total, kUsers);
        QCOMPARE(ids.size(), int(kUsers));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), qint64(i + 1));
        // The records are the file's records, groups included.
        const auto t = truth(*f);
        const auto reply = waitFor<UserPage>(
            [&](QObject *c, auto done) { f->store()->fetchUsers(1, {}, 41, 3, c, done); });
        const QList<User> expected = t->users(1, {}, 41, 3);
        QCOMPARE(reply.value.users.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(reply.value.users.at(i).email, expected.at(i).email);
            QCOMPARE(reply.value.users.at(i).lastName, expected.at(i).lastName);
            QCOMPARE(reply.value.users.at(i).groups, expected.at(i).groups);
        }
    }

    void shouldFilterUsersBySearchAndGroup_data() { addBackendRows(); }
    void shouldFilterUsersBySearchAndGroup()
    {
        auto f = fixture();
        QVERIFY(f);
        const auto t = truth(*f);
        const User someone = t->users(1, {}, 300, 1).first();
        auto reply = waitFor<UserPage>([&](QObject *c, auto done) {
            f->store()->fetchUsers(1, UserQuery::matching(someone.email), 0, 50, c, done);
        });
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
        QCOMPARE(reply.value.total, 1);
        QCOMPARE(reply.value.users.first().id, someone.id);
        const UserGroup group = t->groups(1).at(2);
        reply = waitFor<UserPage>([&](QObject *c, auto done) {
            f->store()->fetchUsers(1, UserQuery::inGroup(group.id), 0, 5000, c, done);
        });
        QCOMPARE(reply.value.total, group.members);
        QCOMPARE(reply.value.users.size(), int(group.members));
        for (const User &u : reply.value.users)
            QVERIFY(u.groups.contains(group.id));
    }

    void shouldListGroupsFieldsAndValues_data() { addBackendRows(); }
    void shouldListGroupsFieldsAndValues()
    {
        auto f = fixture();
        QVERIFY(f);
        const auto t = truth(*f);
        const auto groups = waitFor<QList<UserGroup>>(
            [&](QObject *c, auto done) { f->store()->fetchGroups(1, c, done); });
        QVERIFY2(groups.ok(), qPrintable(groups.errorText()));
        // Listed in the same order, whatever the store: by name, then id; the schema in its
        // display order.
        const QList<UserGroup> expectedGroups = t->groups(1);
        QCOMPARE(groups.value.size(), expectedGroups.size());
        for (int i = 0; i < expectedGroups.size(); ++i) {
            QCOMPARE(groups.value.at(i).id, expectedGroups.at(i).id);
            QCOMPARE(groups.value.at(i).name, expectedGroups.at(i).name);
            QCOMPARE(groups.value.at(i).members, expectedGroups.at(i).members);
        }
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { f->store()->fetchFields(1, c, done); });
        QVERIFY2(fields.ok(), qPrintable(fields.errorText()));
        QCOMPARE(fields.value, t->fields(1));
        const QList<qint64> ids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const auto values = waitFor<QHash<qint64, QJsonObject>>(
            [&](QObject *c, auto done) { f->store()->fetchMetaValues(1, ids, {}, c, done); });
        QVERIFY2(values.ok(), qPrintable(values.errorText()));
        QCOMPARE(values.value, t->metaValues(1, ids, {}, 0, 10));
        const auto some = waitFor<QHash<qint64, QJsonObject>>([&](QObject *c, auto done) {
            f->store()->fetchMetaValues(
                1, ids, {QStringLiteral("score"), QStringLiteral("interests")}, c, done);
        });
        QCOMPARE(
            some.value,
            t->metaValues(1, ids, {QStringLiteral("score"), QStringLiteral("interests")}, 0, 10));
    }

    void shouldSortFilterSeekAndCountAsTheFileDoes_data() { addBackendRows(); }
    void shouldSortFilterSeekAndCountAsTheFileDoes()
    {
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(f->store()->canSeek());
        QVERIFY(f->store()->canQueryMeta());
        const auto t = truth(*f);
        const auto ids = [](const QList<User> &users) {
            QList<qint64> list;
            for (const User &u : users)
                list << u.id;
            return list;
        };
        QList<UserQuery> queries;
        UserQuery q;
        q.sort = UserQuery::Sort::Meta;
        q.sortField = QStringLiteral("score");
        queries << q;
        q.descending = true;
        queries << q;
        q = {};
        q.sort = UserQuery::Sort::LastName;
        q.descending = true;
        queries << q;
        q = {};
        q.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Equals,
                  QStringLiteral("gold")};
        queries << q;
        q.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Contains, QStringLiteral("L")};
        q.sort = UserQuery::Sort::Meta;
        q.sortField = QStringLiteral("balance");
        queries << q;
        q.meta = {QStringLiteral("score"), MetaFilter::Match::IsMissing, QString()};
        q.groupId = t->groups(1).at(1).id;
        q.sort = UserQuery::Sort::Email;
        queries << q;
        for (const UserQuery &query : std::as_const(queries)) {
            const QList<qint64> expected = ids(t->users(1, query, 0, 5000));
            QVERIFY(!expected.isEmpty());
            const auto all = waitFor<UserPage>([&](QObject *c, auto done) {
                f->store()->fetchUsersAt(1, query, 0, 5000, c, done);
            });
            QVERIFY2(all.ok(), qPrintable(all.errorText()));
            QCOMPARE(ids(all.value.users), expected);
            QCOMPARE(all.value.total, t->countUsers(1, query));
            // A page from the middle, by position.
            const int from = int(expected.size()) / 2;
            const auto middle = waitFor<UserPage>([&](QObject *c, auto done) {
                f->store()->fetchUsersAt(1, query, from, 7, c, done);
            });
            QVERIFY2(middle.ok(), qPrintable(middle.errorText()));
            QCOMPARE(ids(middle.value.users), expected.mid(from, 7));
        }
        const auto counts = waitFor<QHash<QString, qint64>>(
            [&](QObject *c, auto done) { f->store()->countFieldValues(1, c, done); });
        QVERIFY2(counts.ok(), qPrintable(counts.errorText()));
        QCOMPARE(counts.value, t->countValuesPerField(1));
        QVERIFY(counts.value.value(QStringLiteral("score")) > 0);
    }

    void shouldApplyMetaEditsAndGroupOperations_data() { addBackendRows(); }
    void shouldApplyMetaEditsAndGroupOperations()
    {
        auto f = fixture();
        QVERIFY(f);
        const qint64 vip = truth(*f)->groups(1).first().id;
        EditSet edits;
        edits.metaEdits = {edit(1, "score", 99), edit(2, "loyalty_tier", QStringLiteral("gold")),
                           edit(3, "interests", QJsonArray{QStringLiteral("art")}),
                           edit(3, "score", QJsonValue::Null)};
        edits.groupOperations = {{GroupOperation::Kind::Replace, {1, 2}, {GroupRef::byId(vip)}},
                                 {GroupOperation::Kind::Drop, {3}, {}}};
        const ApplyReport report = waitForApply(f->store()->apply(1, edits));
        QVERIFY2(
            report.complete(),
            qPrintable(report.error.text +
                       (report.notLanded.isEmpty() ? QString() : report.notLanded.first().reason)));
        QCOMPARE(report.landed.size(), 4);
        QCOMPARE(report.groupResults.size(), 2);
        const auto t = truth(*f);
        const auto values = t->metaValues(1, {1, 2, 3}, {}, 0, 3);
        QCOMPARE(values.value(1).value(QStringLiteral("score")).toInteger(), 99);
        QCOMPARE(values.value(2).value(QStringLiteral("loyalty_tier")).toString(),
                 QStringLiteral("gold"));
        QCOMPARE(values.value(3).value(QStringLiteral("interests")),
                 QJsonValue(QJsonArray{QStringLiteral("art")}));
        QVERIFY(!values.value(3).contains(QStringLiteral("score")));
        QCOMPARE(t->users(1, {}, 0, 1).first().groups, QList<qint64>{vip});
        QCOMPARE(t->users(1, {}, 2, 1).first().groups, QList<qint64>{});
    }

    void shouldKeepTextThatStartsWithAByteOrderMark_data() { addBackendRows(); }
    void shouldKeepTextThatStartsWithAByteOrderMark()
    {
        // U+FEFF is a character like any other inside a value; Qt's UTF-8 and JSON readers drop
        // one that starts their input, so every hop (request, SQL text, answer) must keep it.
        auto f = fixture();
        QVERIFY(f);
        const QString mark(QChar(0xFEFF));
        const QString key = mark + QStringLiteral("theme");
        const QString text = mark + QStringLiteral("a");
        const QJsonObject preferences{{key, QString(mark + mark)},
                                      {QStringLiteral("tags"), QJsonArray{text, mark}}};
        EditSet edits;
        edits.metaEdits = {edit(2, "preferences", preferences)};
        const ApplyReport report = waitForApply(f->store()->apply(1, edits));
        QVERIFY2(report.complete(), qPrintable(report.error.text));
        const QHash<qint64, QJsonObject> stored = truth(*f)->metaValues(1, {2}, {}, 0, 1);
        QCOMPARE(stored.value(2).value(QStringLiteral("preferences")), QJsonValue(preferences));
        const auto read = waitFor<QHash<qint64, QJsonObject>>(
            [&](QObject *c, auto done) { f->store()->fetchMetaValues(1, {2}, {}, c, done); });
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        QCOMPARE(read.value, stored);

        // A field definition's text too (PostgreSQL's jsonb gives an escaped mark back raw).
        MetaField field;
        field.name = QStringLiteral("marked");
        field.type = MetaType::String;
        field.label = mark + QStringLiteral("Label");
        field.description = mark + QStringLiteral("why");
        field.options = QJsonArray{text, QStringLiteral("plain")};
        const auto put = waitFor<SchemaOutcome>([&](QObject *c, auto done) {
            f->store()->putFields(1, {{field.name, field, QStringLiteral("fields.marked")}}, {}, c,
                                  done);
        });
        QVERIFY2(put.ok(), qPrintable(put.errorText()));
        QVERIFY(put.value.ok());
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { f->store()->fetchFields(1, c, done); });
        QVERIFY2(fields.ok(), qPrintable(fields.errorText()));
        const auto back = std::find_if(fields.value.begin(), fields.value.end(),
                                       [&](const MetaField &m) { return m.name == field.name; });
        QVERIFY(back != fields.value.end());
        QCOMPARE(back->label, field.label);
        QCOMPARE(back->description, field.description);
        QCOMPARE(back->options, field.options);
        QVERIFY(truth(*f)->fields(1).contains(*back));
    }

    void shouldReportEveryRefusedEditAndWriteNothing_data() { addBackendRows(); }
    void shouldReportEveryRefusedEditAndWriteNothing()
    {
        auto f = fixture();
        QVERIFY(f);
        const QString before = TestFiles::dump(f->filePath());
        EditSet edits;
        edits.metaEdits = {edit(1, "score", 5), edit(2, "score", QStringLiteral("lots")),
                           edit(99999, "score", 1), edit(4, "no_such_field", 1)};
        const ApplyReport report = waitForApply(f->store()->apply(1, edits));
        QVERIFY(!report.complete());
        QCOMPARE(report.landed.size(), 0);
        QCOMPARE(report.notLanded.size(), 4);
        QHash<qint64, QString> reasons;
        for (const auto &failure : report.notLanded)
            reasons.insert(failure.edit.userId, failure.reason);
        QVERIFY2(reasons.value(2).contains(QLatin1String("'lots' is not an integer")),
                 qPrintable(reasons.value(2)));
        QVERIFY2(reasons.value(99999).contains(QLatin1String("99999")),
                 qPrintable(reasons.value(99999)));
        QVERIFY2(reasons.value(4).contains(QLatin1String("no_such_field")),
                 qPrintable(reasons.value(4)));
        QVERIFY2(!reasons.value(1).isEmpty(), "the good edit says why it was not written either");
        for (const auto &failure : report.notLanded) // only the bad ones are refused for themselves
            QCOMPARE(failure.ownFault, failure.edit.userId != 1);
        QVERIFY(report.groupResults.isEmpty());
        QVERIFY(report.messages.isEmpty());
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, 0);
        QVERIFY(!report.cancelled);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.text));
        QCOMPARE(TestFiles::dump(f->filePath()), before);
    }

    void shouldReportACancelledApplyAndWriteNothing_data() { addBackendRows(); }
    void shouldReportACancelledApplyAndWriteNothing()
    {
        auto f = fixture();
        QVERIFY(f);
        const QString before = TestFiles::dump(f->filePath());
        const qint64 vip = truth(*f)->groups(1).first().id;
        EditSet edits;
        edits.metaEdits = {edit(1, "score", 3), edit(2, "score", 4)};
        edits.groupOperations = {{GroupOperation::Kind::Add, {1}, {GroupRef::byId(vip)}}};
        ApplyJob *job = f->store()->apply(1, edits);
        job->cancel(); // before control returns to the event loop: in time for any store
        const ApplyReport report = waitForApply(job);
        QVERIFY(report.cancelled);
        QVERIFY(!report.complete());
        QVERIFY2(!report.error.isError(), qPrintable(report.error.text));
        QVERIFY(report.landed.isEmpty());
        QCOMPARE(report.notLanded.size(), 2);
        for (const auto &failure : report.notLanded) {
            QVERIFY(!failure.ownFault);
            QVERIFY2(failure.reason.contains(QLatin1String("Cancelled")),
                     qPrintable(failure.reason));
        }
        QCOMPARE(report.groupResults.size(), 1);
        QVERIFY(!report.groupResults.first().landed);
        QVERIFY(!report.groupResults.first().message.isEmpty());
        QVERIFY(report.messages.isEmpty());
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.unchanged, 0);
        QCOMPARE(TestFiles::dump(f->filePath()), before);
    }

    void shouldHoldBackWhatCannotBeSentAndWriteTheRest_data() { addBackendRows(); }
    void shouldHoldBackWhatCannotBeSentAndWriteTheRest()
    {
        auto f = fixture();
        QVERIFY(f);
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { f->store()->fetchFields(1, c, done); });
        QVERIFY(fields.ok());
        const auto stored = truth(*f)->metaValues(1, {2, 3}, {}, 0, 2);
        EditSet edits;
        edits.metaEdits = {edit(1, "score", 71),
                           edit(0, "score", 1),                      // no user id
                           edit(2, "bad name", 1),                   // not a field name
                           edit(3, "score", QStringLiteral("lots")), // refused by the schema
                           edit(4, "score", 1),
                           edit(4, "score", 74)}; // replaces the edit before it
        // The bad ones are held back, each for itself; the good ones are written.
        const ApplyReport report = waitForApply(f->store()->apply(1, edits, fields.value));
        QVERIFY(!report.complete());
        QVERIFY(!report.cancelled);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.text));
        QCOMPARE(report.landed, (QList<MetaEdit>{edits.metaEdits.at(0), edits.metaEdits.at(4),
                                                 edits.metaEdits.at(5)}));
        QCOMPARE(report.notLanded.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto &failure = report.notLanded.at(i);
            QCOMPARE(failure.edit, edits.metaEdits.at(i + 1));
            QVERIFY(failure.ownFault);
            QVERIFY(!failure.reason.isEmpty());
        }
        QVERIFY2(report.notLanded.at(2).reason.contains(QLatin1String("'lots' is not an integer")),
                 qPrintable(report.notLanded.at(2).reason));
        QCOMPARE(report.updated + report.unchanged, 2); // cells written, not edits
        QCOMPARE(report.messages.size(), 1);
        QVERIFY(report.groupResults.isEmpty());
        const auto values = truth(*f)->metaValues(1, {1, 2, 3, 4}, {}, 0, 4);
        QCOMPARE(values.value(1).value(QStringLiteral("score")).toInteger(), 71);
        QCOMPARE(values.value(4).value(QStringLiteral("score")).toInteger(), 74);
        // What was held back left its cells as they were.
        QCOMPARE(values.value(2), stored.value(2));
        QCOMPARE(values.value(3), stored.value(3));
    }

    void shouldReportAPartlyLandedApply_data() { addBackendRows(); }
    void shouldReportAPartlyLandedApply()
    {
        auto f = fixture();
        QVERIFY(f);
        const qint64 vip = truth(*f)->groups(1).first().id;
        EditSet edits;
        edits.metaEdits = {edit(1, "score", 81)};
        edits.groupOperations = {{GroupOperation::Kind::Add, {1}, {GroupRef::byId(987654)}},
                                 {GroupOperation::Kind::Replace, {2}, {GroupRef::byId(vip)}}};
        const ApplyReport report = waitForApply(f->store()->apply(1, edits));
        QVERIFY(!report.complete());
        QVERIFY(!report.cancelled);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.text));
        QCOMPARE(report.landed, edits.metaEdits);
        QVERIFY(report.notLanded.isEmpty());
        QCOMPARE(report.updated + report.unchanged, 1);
        QCOMPARE(report.groupResults.size(), 2);
        QVERIFY(!report.groupResults.at(0).landed);
        QVERIFY2(report.groupResults.at(0).message.contains(QLatin1String("987654")),
                 qPrintable(report.groupResults.at(0).message));
        QVERIFY(report.groupResults.at(1).landed);
        QCOMPARE(report.groupResults.at(1).operation, edits.groupOperations.at(1));
        QCOMPARE(report.messages.size(), 2); // the meta edits' and the landed operation's
        QCOMPARE(truth(*f)->users(1, {}, 1, 1).first().groups, QList<qint64>{vip});
    }
};

QTEST_GUILESS_MAIN(StoreBehaviourTest)
#include "test_store_behaviour.moc"
