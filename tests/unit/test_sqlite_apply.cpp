#include "TestFiles.h"
#include "store/SqliteStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// Applying meta edits and group operations to a file: every rule of docs/API.md 5.2–5.4 and 6,
// and a refused request leaves the file exactly as it was.
class SqliteApplyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    qint64 m_sales = 0, m_support = 0, m_vip = 0, m_otherSales = 0;

    static MetaField field(const QString &name, MetaType type)
    {
        MetaField f;
        f.name = name;
        f.type = type;
        return f;
    }

    static MetaEdit edit(qint64 user, const char *name, const QJsonValue &value)
    {
        MetaEdit e;
        e.userId = user;
        e.field = QLatin1String(name);
        e.value = value;
        return e;
    }

    QJsonObject valuesOf(qint64 account, qint64 user)
    {
        return m_store->metaValues(account, {user}, {}, 0, 10).value(user);
    }

    QList<qint64> groupsOf(qint64 account, qint64 user)
    {
        const QList<User> users = m_store->users(account, {}, user - 1, 1);
        return users.isEmpty() || users.first().id != user ? QList<qint64>{} : users.first().groups;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("apply.db")));
        StoreError error;
        m_store = SqliteStore::create(m_dir.filePath(QStringLiteral("apply.db")), &error);
        QVERIFY2(m_store, qPrintable(error.text()));
        QCOMPARE(m_store->addAccount(QStringLiteral("Main")), 1);
        QCOMPARE(m_store->addAccount(QStringLiteral("Other")), 2);
        for (qint64 id = 1; id <= 4; ++id)
            QVERIFY(m_store->addUser({id,
                                      QStringLiteral("User"),
                                      QString::number(id),
                                      {},
                                      {},
                                      QStringLiteral("u%1@example.com").arg(id),
                                      {},
                                      {}},
                                     {1, 2}));
        QVERIFY(m_store->addUser({5,
                                  QStringLiteral("Only"),
                                  QStringLiteral("Other"),
                                  {},
                                  {},
                                  QStringLiteral("o@example.com"),
                                  {},
                                  {}},
                                 {2}));
        MetaField color = field(QStringLiteral("color"), MetaType::String);
        color.options =
            QJsonArray{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
        MetaField score = field(QStringLiteral("score"), MetaType::Integer);
        score.min = 0;
        score.max = 100;
        MetaField tags = field(QStringLiteral("tags"), MetaType::Array);
        for (const MetaField &f :
             {color, score, tags, field(QStringLiteral("active"), MetaType::Boolean),
              field(QStringLiteral("born"), MetaType::Date),
              field(QStringLiteral("seen"), MetaType::DateTime),
              field(QStringLiteral("prefs"), MetaType::Json),
              field(QStringLiteral("ratio"), MetaType::Number)})
            for (qint64 account : {1, 2}) // each account has its own schema
                QVERIFY(m_store->putField(account, f));
        m_sales = m_store->addGroup(1, QStringLiteral("Sales"));
        m_support = m_store->addGroup(1, QStringLiteral("Support"));
        m_vip = m_store->addGroup(1, QStringLiteral("VIP"));
        m_otherSales = m_store->addGroup(2, QStringLiteral("Sales"));
        QVERIFY(m_sales && m_support && m_vip && m_otherSales);
    }

    void shouldWriteTypedValuesAndCountThem()
    {
        const UserMetaOutcome outcome = m_store->applyUserMeta(
            1, {edit(1, "color", QStringLiteral("red")), edit(1, "score", QStringLiteral("42")),
                edit(1, "active", QStringLiteral("1")),
                edit(2, "seen", QStringLiteral("2026-01-02T03:04:05+02:00")),
                edit(2, "tags", QStringLiteral("[\"a\",\"b\"]")),
                edit(2, "prefs", QJsonObject{{QStringLiteral("k"), 1}})});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.rule));
        QCOMPARE(outcome.updated, 6);
        QCOMPARE(outcome.unchanged, 0);
        QCOMPARE(outcome.users, 2);
        QCOMPARE(outcome.message(), QStringLiteral("6 User Meta Fields were Updated for 2 Users."));
        const QJsonObject one = valuesOf(1, 1);
        QCOMPARE(one.value(QStringLiteral("color")), QJsonValue(QStringLiteral("red")));
        QCOMPARE(one.value(QStringLiteral("score")), QJsonValue(qint64(42)));
        QVERIFY(one.value(QStringLiteral("score")).isDouble());
        QCOMPARE(one.value(QStringLiteral("active")), QJsonValue(true));
        const QJsonObject two = valuesOf(1, 2);
        QCOMPARE(two.value(QStringLiteral("seen")),
                 QJsonValue(QStringLiteral("2026-01-02T01:04:05Z")));
        QCOMPARE(two.value(QStringLiteral("tags")),
                 QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(two.value(QStringLiteral("prefs")),
                 QJsonValue(QJsonObject{{QStringLiteral("k"), 1}}));
        // Values are per account: the other account saw nothing.
        QVERIFY(valuesOf(2, 1).isEmpty());
    }

    void shouldCountUnchangedValuesAndSayWhenNothingChanged()
    {
        QVERIFY(
            m_store
                ->applyUserMeta(1, {edit(3, "score", 7), edit(3, "color", QStringLiteral("blue"))})
                .ok());
        const UserMetaOutcome again = m_store->applyUserMeta(
            1, {edit(3, "score", QStringLiteral("7")), edit(3, "color", QStringLiteral("blue"))});
        QVERIFY(again.ok());
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.message(), QStringLiteral("No User Meta Fields were Updated."));
        const UserMetaOutcome one = m_store->applyUserMeta(
            1, {edit(3, "score", 8), edit(3, "color", QStringLiteral("blue"))});
        QCOMPARE(one.updated, 1);
        QCOMPARE(one.unchanged, 1);
        QCOMPARE(one.message(), QStringLiteral("1 User Meta Field was Updated for 1 User."));
        QCOMPARE(one.successJson().value(QStringLiteral("users")).toInteger(), 1);
    }

    void shouldClearWithNullOrEmptyString()
    {
        QVERIFY(
            m_store
                ->applyUserMeta(1, {edit(4, "score", 1), edit(4, "color", QStringLiteral("green"))})
                .ok());
        const UserMetaOutcome cleared = m_store->applyUserMeta(
            1, {edit(4, "score", QJsonValue::Null), edit(4, "color", QString()),
                edit(4, "born", QJsonValue::Null)});
        QVERIFY(cleared.ok());
        QCOMPARE(cleared.updated, 2);
        QCOMPARE(cleared.unchanged, 1); // born had no value to clear
        QVERIFY(valuesOf(1, 4).isEmpty());
    }

    void shouldRefuseEverythingWhenOneValueIsBad()
    {
        QVERIFY(m_store->applyUserMeta(1, {edit(1, "score", 5)}).ok());
        const QString before = TestFiles::dump(m_store->filePath());
        const UserMetaOutcome outcome = m_store->applyUserMeta(
            1, {edit(1, "score", 6), edit(2, "color", QStringLiteral("purple")),
                edit(3, "score", QStringLiteral("abc")), edit(3, "score", 101)});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, DomainError::Kind::Refused);
        QCOMPARE(outcome.error.rule, QStringLiteral("Invalid Values"));
        QCOMPARE(outcome.problems.size(), 3);
        QCOMPARE(outcome.problems.at(0).editIndex, 1);
        QCOMPARE(int(outcome.problems.at(0).part), int(EditPart::Value));
        QVERIFY2(outcome.problems.at(0).message.contains(QLatin1String("red, green, blue")),
                 qPrintable(outcome.problems.at(0).message));
        QCOMPARE(outcome.problems.at(1).message, QStringLiteral("'abc' is not an integer"));
        QCOMPARE(outcome.problems.at(2).editIndex, 3);
        QCOMPARE(TestFiles::dump(m_store->filePath()), before);
        QCOMPARE(valuesOf(1, 1).value(QStringLiteral("score")).toInteger(), 5);
    }

    void shouldNameUsersFirstThenFieldsThenValues()
    {
        const QString before = TestFiles::dump(m_store->filePath());
        const UserMetaOutcome outcome = m_store->applyUserMeta(
            1, {edit(1, "favorite_color", QStringLiteral("red")), edit(5, "score", 1),
                edit(999, "score", 2), edit(2, "score", -1)});
        QCOMPARE(outcome.error.rule, QStringLiteral("Invalid Users"));
        QCOMPARE(outcome.problems.size(), 4);
        QCOMPARE(outcome.problems.at(0).message,
                 QStringLiteral("Unknown meta field 'favorite_color'"));
        QCOMPARE(int(outcome.problems.at(0).part), int(EditPart::Field));
        QCOMPARE(outcome.problems.at(1).message,
                 QStringLiteral("User 5 does not exist in this account"));
        QCOMPARE(int(outcome.problems.at(1).part), int(EditPart::User));
        QCOMPARE(outcome.problems.at(2).editIndex, 2);
        QCOMPARE(int(outcome.problems.at(3).part), int(EditPart::Value));
        QCOMPARE(
            m_store->applyUserMeta(1, {edit(1, "nope", 1), edit(1, "score", QStringLiteral("x"))})
                .error.rule,
            QStringLiteral("Invalid Fields"));
        QCOMPARE(TestFiles::dump(m_store->filePath()), before);
        // The user that only the other account reaches can be written there.
        QVERIFY(m_store->applyUserMeta(2, {edit(5, "score", 1)}).ok());
    }

    void shouldFindEveryMissingUserAmongManyCloseTogether()
    {
        // Enough users close together that they are checked by one scan of the account's users,
        // with missing ones at both ends of the range, in the middle, and one of the other account.
        for (qint64 id = 10; id <= 209; ++id) {
            if (id == 100 || id == 150)
                continue;
            QVERIFY(m_store->addUser({id,
                                      QStringLiteral("Many"),
                                      QString::number(id),
                                      {},
                                      {},
                                      QStringLiteral("m%1@example.com").arg(id),
                                      {},
                                      {}},
                                     {id == 120 ? qint64(2) : qint64(1)}));
        }
        QList<MetaEdit> edits;
        for (qint64 id = 215; id >= 8; --id) // not in id order: the store sorts
            edits.append(edit(id, "score", int(id % 100)));
        const QString before = TestFiles::dump(m_store->filePath());
        const UserMetaOutcome refused = m_store->applyUserMeta(1, edits);
        QCOMPARE(refused.error.rule, QStringLiteral("Invalid Users"));
        QList<qint64> missing;
        for (const EditProblem &p : refused.problems) {
            QCOMPARE(int(p.part), int(EditPart::User));
            missing.append(edits.at(p.editIndex).userId);
        }
        std::sort(missing.begin(), missing.end());
        QCOMPARE(missing, (QList<qint64>{8, 9, 100, 120, 150, 210, 211, 212, 213, 214, 215}));
        QCOMPARE(TestFiles::dump(m_store->filePath()), before);

        QList<MetaEdit> good;
        for (const MetaEdit &e : std::as_const(edits)) {
            if (!missing.contains(e.userId))
                good.append(e);
        }
        const UserMetaOutcome applied = m_store->applyUserMeta(1, good);
        QVERIFY(applied.ok());
        QCOMPARE(applied.updated, qint64(good.size()));
        QCOMPARE(applied.users, qint64(good.size()));
        QCOMPARE(m_store->metaValues(1, {209}, {QStringLiteral("score")}, 0, 1)
                     .value(209)
                     .value(QStringLiteral("score")),
                 QJsonValue(9));
    }

    void shouldAddReplaceRemoveAndDropMemberships()
    {
        using Kind = GroupOperation::Kind;
        GroupOutcome add = m_store->applyGroupOperation(
            1, {Kind::Add,
                {1, 2},
                {GroupRef::byId(m_sales), GroupRef::byName(QStringLiteral("  support "))}});
        QVERIFY2(add.ok(), qPrintable(add.error.rule));
        QCOMPARE(add.added, 4);
        QCOMPARE(add.message(), QStringLiteral("4 User Groups were Added for 2 Users."));
        QCOMPARE(add.successJson().value(QStringLiteral("added")).toInteger(), 4);
        add = m_store->applyGroupOperation(1, {Kind::Add, {1, 2}, {GroupRef::byId(m_sales)}});
        QCOMPARE(add.message(), QStringLiteral("No User Groups were Added."));
        add = m_store->applyGroupOperation(
            1, {Kind::Add, {3}, {GroupRef::byName(QStringLiteral("vip"))}});
        QCOMPARE(add.message(), QStringLiteral("1 User Group was Added for 1 User."));

        // The other account's memberships are never touched by account 1's operations.
        QVERIFY(
            m_store->applyGroupOperation(2, {Kind::Add, {1}, {GroupRef::byId(m_otherSales)}}).ok());

        const GroupOutcome replace = m_store->applyGroupOperation(
            1, {Kind::Replace, {1, 2}, {GroupRef::byId(m_sales), GroupRef::byId(m_vip)}});
        QVERIFY(replace.ok());
        QCOMPARE(replace.added, 2);
        QCOMPARE(replace.removed, 2);
        QCOMPARE(replace.message(),
                 QStringLiteral("2 User Groups were Added and 2 were Removed for 2 Users."));
        QCOMPARE(groupsOf(1, 1), (QList<qint64>{m_sales, m_vip}));
        QCOMPARE(groupsOf(2, 1), (QList<qint64>{m_otherSales}));
        QCOMPARE(
            m_store
                ->applyGroupOperation(
                    1, {Kind::Replace, {1, 2}, {GroupRef::byId(m_sales), GroupRef::byId(m_vip)}})
                .message(),
            QStringLiteral("No User Groups were Changed."));

        const GroupOutcome remove =
            m_store->applyGroupOperation(1, {Kind::Remove, {1, 2, 3}, {GroupRef::byId(m_vip)}});
        QCOMPARE(remove.removed, 3);
        QCOMPARE(remove.message(), QStringLiteral("3 User Groups were Removed for 3 Users."));
        QCOMPARE(
            m_store->applyGroupOperation(1, {Kind::Remove, {3}, {GroupRef::byId(m_vip)}}).message(),
            QStringLiteral("No User Groups were Removed."));

        const GroupOutcome drop = m_store->applyGroupOperation(1, {Kind::Drop, {1, 2}, {}});
        QCOMPARE(drop.removed, 2);
        QCOMPARE(drop.message(), QStringLiteral("2 User Groups were Dropped for 2 Users."));
        QVERIFY(!drop.successJson().contains(QStringLiteral("added")));
        QCOMPARE(groupsOf(1, 1), QList<qint64>{});
        QCOMPARE(groupsOf(2, 1), (QList<qint64>{m_otherSales}));
        QCOMPARE(m_store->applyGroupOperation(1, {Kind::Drop, {1}, {}}).message(),
                 QStringLiteral("No User Groups were Dropped."));
    }

    void shouldRefuseUnknownUsersAndGroupsWithLocations()
    {
        using Kind = GroupOperation::Kind;
        QVERIFY(m_store->applyGroupOperation(1, {Kind::Add, {1}, {GroupRef::byId(m_sales)}}).ok());
        const QString before = TestFiles::dump(m_store->filePath());
        GroupOutcome o =
            m_store->applyGroupOperation(1, {Kind::Add, {998, 999}, {GroupRef::byId(m_vip)}});
        QCOMPARE(o.error.rule, QStringLiteral("Could not Find Users"));
        QCOMPARE(o.error.details.size(), 2);
        QCOMPARE(o.error.details.at(1).location, QStringLiteral("user_id.1"));
        o = m_store->applyGroupOperation(1, {Kind::Add, {1, 5}, {GroupRef::byId(m_vip)}});
        QCOMPARE(o.error.rule, QStringLiteral("Users Found does not match Users Requested"));
        QCOMPARE(o.error.details,
                 (QList<ErrorDetail>{{QStringLiteral("user_id.1"),
                                      QStringLiteral("User 5 was not found in this account")}}));
        o = m_store->applyGroupOperation(
            1, {Kind::Add,
                {1},
                {GroupRef::byId(m_otherSales), GroupRef::byName(QStringLiteral("Nobody"))}});
        QCOMPARE(o.error.rule, QStringLiteral("Could not Find User Groups"));
        QCOMPARE(o.error.details.size(), 2);
        o = m_store->applyGroupOperation(
            1, {Kind::Remove,
                {1},
                {GroupRef::byId(m_sales), GroupRef::byName(QStringLiteral("Nobody"))}});
        QCOMPARE(o.error.rule,
                 QStringLiteral("User Groups Found does not match User Groups Requested"));
        QCOMPARE(o.error.details.first().location, QStringLiteral("group_id.1"));
        QVERIFY(o.error.details.first().message.contains(QLatin1String("'Nobody'")));
        // Users come first when both are wrong, and every problem is listed.
        o = m_store->applyGroupOperation(1, {Kind::Replace, {999}, {GroupRef::byId(12345)}});
        QCOMPARE(o.error.rule, QStringLiteral("Could not Find Users"));
        QCOMPARE(o.error.details.size(), 2);
        QCOMPARE(o.error.details.at(1).location, QStringLiteral("group_id.0"));
        QCOMPARE(
            m_store->applyGroupOperation(1, {Kind::Add, {}, {GroupRef::byId(m_sales)}}).error.rule,
            QStringLiteral("Missing User IDs"));
        QCOMPARE(m_store->applyGroupOperation(1, {Kind::Add, {1}, {}}).error.rule,
                 QStringLiteral("Missing User Group IDs"));
        QCOMPARE(TestFiles::dump(m_store->filePath()), before);
    }

    void shouldRefuseAnAmbiguousGroupName()
    {
        QVERIFY(m_store->addGroup(1, QStringLiteral("sales")));
        const QString before = TestFiles::dump(m_store->filePath());
        const GroupOutcome o = m_store->applyGroupOperation(
            1, {GroupOperation::Kind::Add, {1}, {GroupRef::byName(QStringLiteral("SALES"))}});
        QCOMPARE(o.error.rule, QStringLiteral("Ambiguous User Group"));
        QCOMPARE(o.error.details.first().location, QStringLiteral("group_id.0"));
        QCOMPARE(TestFiles::dump(m_store->filePath()), before);
        // By id it is unambiguous.
        QVERIFY(m_store
                    ->applyGroupOperation(
                        1, {GroupOperation::Kind::Add, {1}, {GroupRef::byId(m_sales)}})
                    .ok());
    }
};

QTEST_GUILESS_MAIN(SqliteApplyTest)
#include "test_sqlite_apply.moc"
