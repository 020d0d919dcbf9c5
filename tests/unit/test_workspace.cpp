#include "TestFiles.h"
#include "items/PendingEdits.h"
#include "items/PendingEditsJournal.h"
#include "store/SqlThreadGuard.h"
#include "store/SqliteStore.h"
#include "store/Store.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

namespace {
// What a workspace answered to one request, once it has.
struct Answer
{
    bool given = false;
    WorkspaceFailure failure;
};

std::shared_ptr<Answer> openIn(Workspace &workspace, const QString &path)
{
    auto answer = std::make_shared<Answer>();
    workspace.openFile(path, nullptr, [answer](const WorkspaceFailure &failure) {
        answer->given = true;
        answer->failure = failure;
    });
    return answer;
}

bool waitFor(const std::shared_ptr<Answer> &answer)
{
    return QTest::qWaitFor([&] { return answer->given; }, 60000);
}
} // namespace

// The Workspace without any window: what is open, its accounts, and that nothing pending is ever
// lost by opening something else.
class WorkspaceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_other;
    QString m_notOurs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<WorkspaceFailure>();
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        m_other = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(TestFiles::createDemo(m_demo, 120, 5));
        QVERIFY(TestFiles::createDemo(m_other, 40, 6));
        m_notOurs = m_dir.filePath(QStringLiteral("not-ours.db"));
        QFile f(m_notOurs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
    }

    void shouldOpenAFileOffTheCallingThreadAndChooseItsFirstAccount()
    {
        Workspace workspace;
        QSignalSpy opened(&workspace, &Workspace::opened);
        QSignalSpy accounts(&workspace, &Workspace::accountsChanged);
        QSignalSpy account(&workspace, &Workspace::accountChanged);
        SqlThreadGuard::reset();
        const auto answer = openIn(workspace, m_demo);
        // Nothing is open until the opener's thread answers.
        QVERIFY(!answer->given);
        QVERIFY(workspace.isOpening());
        QVERIFY(!workspace.store());
        QVERIFY(waitFor(answer));
        QVERIFY2(answer->failure.ok(), qPrintable(answer->failure.text));
        QCOMPARE(opened.size(), 1);
        QVERIFY(!workspace.isOpening());
        QCOMPARE(workspace.location(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(workspace.name(), QStringLiteral("demo.db"));
        QVERIFY(!workspace.store()->isRemote());

        QTRY_COMPARE(account.size(), 1);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(workspace.accounts().size(), 2);
        QCOMPARE(account.first().first().toLongLong(), workspace.accounts().first().id);
        QCOMPARE(workspace.accountId(), workspace.accounts().first().id);
        // The probe, the migration check and the accounts all ran elsewhere.
        QVERIFY2(SqlThreadGuard::mainThreadStatements() == 0,
                 SqlThreadGuard::lastMainThreadStatement().constData());
    }

    void shouldSwitchAccounts()
    {
        Workspace workspace;
        QSignalSpy account(&workspace, &Workspace::accountChanged);
        QSignalSpy fields(&workspace, &Workspace::fieldsChanged);
        QVERIFY(waitFor(openIn(workspace, m_demo)));
        QTRY_COMPARE(account.size(), 1);
        QTRY_COMPARE(fields.size(), 1);
        const Account second = workspace.accounts().at(1);
        workspace.chooseAccount(second.id);
        QCOMPARE(account.size(), 2);
        QCOMPARE(account.last().first().toLongLong(), second.id);
        QCOMPARE(workspace.accountId(), second.id);
        QCOMPARE(workspace.accountName(), second.name);
        // Each account has its own schema: the second account's arrives.
        StoreError error;
        auto check = SqliteStore::open(m_demo, &error);
        QVERIFY(check);
        const QList<MetaField> expected = check->fields(second.id);
        QVERIFY(!expected.isEmpty());
        QTRY_VERIFY(workspace.fields() == expected);
    }

    void shouldReportAFailedOpenAndKeepThePreviousFile()
    {
        Workspace workspace;
        QVERIFY(waitFor(openIn(workspace, m_demo)));
        QTRY_VERIFY(workspace.accountId() > 0);
        Store *before = workspace.store();
        QSignalSpy failed(&workspace, &Workspace::failed);
        QSignalSpy closed(&workspace, &Workspace::closed);
        QSignalSpy opened(&workspace, &Workspace::opened);

        const auto answer = openIn(workspace, m_notOurs);
        QVERIFY(waitFor(answer));
        QCOMPARE(answer->failure.kind, WorkspaceFailure::Kind::File);
        QCOMPARE(answer->failure.fileKind, StoreError::Kind::NotSqlite);
        QVERIFY2(answer->failure.text.contains(QFileInfo(m_notOurs).absoluteFilePath()) &&
                     answer->failure.text.contains(QLatin1String("not a MetaDesk database")),
                 qPrintable(answer->failure.text));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<WorkspaceFailure>().text, answer->failure.text);
        // The file that was open stays open, untouched, with the same account.
        QCOMPARE(closed.size(), 0);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(workspace.store(), before);
        QCOMPARE(workspace.location(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(workspace.accountId(), workspace.accounts().first().id);

        const auto missing = openIn(workspace, m_dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->failure.fileKind, StoreError::Kind::Missing);
        QCOMPARE(workspace.store(), before);
    }

    void shouldRefuseASecondOpenWhileOneIsRunning()
    {
        Workspace workspace;
        const auto first = openIn(workspace, m_demo);
        const auto second = openIn(workspace, m_other);
        QVERIFY(waitFor(first));
        QVERIFY(waitFor(second));
        QVERIFY(first->failure.ok());
        QCOMPARE(second->failure.kind, WorkspaceFailure::Kind::Busy);
        QCOMPARE(workspace.location(), QFileInfo(m_demo).absoluteFilePath());
    }

    void shouldKeepJournaledEditsThroughARefusedOpenAndOfferThemBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("journal.db"));
        QVERIFY(TestFiles::createDemo(file, 30, 8));
        const PendingEdits::Key key{1, 4, QStringLiteral("loyalty_tier")};
        // Every character comes back, a byte order mark that starts the value too.
        const QJsonValue value(QString(QChar(0xFEFF)) + QStringLiteral("gold"));
        {
            Workspace workspace;
            QVERIFY(waitFor(openIn(workspace, file)));
            QTRY_VERIFY(workspace.accountId() > 0);
            workspace.pendingEdits()->set(key, {value, QJsonValue(), {}});
            workspace.journal()->flush();
            const QString journal = PendingEditsJournal::pathFor(workspace.location());
            QVERIFY(QFile::exists(journal));

            const auto refused = openIn(workspace, m_other);
            QVERIFY(waitFor(refused));
            QCOMPARE(refused->failure.kind, WorkspaceFailure::Kind::EditsPending);
            QVERIFY2(refused->failure.text.contains(QLatin1String("1 edit")),
                     qPrintable(refused->failure.text));
            QCOMPARE(workspace.location(), QFileInfo(file).absoluteFilePath());
            QCOMPARE(workspace.pendingEdits()->count(), 1);
            QVERIFY(QFile::exists(journal));
            QCOMPARE(PendingEditsJournal::load(workspace.location()).size(), 1);
        } // gone without applying, like a crash

        Workspace again;
        QStringList asked;
        again.setRestoreQuestion([&asked](const auto &saved, const QString &where) {
            asked << QStringLiteral("%1 %2").arg(saved.size()).arg(where);
            return true;
        });
        QVERIFY(waitFor(openIn(again, file)));
        QCOMPARE(asked,
                 QStringList{QString(QStringLiteral("1 ") + QFileInfo(file).absoluteFilePath())});
        QCOMPARE(again.pendingEdits()->count(), 1);
        const PendingEdits::Entry *restored = again.pendingEdits()->find(key);
        QVERIFY(restored);
        QCOMPARE(restored->value, value);
        // Restoring is one undo step: undone, nothing is pending; redone, it is back.
        QCOMPARE(again.undoStack()->count(), 1);
        again.undoStack()->undo();
        QCOMPARE(again.pendingEdits()->count(), 0);
        again.undoStack()->redo();
        QCOMPARE(again.pendingEdits()->count(), 1);
        again.discardPendingEdits();
        QCOMPARE(again.pendingEdits()->count(), 0);
        QVERIFY(!again.undoStack()->canUndo());
    }

    void shouldApplyTheChosenAccountsEditsAndForgetWhatWasWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("apply.db"));
        QVERIFY(TestFiles::createDemo(file, 30, 9));
        Workspace workspace;
        QSignalSpy applied(&workspace, &Workspace::applied);
        QVERIFY(waitFor(openIn(workspace, file)));
        QTRY_VERIFY(workspace.accountId() > 0);
        QVERIFY(!workspace.startApply({})); // nothing pending: nothing to start
        const qint64 account = workspace.accountId();
        workspace.pendingEdits()->set({account, 2, QStringLiteral("score")},
                                      {QJsonValue(64), QJsonValue(), {}});
        QVERIFY(workspace.startApply({}));
        QVERIFY(workspace.isApplying());
        QVERIFY(!workspace.startApply({})); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
        QVERIFY(applied.first().at(2).toBool());
        QVERIFY(!workspace.isApplying());
        QCOMPARE(workspace.pendingEdits()->count(), 0);
        StoreError error;
        auto check = SqliteStore::open(file, &error);
        QVERIFY(check);
        QCOMPARE(check->metaValues(account, {2}, {QStringLiteral("score")}, 0, 1)
                     .value(2)
                     .value(QStringLiteral("score"))
                     .toInteger(),
                 64);
    }

    void shouldCreateAFileWithOneAccountAndRefuseAnExistingOne()
    {
        Workspace workspace;
        QSignalSpy accounts(&workspace, &Workspace::accountsChanged);
        const QString file = m_dir.filePath(QStringLiteral("made.db"));
        auto answer = std::make_shared<Answer>();
        workspace.createFile(file, QStringLiteral("Main"), nullptr,
                             [answer](const WorkspaceFailure &failure) {
                                 answer->given = true;
                                 answer->failure = failure;
                             });
        QVERIFY(waitFor(answer));
        QVERIFY2(answer->failure.ok(), qPrintable(answer->failure.text));
        QTRY_COMPARE(accounts.size(), 1);
        QCOMPARE(workspace.accounts().size(), 1);
        QCOMPARE(workspace.accountName(), QStringLiteral("Main"));

        auto again = std::make_shared<Answer>();
        workspace.createFile(file, QStringLiteral("Main"), nullptr,
                             [again](const WorkspaceFailure &failure) {
                                 again->given = true;
                                 again->failure = failure;
                             });
        QVERIFY(waitFor(again));
        QCOMPARE(again->failure.fileKind, StoreError::Kind::AlreadyExists);
        QCOMPARE(workspace.location(), QFileInfo(file).absoluteFilePath());
    }
};

QTEST_MAIN(WorkspaceTest)
#include "test_workspace.moc"
