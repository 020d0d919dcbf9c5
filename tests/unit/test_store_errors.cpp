#include "StoreFixture.h"
#include "TestFiles.h"
#include "server/ApiResponse.h"
#include "store/ClientError.h"
#include "store/LocalStore.h"
#include "store/SchemaWriter.h"
#include "store/SqlTransaction.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

// A database file says why a write did nothing with a kind (refused by the rules, busy, ...),
// never with an HTTP status; the server and the GUI each turn the kind into their own words.
class StoreErrorsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

    static MetaEdit edit(qint64 user, const char *name, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = QLatin1String(name);
        e.value = value;
        return e;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_path = m_dir.filePath(QStringLiteral("errors.db"));
        QFile::remove(m_path);
        StoreError error;
        m_store = SqliteStore::create(m_path, &error);
        QVERIFY2(m_store, qPrintable(error.text()));
        QCOMPARE(m_store->addAccount(QStringLiteral("Main")), 1);
        QVERIFY(m_store->addUser({1, QStringLiteral("Ada"), {}, {}, {}, {}, {}, {}}, {1}));
        QVERIFY(m_store->addGroup(1, QStringLiteral("Sales")) > 0);
        MetaField score;
        score.name = QStringLiteral("score");
        score.type = MetaType::Integer;
        QVERIFY(m_store->putField(1, score));
        QVERIFY(m_store->applyUserMeta(1, {edit(1, "score", 3)}).ok());
        // Copies the new file's header out of the WAL, so that other connections accept it.
        QVERIFY(m_store->checkpoint());
    }

    void shouldSayBusyWhenAnotherWriterHoldsTheFile()
    {
        StoreError error;
        auto other = SqliteStore::open(m_path, &error);
        QVERIFY2(other, qPrintable(error.text()));
        SqlTransaction holding(other->connection());
        QVERIFY(holding.isActive());
        m_store->setBusyTimeout(50);

        const UserMetaOutcome meta = m_store->applyUserMeta(1, {edit(1, "score", 4)});
        QCOMPARE(meta.error.kind, DomainError::Kind::Busy);
        const GroupOutcome groups = m_store->applyGroupOperation(
            1, {GroupOperation::Kind::Add, {1}, {GroupRef::byName(QStringLiteral("Sales"))}});
        QCOMPARE(groups.error.kind, DomainError::Kind::Busy);
        SchemaWriter writer(*m_store);
        MetaField note;
        note.name = QStringLiteral("note");
        note.type = MetaType::String;
        const SchemaOutcome schema =
            writer.apply(1, {SchemaChange{note.name, note, QStringLiteral("fields.note")}}, {});
        QCOMPARE(schema.error.kind, DomainError::Kind::Busy);

        // Each side words it its own way, from the kind alone.
        const ApiError answer = ApiResponse::apiError(meta.error);
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.title, QStringLiteral("Database Busy"));
        QCOMPARE(ClientError::fromDomain(meta.error).kind, ClientError::Kind::Busy);

        // Nothing was written; once the other writer is done, the same write goes through.
        holding.rollback();
        QCOMPARE(m_store->metaValues(1, {1}, {}, 0, 1).value(1).value(QStringLiteral("score")),
                 QJsonValue(3));
        QVERIFY(m_store->applyUserMeta(1, {edit(1, "score", 4)}).ok());
    }

    void shouldRefuseWithTheRuleAndTheLocations()
    {
        const QString before = TestFiles::dump(m_path);
        QVERIFY2(before.contains(QLatin1String("Ada")), qPrintable(before));
        const GroupOutcome groups = m_store->applyGroupOperation(
            1, {GroupOperation::Kind::Add, {1, 99}, {GroupRef::byName(QStringLiteral("Nobody"))}});
        QCOMPARE(groups.error.kind, DomainError::Kind::Refused);
        QCOMPARE(groups.error.rule, QStringLiteral("Users Found does not match Users Requested"));
        QStringList locations;
        for (const ErrorDetail &d : groups.error.details)
            locations << d.location;
        QCOMPARE(locations,
                 (QStringList{QStringLiteral("user_id.1"), QStringLiteral("group_id.0")}));

        SchemaWriter writer(*m_store);
        const SchemaOutcome schema = writer.apply(
            1,
            {SchemaChange{QStringLiteral("score"), std::nullopt, QStringLiteral("fields.score")}},
            {});
        QCOMPARE(schema.error.kind, DomainError::Kind::Refused);
        QCOMPARE(schema.error.rule, QStringLiteral("Field In Use"));
        QCOMPARE(schema.error.details.value(0).location, QStringLiteral("fields.score"));

        const UserMetaOutcome meta =
            m_store->applyUserMeta(1, {edit(1, "score", QStringLiteral("x"))});
        QCOMPARE(meta.error.kind, DomainError::Kind::Refused);
        QCOMPARE(meta.problems.size(), 1);
        QCOMPARE(meta.problems.first().part, EditPart::Value);

        // On the wire: 400 with the rule as the title.
        const ApiError answer = ApiResponse::apiError(groups.error);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.title, groups.error.rule);
        QCOMPARE(answer.details, groups.error.details);
        QCOMPARE(TestFiles::dump(m_path), before);
    }

    void shouldAnswerARefusalThroughALocalStoreWithItsKindAndLocations()
    {
        m_store.reset();
        StoreError error;
        auto sqlite = SqliteStore::open(m_path, &error);
        QVERIFY2(sqlite, qPrintable(error.text()));
        LocalStore store(std::move(sqlite));
        const StoreReply<SchemaOutcome> reply =
            waitFor<SchemaOutcome>([&](QObject *context, Store::Callback<SchemaOutcome> done) {
                store.putFields(1,
                                {SchemaChange{QStringLiteral("score"), std::nullopt,
                                              QStringLiteral("fields.score")}},
                                {}, context, std::move(done));
            });
        QVERIFY2(reply.ok(), qPrintable(reply.errorText()));
        QCOMPARE(reply.value.error.kind, DomainError::Kind::Refused);
        QCOMPARE(reply.value.error.details.value(0).location, QStringLiteral("fields.score"));

        // A group operation the rules refuse: the group result says why, the apply as a whole
        // did not fail.
        EditSet edits;
        edits.groupOperations.append(
            {GroupOperation::Kind::Add, {42}, {GroupRef::byName(QStringLiteral("Sales"))}});
        const ApplyReport report = waitForApply(store.apply(1, edits));
        QCOMPARE(report.groupResults.size(), 1);
        QVERIFY(!report.groupResults.first().landed);
        QVERIFY2(
            report.groupResults.first().message.contains(QLatin1String("Could not Find Users")),
            qPrintable(report.groupResults.first().message));
        QVERIFY2(!report.error.isError(), qPrintable(report.error.text));
    }
};

QTEST_GUILESS_MAIN(StoreErrorsTest)
#include "test_store_errors.moc"
