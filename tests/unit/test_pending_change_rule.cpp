#include "StoreFixture.h"
#include "exchange/EditImport.h"
#include "items/BulkEditModel.h"
#include "items/PendingChangeRule.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "payload/PayloadPlanner.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// One rule makes a pending change: the users table, the grid, Set Selected Cells and import give
// the same pending value for the same entry, and leave a cell that would not change alone.
class PendingChangeRuleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreFixture> m_fixture;
    QList<MetaField> m_fields;
    MetaField m_score;
    qint64 m_user = 0;      // a user that holds a score
    QJsonValue m_stored;    // that score
    qint64 m_emptyUser = 0; // a user without a score

    enum Way
    {
        UsersTable,
        Grid,
        SetSelectedCells,
        Import
    };

    // The pending entry (if any) that entering `text` for `user`'s score makes, one way.
    std::optional<PendingEdits::Entry> enter(Way way, qint64 user, const QString &text)
    {
        PendingEdits pending;
        const PendingEdits::Key key{1, user, m_score.name};
        switch (way) {
        case UsersTable: {
            UsersTableModel model;
            QAbstractItemModelTester tester(&model);
            model.setStore(m_fixture->store(), 1);
            model.setMetaColumns({m_score});
            model.setPendingEdits(&pending, nullptr);
            const int row = int(user - 1); // demo ids are 1..n, in id order
            // A file answers on its worker thread: wait for the row and its stored values.
            [&] { QTRY_COMPARE(model.userIdAt(row), user); }();
            [&] { QTRY_VERIFY(model.valuesLoadedAt(row)); }();
            [&] { QTRY_COMPARE(model.storedValue(row, m_score.name), storedOf(user)); }();
            model.setData(model.index(row, UsersTableModel::ColumnCount), text);
            break;
        }
        case Grid:
        case SetSelectedCells: {
            BulkEditModel model;
            QAbstractItemModelTester tester(&model);
            model.setStore(m_fixture->store(), 1);
            model.setPendingEdits(&pending, nullptr);
            User u;
            u.id = user;
            model.setContents({u}, {m_score});
            [&] { QTRY_VERIFY(model.isLoaded()); }();
            if (way == Grid)
                model.setData(model.index(0, 0), text);
            else
                model.setText({model.index(0, 0)}, text);
            break;
        }
        case Import: {
            // What EditExchange does with a file: read it, then make the good rows pending.
            const ImportResult result = EditImport::read(
                QStringLiteral("user_id,field,value\n%1,score,%2\n").arg(user).arg(text), m_fields,
                {user});
            for (const MetaEdit &e : result.goodEdits()) {
                const auto change = PendingChangeRule::change(pending, {1, e.userId, e.field},
                                                              {e.value, {}}, storedOf(e.userId));
                if (change && change->after)
                    pending.set(change->key, *change->after);
            }
            break;
        }
        }
        const PendingEdits::Entry *entry = pending.find(key);
        return entry ? std::optional<PendingEdits::Entry>(*entry) : std::nullopt;
    }

    QString importProblem(qint64 user, const QString &text) const
    {
        return EditImport::read(
                   QStringLiteral("user_id,field,value\n%1,score,%2\n").arg(user).arg(text),
                   m_fields, {user})
            .rows.value(0)
            .problem;
    }

    QJsonValue storedOf(qint64 user) const
    {
        StoreError error;
        const auto truth = SqliteStore::open(m_fixture->filePath(), &error);
        return truth->metaValues(1, {user}, {}, 0, 1).value(user).value(m_score.name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = makeLocalStoreFixture(m_dir.path(), 40, 11);
        QVERIFY(m_fixture);
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { m_fixture->store()->fetchFields(1, c, done); });
        QVERIFY(fields.ok());
        m_fields = fields.value;
        for (const MetaField &f : m_fields) {
            if (f.name == QLatin1String("score"))
                m_score = f;
        }
        QCOMPARE(m_score.type, MetaType::Integer);
        for (qint64 id = 1; id <= 40 && (!m_user || !m_emptyUser); ++id) {
            const QJsonValue v = storedOf(id);
            if (v.isUndefined() && !m_emptyUser)
                m_emptyUser = id;
            if (!v.isUndefined() && !m_user && v.toInteger() != 42)
                m_user = id;
        }
        QVERIFY(m_user && m_emptyUser);
        m_stored = storedOf(m_user);
    }

    void shouldMakeTheSamePendingValueEveryWay_data()
    {
        QTest::addColumn<bool>("emptyCell");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("pendingExpected");
        QTest::newRow("integer text") << false << QStringLiteral("42") << true;
        QTest::newRow("integer text, padded") << false << QStringLiteral(" 42 ") << true;
        QTest::newRow("the stored value") << false << QString() << false;
        QTest::newRow("clear") << false << QStringLiteral("") << true;
        QTest::newRow("clear an empty cell") << true << QStringLiteral("") << false;
        QTest::newRow("not an integer") << false << QStringLiteral("lots") << true;
    }
    void shouldMakeTheSamePendingValueEveryWay()
    {
        QFETCH(bool, emptyCell);
        QFETCH(QString, text);
        QFETCH(bool, pendingExpected);
        const qint64 user = emptyCell ? m_emptyUser : m_user;
        if (!emptyCell && text.isNull())
            text = QString::number(m_stored.toInteger()); // as the cell shows it
        const std::optional<PendingEdits::Entry> first = enter(UsersTable, user, text);
        QCOMPARE(first.has_value(), pendingExpected);
        for (const Way way : {Grid, SetSelectedCells, Import}) {
            const std::optional<PendingEdits::Entry> other = enter(way, user, text);
            if (way == Import && first && !first->problem.isEmpty()) {
                // A file's bad value is refused at the import, for the same reason.
                QVERIFY(!other);
                QCOMPARE(importProblem(user, text), first->problem);
                continue;
            }
            QCOMPARE(other.has_value(), first.has_value());
            if (!first)
                continue;
            QCOMPARE(other->value.type(), first->value.type());
            QCOMPARE(other->value, first->value);
            QCOMPARE(other->previous, first->previous);
            QCOMPARE(other->problem, first->problem);
        }
        if (text == QLatin1String("42")) {
            QVERIFY(first->value.isDouble());
            QCOMPARE(first->value.toInteger(), 42);
            QVERIFY(first->problem.isEmpty());
        }
    }

    void shouldSendAnIntegerAsAJsonNumber()
    {
        PendingEdits pending;
        UsersTableModel model;
        model.setStore(m_fixture->store(), 1);
        model.setMetaColumns({m_score});
        model.setPendingEdits(&pending, nullptr);
        const int row = int(m_user - 1);
        QTRY_COMPARE(model.userIdAt(row), m_user);
        QTRY_VERIFY(model.valuesLoadedAt(row));
        QVERIFY(
            model.setData(model.index(row, UsersTableModel::ColumnCount), QStringLiteral("42")));
        EditSet set;
        set.metaEdits = pending.edits(1);
        QCOMPARE(set.metaEdits.size(), 1);
        PlanOptions options;
        options.compile.format = PayloadFormat::Fields;
        options.compile.encoding = PayloadEncoding::Json;
        options.schema = m_fields;
        const PayloadPlan plan = PayloadPlanner::plan(set, options);
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests.first().body,
                 QByteArray("{\"fields\":[{\"user_id\":") + QByteArray::number(m_user) +
                     QByteArray(",\"field\":\"score\",\"value\":42}]}"));
    }

    // A cell's tooltip says what happened to it: its value is not valid, the receiver refused
    // it, or the server could not be reached; and a file is written, not sent to.
    void shouldSayWhyACellIsStillPending()
    {
        PendingEdits pending;
        const PendingEdits::Key bad{1, m_user, m_score.name};
        const PendingEdits::Key good{1, m_emptyUser, m_score.name};
        const EnteredValue lots = PendingChangeRule::enter(m_score, QStringLiteral("lots"));
        QVERIFY(!lots.problem.isEmpty());
        pending.set(bad, {lots.value, m_stored, lots.problem});
        pending.set(good, {QJsonValue(7), QJsonValue(QJsonValue::Undefined), {}});
        const QString notValid = PendingEdits::describe(*pending.find(bad), m_stored, true);
        QVERIFY2(notValid.contains(QLatin1String("\nNot valid: ") + lots.problem),
                 qPrintable(notValid));
        QVERIFY(!notValid.contains(QLatin1String("refused")));

        // The server could not be reached: the good edit was not sent, and says so.
        ApplyReport unreachable;
        unreachable.error = ClientError::make(ClientError::Kind::Network, QStringLiteral("gone"));
        unreachable.notLanded = {{{m_user, m_score.name, lots.value, 0}, lots.problem, true},
                                 {{m_emptyUser, m_score.name, QJsonValue(7), 1}, {}, false}};
        pending.takeReport(1, unreachable);
        QCOMPARE(
            PendingEdits::describe(*pending.find(good), QJsonValue(QJsonValue::Undefined), true),
            QStringLiteral("Pending. Was: (no value)\nNot sent: the server could not be "
                           "reached."));
        QVERIFY(pending.find(good)->problem.isEmpty()); // not red: nothing is wrong with it
        QVERIFY(PendingEdits::describe(*pending.find(bad), m_stored, true)
                    .contains(QLatin1String("\nNot valid: ")));

        // The receiver refused a value its check let through.
        ApplyReport refused;
        refused.notLanded = {{{m_emptyUser, m_score.name, QJsonValue(7), 0},
                              QStringLiteral("score: too high"),
                              true}};
        pending.takeReport(1, refused);
        QCOMPARE(
            PendingEdits::describe(*pending.find(good), QJsonValue(QJsonValue::Undefined), true),
            QStringLiteral("Pending. Was: (no value)\nThe server refused: score: too high"));
        QCOMPARE(
            PendingEdits::describe(*pending.find(good), QJsonValue(QJsonValue::Undefined), false),
            QStringLiteral("Pending. Was: (no value)\nNot written: score: too high"));
    }
};

QTEST_GUILESS_MAIN(PendingChangeRuleTest)
#include "test_pending_change_rule.moc"
