#include "ServerFixture.h"
#include "items/UsersTableModel.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The users table against a real metadesk-server: the first rows, the last row straight away,
// every column sortable (a meta column included) and the meta-value filters, each showing what
// the served file holds.
class RemoteUsersTableTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int kUsers = 1500;
    ServerFixture m_fixture;
    std::unique_ptr<RemoteStore> m_remote;
    std::unique_ptr<SqliteStore> m_file; // the served file, to compare with
    std::unique_ptr<UsersTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void load(const UserQuery &query)
    {
        m_model->setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    }

    // A cell once its page (and, for a meta column, its values) arrived: data() only asks.
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        const QModelIndex index = m_model->index(row, column);
        index.data(role);
        const bool arrived = QTest::qWaitFor(
            [&] {
                return m_model->userIdAt(row) != 0 &&
                       (column < UsersTableModel::ColumnCount || m_model->valuesLoadedAt(row));
            },
            10000);
        if (!arrived)
            qWarning("row %d never arrived", row);
        return index.data(role);
    }

    qint64 idAt(int row) const
    {
        return cell(row, UsersTableModel::IdColumn, UsersTableModel::RawValueRole).toLongLong();
    }

    int column(const QString &field) const
    {
        for (int i = 0; i < m_model->metaColumns().size(); ++i) {
            if (m_model->metaColumns().at(i).name == field)
                return UsersTableModel::ColumnCount + i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.setUp(kUsers), qPrintable(m_fixture.error()));
        StoreError error;
        m_file = SqliteStore::open(m_fixture.file(), &error);
        QVERIFY2(m_file, qPrintable(error.text()));
        QString problem;
        const auto key = ApiKeyRegistry(*m_file).add(1, {}, {}, &problem);
        QVERIFY2(key, qPrintable(problem));
        RemoteConnection connection;
        connection.baseUrl = QUrl(m_fixture.server().baseUrl());
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
        m_remote = std::make_unique<RemoteStore>(connection);
        m_model = std::make_unique<UsersTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setStore(m_remote.get(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
        QList<MetaField> shown;
        for (const MetaField &f : m_file->fields(1)) {
            if (f.name == QLatin1String("score") || f.name == QLatin1String("loyalty_tier"))
                shown << f;
        }
        QCOMPARE(shown.size(), 2);
        m_model->setMetaColumns(shown);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    }

    void shouldShowTheFirstAndTheLastRowStraightAway()
    {
        load({});
        QCOMPARE(m_model->rowCount(), kUsers);
        const QList<User> all = m_file->users(1, {}, 0, 5000);
        QCOMPARE(idAt(0), all.first().id);
        QCOMPARE(cell(0, UsersTableModel::EmailColumn).toString(), all.first().email);
        QCOMPARE(idAt(kUsers - 1), all.last().id);
        QCOMPARE(cell(kUsers - 1, UsersTableModel::LastNameColumn).toString(), all.last().lastName);
        QCOMPARE(idAt(kUsers / 2 + 3), all.at(kUsers / 2 + 3).id);
    }

    void shouldSortByAMetaColumnWithEmptyCellsLast()
    {
        load({});
        m_model->sort(column(QStringLiteral("score")), Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
        QCOMPARE(m_model->query().sort, UserQuery::Sort::Meta);
        QCOMPARE(m_model->rowCount(), kUsers);
        const int scoreColumn = column(QStringLiteral("score"));
        qint64 previous = -1;
        bool emptySeen = false;
        int holders = 0;
        for (int row = 0; row < kUsers; row += 3) {
            const QVariant score = cell(row, scoreColumn, UsersTableModel::RawValueRole);
            if (!score.isValid()) {
                emptySeen = true;
                continue;
            }
            QVERIFY2(!emptySeen, "a score after an empty cell");
            QVERIFY2(score.toLongLong() >= previous, qPrintable(QString::number(row)));
            previous = score.toLongLong();
            ++holders;
        }
        QVERIFY(emptySeen && holders > 10);
        // The last row is an empty cell, in either direction; descending puts the highest
        // score first.
        QVERIFY(!cell(kUsers - 1, scoreColumn, UsersTableModel::RawValueRole).isValid());
        m_model->sort(scoreColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
        const QVariant top = cell(0, scoreColumn, UsersTableModel::RawValueRole);
        QVERIFY(top.isValid());
        qint64 highest = -1;
        for (const QJsonObject &v : m_file->metaValues(1, {}, {QStringLiteral("score")}, 0, 5000))
            highest = qMax(highest, v.value(QStringLiteral("score")).toInteger());
        QCOMPARE(top.toLongLong(), highest);
        QCOMPARE(top.toLongLong(), m_file->metaValues(1, {idAt(0)}, {QStringLiteral("score")}, 0, 1)
                                       .value(idAt(0))
                                       .value(QStringLiteral("score"))
                                       .toInteger());
        QVERIFY(!cell(kUsers - 1, scoreColumn, UsersTableModel::RawValueRole).isValid());
        m_model->sort(UsersTableModel::EmailColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
        UserQuery byEmail;
        byEmail.sort = UserQuery::Sort::Email;
        byEmail.descending = true;
        const QList<User> expected = m_file->users(1, byEmail, 0, 5000);
        QCOMPARE(cell(0, UsersTableModel::EmailColumn).toString(), expected.first().email);
        QCOMPARE(cell(kUsers - 1, UsersTableModel::EmailColumn).toString(), expected.last().email);
        m_model->sort(UsersTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    }

    void shouldFilterByMetaValue()
    {
        const int tierColumn = column(QStringLiteral("loyalty_tier"));
        UserQuery query;
        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Equals,
                      QStringLiteral("gold")};
        load(query);
        const qint64 gold = m_file->countUsers(1, query);
        QVERIFY(gold > 0);
        QCOMPARE(m_model->rowCount(), int(gold));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(cell(row, tierColumn).toString(), QStringLiteral("gold"));

        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::Contains,
                      QStringLiteral("OL")};
        load(query);
        QCOMPARE(m_model->rowCount(), int(gold)); // only "gold" holds "ol"
        query.meta = {QStringLiteral("loyalty_tier"), MetaFilter::Match::IsMissing, QString()};
        load(query);
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(m_model->rowCount(), int(m_file->countUsers(1, query)));
        for (int row = 0; row < m_model->rowCount(); row += 11)
            QVERIFY(!cell(row, tierColumn, UsersTableModel::RawValueRole).isValid());

        // A value that does not fit the field: the server's reason, no rows.
        query.meta = {QStringLiteral("score"), MetaFilter::Match::Equals, QStringLiteral("lots")};
        QSignalSpy failed(m_model.get(), &UsersTableModel::loadFailed);
        m_model->setQuery(query);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("lots")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(m_model->rowCount(), 0);
        load({});
        QCOMPARE(m_model->rowCount(), kUsers);
    }
};

QTEST_GUILESS_MAIN(RemoteUsersTableTest)
#include "test_remote_users_table.moc"
