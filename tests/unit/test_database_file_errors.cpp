#include "TestFiles.h"
#include "store/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Every bad file is refused with an error naming the file and the problem, and is left exactly
// as it was: same bytes, no journal files next to it.
class DatabaseFileErrorsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QString makeDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto store = TestFiles::createDemo(path, 200);
        return store ? path : QString();
    }

    void verifyRefused(const QString &path, StoreError::Kind kind, const QString &words)
    {
        const QByteArray before = TestFiles::fingerprint(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        StoreError error;
        QVERIFY(!SqliteStore::open(path, &error));
        QCOMPARE(int(error.kind), int(kind));
        QVERIFY2(error.text().contains(QFileInfo(path).absoluteFilePath()),
                 qPrintable(error.text()));
        QVERIFY2(error.text().contains(words), qPrintable(error.text()));
        QCOMPARE(TestFiles::fingerprint(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

private Q_SLOTS:
    void shouldRefuseGarbage()
    {
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919) % 251));
        verifyRefused(writeFile(QStringLiteral("garbage.db"), garbage), StoreError::Kind::NotSqlite,
                      QStringLiteral("not an SQLite database"));
    }

    void shouldRefuseAnEmptyFile()
    {
        verifyRefused(writeFile(QStringLiteral("empty.db"), {}), StoreError::Kind::NotSqlite,
                      QStringLiteral("not a MetaDesk database"));
    }

    void shouldRefuseATextFile()
    {
        verifyRefused(writeFile(QStringLiteral("notes.txt"), "user_id,field,value\n1,a,b\n"),
                      StoreError::Kind::NotSqlite, QStringLiteral("not a MetaDesk database"));
    }

    void shouldRefuseATruncatedFile()
    {
        const QString source = makeDemo(QStringLiteral("whole.db"));
        QVERIFY(!source.isEmpty());
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString path =
            writeFile(QStringLiteral("truncated.db"), bytes.left(bytes.size() / 2));
        verifyRefused(path, StoreError::Kind::Corrupt, QStringLiteral("truncated"));
    }

    void shouldRefuseACorruptPageInASmallFile()
    {
        const QString source = makeDemo(QStringLiteral("tocorrupt.db"));
        QVERIFY(!source.isEmpty());
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        // Scribble over the middle pages, keep the header: only a structural check finds it.
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 8192; ++i)
            bytes[i] = char(0x5A);
        verifyRefused(writeFile(QStringLiteral("corrupt.db"), bytes), StoreError::Kind::Corrupt,
                      QStringLiteral("corrupt"));
    }

    void shouldRefuseAnotherProgramsSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        verifyRefused(path, StoreError::Kind::NotMetaDesk,
                      QStringLiteral("not a MetaDesk database"));
    }

    void shouldRefuseAFileFromANewerVersion()
    {
        const QString path = makeDemo(QStringLiteral("newer.db"));
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        verifyRefused(path, StoreError::Kind::NewerVersion, QStringLiteral("newer MetaDesk"));
    }

    void shouldRefuseAReadOnlyFile()
    {
        const QString path = makeDemo(QStringLiteral("readonly.db"));
        QVERIFY(!path.isEmpty());
        {
            // Checkpoint and leave WAL mode so the file stands alone.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ro"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        verifyRefused(path, StoreError::Kind::ReadOnly, QStringLiteral("read-only"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void shouldRefuseAMissingFile()
    {
        StoreError error;
        const QString path = m_dir.filePath(QStringLiteral("nowhere.db"));
        QVERIFY(!SqliteStore::open(path, &error));
        QCOMPARE(int(error.kind), int(StoreError::Kind::Missing));
        QVERIFY(error.text().contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(DatabaseFileErrorsTest)
#include "test_database_file_errors.moc"
