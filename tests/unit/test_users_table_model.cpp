#include "TestFiles.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class UsersTableModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<UsersTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QList<qint64> idsOfRows(int first, int last) const
    {
        QList<qint64> ids;
        for (int row = first; row <= last; ++row)
            ids << m_model->index(row, UsersTableModel::IdColumn).data(UsersTableModel::RawValueRole).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("model.db")), 2000, 11);
        QVERIFY(m_store);
        m_model = std::make_unique<UsersTableModel>(m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void shouldShowEveryUserOfTheAccountInIdOrder()
    {
        m_model->setAccount(1);
        QCOMPARE(m_model->rowCount(), 2000);
        QCOMPARE(m_model->columnCount(), int(UsersTableModel::ColumnCount));
        QCOMPARE(idsOfRows(0, 2), (QList<qint64>{1, 2, 3}));
        // Crossing page boundaries keeps the order without gaps.
        const QList<qint64> around = idsOfRows(UsersTableModel::kPageSize - 2, UsersTableModel::kPageSize + 1);
        QCOMPARE(around, (QList<qint64>{255, 256, 257, 258}));
        const User expected = m_store->users(1, {}, 1233, 1).first();
        QCOMPARE(m_model->index(1233, UsersTableModel::EmailColumn).data().toString(), expected.email);
        QCOMPARE(m_model->index(1233, UsersTableModel::FirstNameColumn).data().toString(), expected.firstName);
    }

    void shouldJumpStraightToTheLastRow()
    {
        m_model->setAccount(2);
        const qint64 count = m_store->countUsers(2, {});
        QCOMPARE(m_model->rowCount(), int(count));
        const qint64 lastId = m_model->index(int(count) - 1, UsersTableModel::IdColumn).data(UsersTableModel::RawValueRole).toLongLong();
        const QList<User> all = m_store->users(2, {}, 0, 5000);
        QCOMPARE(lastId, all.last().id);
        // And back to the middle, which is then found from the nearest known page.
        const int middle = int(count) / 2;
        QCOMPARE(m_model->index(middle, UsersTableModel::IdColumn).data(UsersTableModel::RawValueRole).toLongLong(), all.at(middle).id);
    }

    void shouldShowGroupNames()
    {
        m_model->setAccount(1);
        const QList<UserGroup> groups = m_store->groups(1);
        for (int row = 0; row < 50; ++row) {
            const User u = m_store->users(1, {}, row, 1).first();
            QStringList names;
            for (qint64 g : u.groups)
                for (const UserGroup &group : groups)
                    if (group.id == g)
                        names << group.name;
            QCOMPARE(m_model->index(row, UsersTableModel::GroupsColumn).data().toString(), names.join(QStringLiteral(", ")));
        }
    }

    void shouldFilterBySearchAndGroup()
    {
        m_model->setAccount(1);
        const User someone = m_store->users(1, {}, 99, 1).first();
        m_model->setQuery({someone.email, 0});
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, UsersTableModel::IdColumn).data().toString(), QString::number(someone.id));

        m_model->setQuery({someone.lastName.toUpper(), 0});
        QVERIFY(m_model->rowCount() >= 1);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString text = m_model->index(row, UsersTableModel::FirstNameColumn).data().toString() + QLatin1Char(' ') +
                                 m_model->index(row, UsersTableModel::LastNameColumn).data().toString() + QLatin1Char(' ') +
                                 m_model->index(row, UsersTableModel::EmailColumn).data().toString();
            QVERIFY2(text.contains(someone.lastName, Qt::CaseInsensitive) || !m_store->users(1, {someone.lastName, 0}, 0, 1).isEmpty(), qPrintable(text));
        }

        const UserGroup group = m_store->groups(1).first();
        m_model->setQuery({QString(), group.id});
        QCOMPARE(m_model->rowCount(), int(group.members));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->index(row, UsersTableModel::GroupsColumn).data().toString().contains(group.name));

        m_model->setQuery({QStringLiteral("%_no-such-person_%"), 0});
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setQuery({});
        QCOMPARE(m_model->rowCount(), 2000);
    }
};

QTEST_GUILESS_MAIN(UsersTableModelTest)
#include "test_users_table_model.moc"
