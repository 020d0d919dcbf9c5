#include "StoreSql.h"
#include "TestFiles.h"
#include "store/DatabaseFileProbe.h"
#include "store/SchemaMigrator.h"
#include "store/SchemaWriter.h"
#include "store/SqliteStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <sqlite3.h>

namespace {
// A plain connection to a file, as an older MetaDesk (or another program) would hold it.
struct RawFile
{
    sqlite3 *db = nullptr;
    explicit RawFile(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~RawFile() { sqlite3_close_v2(db); }
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == 0; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    // The first column of the first row as a number; -1 when there is none.
    int number(const char *sql)
    {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &q, nullptr);
        const int value = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
        sqlite3_finalize(q);
        return value;
    }
};
} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString scalar(SqliteStore &store, const QString &sql)
    {
        const QVariant value = StoreSql::scalar(store, sql);
        return value.isValid() ? value.toString() : QStringLiteral("<no answer>");
    }

    static QString queryPlan(SqliteStore &store, const QString &sql)
    {
        QString error;
        const QList<QVariantList> rows =
            StoreSql::rows(store, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, &error);
        if (!error.isEmpty())
            return QStringLiteral("<plan failed>");
        QStringList steps;
        for (const QVariantList &row : rows)
            steps << row.at(3).toString();
        return steps.join(QStringLiteral(" / "));
    }

private Q_SLOTS:
    void shouldCreateCurrentSchemaWithWalAndForeignKeys()
    {
        StoreError error;
        auto store = SqliteStore::create(m_dir.filePath(QStringLiteral("new.db")), &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(store->schemaVersion(), SchemaMigrator::kCurrentVersion);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA application_id")).toUInt(),
                 DatabaseFileProbe::kApplicationId);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        for (const char *table : {"accounts", "users", "user_accounts", "user_groups",
                                  "memberships", "meta_fields", "meta_values", "api_keys"})
            QVERIFY2(scalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                   "type = 'table' AND name = '%1'")
                                        .arg(QLatin1String(table))) == QLatin1String("1"),
                     table);
    }

    void shouldRefuseToCreateOverAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        StoreError error;
        QVERIFY(!SqliteStore::create(path, &error));
        QCOMPARE(error.kind, StoreError::Kind::AlreadyExists);
        QVERIFY(error.text().contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void shouldStartEveryRevisionAtZeroWhenMigratingToVersion5()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.db"));
        {
            RawFile file(path);
            QCOMPARE(SchemaMigrator::migrate(file.db, 4), QString());
            for (const char *sql :
                 {"INSERT INTO accounts(id, name) VALUES(1, 'One')",
                  "INSERT INTO users(id, first_name) VALUES(1, 'A')",
                  "INSERT INTO user_accounts VALUES(1, 1)",
                  "INSERT INTO user_groups(id, account_id, name) VALUES(7, 1, 'G')",
                  "INSERT INTO memberships VALUES(1, 7)",
                  "INSERT INTO meta_fields(id, account_id, name, definition) VALUES"
                  " (10, 1, 'score', '{\"type\":\"integer\"}')",
                  "INSERT INTO meta_values VALUES(1, 1, 10, 5)"})
                QVERIFY2(file.exec(sql), qPrintable(file.error()));
        }
        StoreError error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(store->revision(1), qint64(0));
        for (const char *table : {"meta_values", "memberships", "meta_fields"})
            QCOMPARE(scalar(*store, QStringLiteral("SELECT group_concat(revision) FROM ") +
                                        QLatin1String(table)),
                     QStringLiteral("0"));
        // The first change is revision 1, and only what it changed carries it.
        MetaEdit edit;
        edit.userId = 1;
        edit.field = QStringLiteral("score");
        edit.value = 6;
        QVERIFY(store->applyUserMeta(1, {edit}).ok());
        QCOMPARE(store->revision(1), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT revision FROM meta_values")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT revision FROM memberships")),
                 QStringLiteral("0"));
    }

    void shouldGiveEveryAccountItsOwnCopyOfSharedFieldsWhenMigratingToVersion4()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.db"));
        {
            // Version 3 kept one schema for the whole file.
            RawFile file(path);
            QCOMPARE(SchemaMigrator::migrate(file.db, 3), QString());
            for (const char *sql :
                 {"INSERT INTO accounts(id, name) VALUES(1, 'One'), (2, 'Two'), (3, 'Empty')",
                  "INSERT INTO users(id, first_name) VALUES(1, 'A'), (2, 'B'), (3, 'C')",
                  "INSERT INTO user_accounts VALUES(1, 1), (1, 2), (2, 2), (2, 3)",
                  "INSERT INTO meta_fields(id, name, definition, position) VALUES"
                  " (10, 'color', '{\"type\":\"string\"}', 1),"
                  " (11, 'score', '{\"type\":\"integer\"}', 2)",
                  "INSERT INTO meta_values VALUES(1, 1, 10, 'red'), (2, 2, 10, 'blue'),"
                  " (2, 2, 11, 5), (3, 2, 11, 9)"})
                QVERIFY2(file.exec(sql), qPrintable(file.error()));
        }

        StoreError error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(store->schemaVersion(), SchemaMigrator::kCurrentVersion);
        auto names = [](const QList<MetaField> &fields) {
            QStringList list;
            for (const MetaField &f : fields)
                list << f.name + QLatin1Char(':') + MetaTypes::name(f.type);
            return list;
        };
        const QStringList both{QStringLiteral("color:string"), QStringLiteral("score:integer")};
        QCOMPARE(names(store->fields(1)), both);
        QCOMPARE(names(store->fields(2)), both);
        QCOMPARE(names(store->fields(3)), QStringList());
        QCOMPARE(store->metaValues(1, {}, {}, 0, 10).value(1),
                 (QJsonObject{{QStringLiteral("color"), QStringLiteral("red")}}));
        const QHash<qint64, QJsonObject> second = store->metaValues(2, {}, {}, 0, 10);
        QCOMPARE(second.value(2), (QJsonObject{{QStringLiteral("color"), QStringLiteral("blue")},
                                               {QStringLiteral("score"), 5}}));
        QCOMPARE(second.value(3), (QJsonObject{{QStringLiteral("score"), 9}}));
        QString error2;
        const QList<QVariantList> orphans =
            StoreSql::rows(*store, QStringLiteral("PRAGMA foreign_key_check"), &error2);
        QVERIFY2(error2.isEmpty(), qPrintable(error2));
        QVERIFY2(orphans.isEmpty(), "a value points to a field of another account");
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

        // From now on the two copies are independent.
        SchemaWriter writer(*store);
        const SchemaOutcome deleted = writer.apply(
            1,
            {SchemaChange{QStringLiteral("color"), std::nullopt, QStringLiteral("fields.color")}},
            SchemaWriteOptions{true, false});
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.valuesDeleted, 1);
        QCOMPARE(names(store->fields(1)), QStringList{QStringLiteral("score:integer")});
        QCOMPARE(names(store->fields(2)), both);
        QCOMPARE(store->metaValues(2, {}, {}, 0, 10).value(2).value(QStringLiteral("color")),
                 QJsonValue(QStringLiteral("blue")));
    }

    void shouldKeepOnlyTheTakenValuesOfChangedPlacesFromVersion9()
    {
        const QString path = m_dir.filePath(QStringLiteral("v8-copy.db"));
        {
            // An offline copy made by version 8 kept a second copy of every value and
            // membership; user 2's score (6 when taken) and user 3's place in group 7 changed
            // since, noted by version 8's triggers.
            RawFile file(path);
            QCOMPARE(SchemaMigrator::migrate(file.db, 8), QString());
            for (const char *sql :
                 {"INSERT INTO accounts(id, name) VALUES(1, 'One')",
                  "INSERT INTO users(id, first_name) VALUES(1, 'A'), (2, 'B'), (3, 'C')",
                  "INSERT INTO user_accounts VALUES(1, 1), (1, 2), (1, 3)",
                  "INSERT INTO user_groups(id, account_id, name) VALUES(7, 1, 'G'), (8, 1, 'H')",
                  "INSERT INTO memberships(user_id, group_id) VALUES(1, 7), (2, 7), (3, 7), (1, 8)",
                  "INSERT INTO meta_fields(id, account_id, name, definition) VALUES"
                  " (10, 1, 'score', '{\"type\":\"integer\"}'),"
                  " (11, 1, 'color', '{\"type\":\"string\"}')",
                  "INSERT INTO meta_values(user_id, account_id, field_id, value) VALUES"
                  " (1, 1, 10, 5), (2, 1, 10, 6), (3, 1, 11, 'red')",
                  "INSERT INTO taken_values VALUES(1, 10, 5), (2, 10, 6), (3, 11, 'red')",
                  "INSERT INTO taken_memberships VALUES(1, 7), (2, 7), (3, 7), (1, 8)",
                  "INSERT INTO offline_origin(id, base_url, api_id, account_id, account_name, "
                  "taken_at) VALUES(1, 'http://127.0.0.1:1', 'id', 1, 'One', '2026-12-01')",
                  "UPDATE meta_values SET value = 60 WHERE user_id = 2 AND field_id = 10",
                  "DELETE FROM memberships WHERE user_id = 3 AND group_id = 7"})
                QVERIFY2(file.exec(sql), qPrintable(file.error()));
            QCOMPARE(file.number("SELECT count(*) FROM changed_places"), 2);
        }
        StoreError error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(store->schemaVersion(), SchemaMigrator::kCurrentVersion);
        const auto table = [&](const char *sql) {
            QStringList out;
            for (const QVariantList &row : StoreSql::rows(*store, QString::fromLatin1(sql))) {
                QStringList cells;
                for (const QVariant &cell : row)
                    cells << cell.toString();
                out << cells.join(QLatin1Char(','));
            }
            return out.join(QLatin1Char(' '));
        };
        const char *takenValues = "SELECT user_id, field_id, value FROM taken_values ORDER BY 1, 2";
        const char *takenMemberships = "SELECT * FROM taken_memberships ORDER BY 1, 2";
        const char *changed = "SELECT * FROM changed_places ORDER BY 1, 2, 3";
        // Only the changed places keep a taken value of their own.
        QCOMPARE(table(takenValues), QStringLiteral("2,10,6"));
        QCOMPARE(table(takenMemberships), QStringLiteral("3,7"));

        // A first change saves what the place held; a second one keeps it.
        for (int score : {50, 51}) {
            MetaEdit edit;
            edit.userId = 1;
            edit.field = QStringLiteral("score");
            edit.value = score;
            QVERIFY(store->applyUserMeta(1, {edit}).ok());
        }
        QCOMPARE(table(takenValues), QStringLiteral("1,10,5 2,10,6"));
        QCOMPARE(table(changed), QStringLiteral("0,1,10 0,2,10 1,3,7"));

        // A deleted field or group takes its values and memberships with it: nothing is kept
        // of them as taken, and the write goes through.
        SchemaWriter writer(*store);
        const SchemaOutcome deleted = writer.apply(
            1,
            {SchemaChange{QStringLiteral("color"), std::nullopt, QStringLiteral("fields.color")}},
            SchemaWriteOptions{true, false});
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.rule));
        QCOMPARE(deleted.valuesDeleted, 1);
        QCOMPARE(table(takenValues), QStringLiteral("1,10,5 2,10,6"));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_key_check")),
                 QStringLiteral("<no answer>"));
    }

    void shouldMigrateVersionOneFileKeepingItsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        {
            // Make a file exactly as MetaDesk schema version 1 left it.
            RawFile file(path);
            QCOMPARE(SchemaMigrator::migrate(file.db, 1), QString());
            QVERIFY(file.exec("INSERT INTO accounts(id, name) VALUES(1, 'Main')"));
            QVERIFY(file.exec(
                "INSERT INTO users(id, first_name, email) VALUES(7, 'Ada', 'ada@example.com')"));
            QVERIFY(file.exec("INSERT INTO user_accounts VALUES(1, 7)"));
            QCOMPARE(SchemaMigrator::version(file.db), 1);
            QVERIFY(!file.exec("SELECT count(*) FROM api_keys"));
        }

        StoreError error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.text()));
        QCOMPARE(store->schemaVersion(), SchemaMigrator::kCurrentVersion);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM api_keys")),
                 QStringLiteral("0"));
        const QList<User> users = store->users(1, {}, 0, 10);
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().firstName, QStringLiteral("Ada"));
        QCOMPARE(users.first().email, QStringLiteral("ada@example.com"));
    }

    void shouldRollBackAFailedMigration()
    {
        const QString path = m_dir.filePath(QStringLiteral("clash.db"));
        RawFile file(path);
        QCOMPARE(SchemaMigrator::migrate(file.db, 1), QString());
        // A table in the way of migration 2 makes it fail half-way.
        QVERIFY(file.exec("CREATE INDEX api_keys_by_account ON users(email)"));
        const QString problem = SchemaMigrator::migrate(file.db);
        QVERIFY2(problem.contains(QLatin1String("version 2")), qPrintable(problem));
        QCOMPARE(SchemaMigrator::version(file.db), 1);
        QVERIFY(!file.exec("SELECT count(*) FROM api_keys"));
    }

    void shouldKeepARawMarkThatStartsAStoredLabel()
    {
        // Files written before a leading U+FEFF was escaped hold it raw in the definition text;
        // Qt's JSON reader would drop it. Read back through the store, the label keeps it.
        auto store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("mark.db")), 5);
        QVERIFY(store);
        QString error;
        StoreSql::rows(
            *store,
            QStringLiteral("UPDATE meta_fields SET definition = '{\"type\":\"string\","
                           "\"label\":\"' || char(65279) || 'Tier\",\"options\":[\"' "
                           "|| char(65279) || 'gold\"]}' WHERE account_id = 1 AND name = "
                           "'loyalty_tier'"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString mark(QChar(0xFEFF));
        const QList<MetaField> fields = store->fields(1);
        const auto tier = std::find_if(fields.begin(), fields.end(), [](const MetaField &f) {
            return f.name == QLatin1String("loyalty_tier");
        });
        QVERIFY(tier != fields.end());
        QCOMPARE(tier->label, mark + QStringLiteral("Tier"));
        QCOMPARE(tier->options, QJsonArray({QJsonValue(mark + QStringLiteral("gold"))}));
    }

    void shouldLookUpByUserFieldAndValueThroughIndexes()
    {
        auto store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("plan.db")), 300);
        QVERIFY(store);
        const QString byUser = queryPlan(
            *store,
            QStringLiteral(
                "SELECT field_id, value FROM meta_values WHERE user_id = 5 AND account_id = 1"));
        const QString byField = queryPlan(
            *store, QStringLiteral(
                        "SELECT user_id FROM meta_values WHERE field_id = 2 AND account_id = 1"));
        const QString byValue =
            queryPlan(*store, QStringLiteral("SELECT user_id FROM meta_values WHERE field_id = 1 "
                                             "AND account_id = 1 AND value = 'gold'"));
        const QString membersOfGroup =
            queryPlan(*store, QStringLiteral("SELECT user_id FROM memberships WHERE group_id = 3"));
        const QString groupsOfUser =
            queryPlan(*store, QStringLiteral("SELECT group_id FROM memberships WHERE user_id = 3"));
        for (const QString &plan : {byUser, byField, byValue, membersOfGroup, groupsOfUser}) {
            QVERIFY2(plan.startsWith(QLatin1String("SEARCH")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN")), qPrintable(plan));
        }
        QVERIFY2(byValue.contains(QLatin1String("meta_values_by_field_value")),
                 qPrintable(byValue));
        QVERIFY2(byValue.contains(QLatin1String("value=?")), qPrintable(byValue));
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "test_schema.moc"
