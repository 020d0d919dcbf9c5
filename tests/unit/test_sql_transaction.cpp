#include "StoreSql.h"
#include "TestFiles.h"
#include "store/SqlTransaction.h"
#include "store/SqliteStatement.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

// SqlTransaction, the one guard every writer of a database file uses: what it began is undone
// unless committed, what it committed stays, and misuse is refused rather than half-done.
class SqlTransactionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    QString m_path;

    bool addAccount(const char *name)
    {
        SqliteStatement insert(m_store->handle(), "INSERT INTO accounts(name) VALUES(?1)");
        insert.bind(1, QString::fromLatin1(name));
        return insert.exec();
    }

    // What another connection (another process, say) reads from the file.
    QString fileAsSeenElsewhere() const { return TestFiles::dump(m_path); }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_path = m_dir.filePath(QStringLiteral("tx.db"));
        QFile::remove(m_path);
        StoreError error;
        m_store = SqliteStore::create(m_path, &error);
        QVERIFY2(m_store, qPrintable(error.text()));
        QVERIFY(addAccount("Before"));
        // Copies the new file's header out of the WAL, so that other connections accept it.
        QVERIFY(m_store->checkpoint());
        QVERIFY2(fileAsSeenElsewhere().contains(QLatin1String("Before")),
                 qPrintable(fileAsSeenElsewhere()));
    }

    void shouldLeaveTheFileUnchangedWhenLeftUncommitted()
    {
        const QString before = fileAsSeenElsewhere();
        {
            SqlTransaction transaction(m_store->connection());
            QVERIFY2(transaction.isActive(), qPrintable(transaction.errorText()));
            QVERIFY(addAccount("Dropped"));
            // Inside, the write is visible on this connection only.
            QCOMPARE(StoreSql::scalar(*m_store, QStringLiteral("SELECT count(*) FROM accounts"))
                         .toLongLong(),
                     2);
        } // no commit(): rolled back here
        QCOMPARE(StoreSql::scalar(*m_store, QStringLiteral("SELECT count(*) FROM accounts"))
                     .toLongLong(),
                 1);
        QCOMPARE(fileAsSeenElsewhere(), before);
        // The connection is out of the transaction: a new one can begin.
        SqlTransaction next(m_store->connection());
        QVERIFY(next.isActive());
    }

    void shouldKeepWhatWasCommitted()
    {
        {
            SqlTransaction transaction(m_store->connection(), SqlTransaction::Mode::Deferred);
            QVERIFY(transaction.isActive());
            QVERIFY(addAccount("Kept"));
            QVERIFY2(transaction.commit(), qPrintable(transaction.errorText()));
            QVERIFY(!transaction.isActive());
        } // the destructor must not undo a commit
        QVERIFY2(fileAsSeenElsewhere().contains(QLatin1String("Kept")),
                 qPrintable(fileAsSeenElsewhere()));
    }

    void shouldRefuseANestedTransactionAndKeepTheOuterOne()
    {
        SqlTransaction outer(m_store->connection());
        QVERIFY(outer.isActive());
        QVERIFY(addAccount("Outer"));
        {
            SqlTransaction inner(m_store->connection());
            QVERIFY(!inner.isActive());
            QCOMPARE(inner.failure(), SqlTransaction::Failure::Nested);
            QVERIFY(!inner.errorText().isEmpty());
            QVERIFY(!inner.commit());
        } // a refused transaction rolls back nothing of the outer one
        QVERIFY(outer.isActive());
        QVERIFY2(outer.commit(), qPrintable(outer.errorText()));
        QVERIFY(fileAsSeenElsewhere().contains(QLatin1String("Outer")));
    }

    void shouldRefuseToCommitTwice()
    {
        SqlTransaction transaction(m_store->connection());
        QVERIFY(addAccount("Once"));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.commit());
        QCOMPARE(transaction.failure(), SqlTransaction::Failure::NotActive);
        QVERIFY(fileAsSeenElsewhere().contains(QLatin1String("Once")));
    }

    void shouldSayBusyWhenAnotherWriterHoldsTheFile()
    {
        StoreError error;
        auto other = SqliteStore::open(m_path, &error);
        QVERIFY2(other, qPrintable(error.text()));
        SqlTransaction holding(other->connection());
        QVERIFY(holding.isActive());
        m_store->setBusyTimeout(50);
        SqlTransaction waiting(m_store->connection(), SqlTransaction::Mode::Immediate);
        QVERIFY(!waiting.isActive());
        QVERIFY(waiting.isBusy());
        QCOMPARE(waiting.failure(), SqlTransaction::Failure::Busy);
    }
};

QTEST_GUILESS_MAIN(SqlTransactionTest)
#include "test_sql_transaction.moc"
