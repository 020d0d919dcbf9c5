#include "TestFiles.h"
#include "items/UsersTableModel.h"
#include "store/LocalStore.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class UsersTableModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_local;
    SqliteStore *m_store = nullptr;
    std::unique_ptr<UsersTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Every page is answered later from a store thread: wait for the first one.
    void load(const UserQuery &query)
    {
        m_model->setQuery(query);
        QTRY_VERIFY(m_model->isLoaded());
    }

    void useAccount(qint64 accountId)
    {
        m_model->setAccount(accountId);
        QTRY_VERIFY(m_model->isLoaded());
    }

    // A cell once its page (and, for a meta column, its values) arrived: data() only asks.
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        const QModelIndex index = m_model->index(row, column);
        index.data(role);
        const int meta = column - UsersTableModel::ColumnCount;
        const bool arrived = QTest::qWaitFor(
            [&] {
                if (m_model->userIdAt(row) == 0)
                    return false;
                return meta < 0 || !m_model->storedValue(row, m_model->metaColumns().at(meta).name)
                                        .isUndefined();
            },
            10000);
        if (!arrived)
            qWarning("row %d never arrived", row);
        return index.data(role);
    }

    QList<qint64> idsOfRows(int first, int last) const
    {
        QList<qint64> ids;
        for (int row = first; row <= last; ++row)
            ids << cell(row, UsersTableModel::IdColumn, UsersTableModel::RawValueRole).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto sqlite = TestFiles::createDemo(m_dir.filePath(QStringLiteral("model.db")), 2000, 11);
        QVERIFY(sqlite);
        m_local = std::make_unique<LocalStore>(std::move(sqlite));
        m_store = &m_local->sqlite();
        m_model = std::make_unique<UsersTableModel>();
        m_model->setStore(m_local.get(), 0);
        QTRY_VERIFY(m_model->isLoaded());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void shouldShowEveryUserOfTheAccountInIdOrder()
    {
        useAccount(1);
        QCOMPARE(m_model->rowCount(), 2000);
        QCOMPARE(m_model->columnCount(), int(UsersTableModel::ColumnCount));
        QCOMPARE(idsOfRows(0, 2), (QList<qint64>{1, 2, 3}));
        // Crossing page boundaries keeps the order without gaps.
        const QList<qint64> around =
            idsOfRows(UsersTableModel::kPageSize - 2, UsersTableModel::kPageSize + 1);
        QCOMPARE(around, (QList<qint64>{255, 256, 257, 258}));
        const User expected = m_store->users(1, {}, 1233, 1).first();
        QCOMPARE(cell(1233, UsersTableModel::EmailColumn).toString(), expected.email);
        QCOMPARE(cell(1233, UsersTableModel::FirstNameColumn).toString(), expected.firstName);
    }

    void shouldJumpStraightToTheLastRow()
    {
        useAccount(2);
        const qint64 count = m_store->countUsers(2, {});
        QCOMPARE(m_model->rowCount(), int(count));
        const qint64 lastId =
            cell(int(count) - 1, UsersTableModel::IdColumn, UsersTableModel::RawValueRole)
                .toLongLong();
        const QList<User> all = m_store->users(2, {}, 0, 5000);
        QCOMPARE(lastId, all.last().id);
        // And back to the middle, which is then found from the nearest known page.
        const int middle = int(count) / 2;
        QCOMPARE(
            cell(middle, UsersTableModel::IdColumn, UsersTableModel::RawValueRole).toLongLong(),
            all.at(middle).id);
    }

    void shouldShowGroupNames()
    {
        useAccount(1);
        const QList<UserGroup> groups = m_store->groups(1);
        for (int row = 0; row < 50; ++row) {
            const User u = m_store->users(1, {}, row, 1).first();
            QStringList names;
            for (qint64 g : u.groups)
                for (const UserGroup &group : groups)
                    if (group.id == g)
                        names << group.name;
            QCOMPARE(cell(row, UsersTableModel::GroupsColumn).toString(),
                     names.join(QStringLiteral(", ")));
        }
    }

    void shouldFilterBySearchAndGroup()
    {
        useAccount(1);
        const User someone = m_store->users(1, {}, 99, 1).first();
        load(UserQuery::matching(someone.email));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, UsersTableModel::IdColumn).toString(), QString::number(someone.id));

        load(UserQuery::matching(someone.lastName.toUpper()));
        QVERIFY(m_model->rowCount() >= 1);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString text =
                cell(row, UsersTableModel::FirstNameColumn).toString() + QLatin1Char(' ') +
                cell(row, UsersTableModel::LastNameColumn).toString() + QLatin1Char(' ') +
                cell(row, UsersTableModel::EmailColumn).toString();
            QVERIFY2(text.contains(someone.lastName, Qt::CaseInsensitive) ||
                         !m_store->users(1, UserQuery::matching(someone.lastName), 0, 1).isEmpty(),
                     qPrintable(text));
        }

        const UserGroup group = m_store->groups(1).first();
        load(UserQuery::inGroup(group.id));
        QCOMPARE(m_model->rowCount(), int(group.members));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(cell(row, UsersTableModel::GroupsColumn).toString().contains(group.name));

        load(UserQuery::matching(QStringLiteral("%_no-such-person_%")));
        QCOMPARE(m_model->rowCount(), 0);
        load({});
        QCOMPARE(m_model->rowCount(), 2000);
    }

    void shouldFilterByAMetaFieldsValue()
    {
        useAccount(1);
        UserQuery query;
        query.meta = {QStringLiteral("score"), MetaFilter::Match::Equals, QStringLiteral("42")};
        load(query);
        QVERIFY(m_model->rowCount() > 0);
        const QList<User> users = m_store->users(1, query, 0, 5000);
        QCOMPARE(m_model->rowCount(), int(users.size()));
        for (const User &u : users)
            QCOMPARE(m_store->metaValues(1, {u.id}, {QStringLiteral("score")}, 0, 1)
                         .value(u.id)
                         .value(QStringLiteral("score"))
                         .toInteger(),
                     42);

        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Contains,
                      QStringLiteral("old")};
        load(query);
        const int gold = m_model->rowCount();
        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Equals,
                      QStringLiteral("gold")};
        load(query);
        QCOMPARE(m_model->rowCount(), gold);

        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::IsMissing, QString()};
        load(query);
        const int missing = m_model->rowCount();
        UserQuery any;
        any.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Contains, QString()};
        QCOMPARE(missing + int(m_store->countUsers(1, any)), 2000);

        query.meta = {QStringLiteral("score"), MetaFilter::Match::Equals, QStringLiteral("lots")};
        QSignalSpy failed(m_model.get(), &UsersTableModel::loadFailed);
        m_model->setQuery(query);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(
            failed.first().first().toString().contains(QLatin1String("'lots' is not an integer")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(m_model->rowCount(), 0);
        load({});
    }

    void shouldSortByAnyColumnInBothDirections()
    {
        useAccount(1);
        m_model->sort(UsersTableModel::LastNameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 2000);
        QString previous;
        for (int row = 0; row < 2000; row += 7) {
            const QString name = cell(row, UsersTableModel::LastNameColumn).toString();
            QVERIFY2(previous.isEmpty() || QString::compare(previous, name) <= 0,
                     qPrintable(previous + QStringLiteral(" > ") + name));
            previous = name;
        }
        m_model->sort(UsersTableModel::IdColumn, Qt::DescendingOrder);
        QTRY_VERIFY(m_model->isLoaded());
        QCOMPARE(cell(0, UsersTableModel::IdColumn).toString(), QStringLiteral("2000"));
        QCOMPARE(cell(1999, UsersTableModel::IdColumn).toString(), QStringLiteral("1"));
        m_model->setMetaColumns({m_store->fields(1).at(1)}); // score
        m_model->sort(UsersTableModel::ColumnCount, Qt::DescendingOrder);
        QTRY_VERIFY(m_model->isLoaded());
        const qint64 top =
            cell(0, UsersTableModel::ColumnCount, UsersTableModel::RawValueRole).toLongLong();
        QCOMPARE(top, 100);
        m_model->setMetaColumns({});
        load({});
    }
};

QTEST_GUILESS_MAIN(UsersTableModelTest)
#include "test_users_table_model.moc"
