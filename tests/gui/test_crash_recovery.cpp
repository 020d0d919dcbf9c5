#include "BulkEditArea.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "items/BulkEditModel.h"
#include "items/PendingEdits.h"
#include "items/PendingEditsJournal.h"
#include "store/SqliteStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class CrashRecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Edits 20 cells in a window, waits until the journal holds them and returns a copy of the
    // journal as it was at that moment: what a crash right then would leave behind.
    QByteArray editAndCrash(const QString &file, QMap<PendingEdits::Key, PendingEdits::Entry> *made)
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(std::make_unique<ScriptedPrompter>());
        QString error;
        if (!openAndWait(*window, file, &error) || !waitUntilShown(*window))
            return {};
        BulkEditArea *area = window->bulkEditArea();
        QAbstractItemModelTester tester(area->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        area->chooseFields({QStringLiteral("score"), QStringLiteral("phone")});
        area->useMatchingUsers();
        if (!QTest::qWaitFor(
                [&] { return area->model()->rowCount() == 50 && area->model()->isLoaded(); }))
            return {};
        QList<BulkEditModel::CellValue> cells;
        for (int r = 0; r < 10; ++r) {
            cells.append({r, 0, QJsonValue(QString::number(90 + r))});
            cells.append(
                {r, 1,
                 QJsonValue(
                     r == 4 ? QStringLiteral("bad")
                            : QStringLiteral("+4917012345%1").arg(r, 2, 10, QLatin1Char('0')))});
        }
        area->model()->setCells(cells, QStringLiteral("edit"));
        *made = window->pendingEdits()->entries();
        const QString journal = PendingEditsJournal::pathFor(window->location());
        if (!QTest::qWaitFor([&] { return QFile::exists(journal); }))
            return {};
        QFile f(journal);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray atCrash = f.readAll();
        f.close();
        window.reset(); // no closeEvent, no question: gone like a crashed process
        QFile::remove(journal);
        QFile restored(journal);
        if (!restored.open(QIODevice::WriteOnly))
            return {};
        restored.write(atCrash);
        return atCrash;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldOfferPendingEditsBackAfterACrash()
    {
        const QString file = m_dir.filePath(QStringLiteral("crash.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 2));
        QMap<PendingEdits::Key, PendingEdits::Entry> made;
        QVERIFY(!editAndCrash(file, &made).isEmpty());
        QCOMPARE(made.size(), 20);

        MainWindow window;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        window.setPrompter(std::move(owned));
        prompter->confirmAnswer = true;
        QString error;
        QVERIFY(openAndWait(window, file, &error));
        QVERIFY(waitUntilShown(window));
        QCOMPARE(prompter->confirmations.size(), 1);
        const QString asked = prompter->confirmations.first();
        QVERIFY2(asked.contains(QLatin1String("20 edit")), qPrintable(asked));
        // The first few are listed by user and field, the rest counted.
        const PendingEdits::Key first = made.firstKey();
        QVERIFY2(
            asked.contains(QStringLiteral("• User %1, %2: ").arg(first.userId).arg(first.field)),
            qPrintable(asked));
        QCOMPARE(asked.count(QStringLiteral("• User ")), 5);
        QVERIFY2(asked.contains(QStringLiteral("… and 15 more.")), qPrintable(asked));
        // It is asked over the window the edits belong to.
        QVERIFY(window.isVisible());
        const auto restored = window.pendingEdits()->entries();
        QCOMPARE(restored.size(), made.size());
        for (auto it = made.constBegin(); it != made.constEnd(); ++it) {
            const PendingEdits::Entry *e = window.pendingEdits()->find(it.key());
            QVERIFY(e);
            QCOMPARE(e->value, it->value);
            QCOMPARE(e->previous, it->previous);
            QCOMPARE(e->problem, it->problem);
        }
        // Restoring was one undo step.
        QCOMPARE(window.undoStack()->count(), 1);
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(window.pendingEdits()->count(), 0);
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(window.pendingEdits()->count(), made.size());
        // Applied (after fixing the bad cell): the journal goes.
        window.pendingEdits()->remove({1, 5, QStringLiteral("phone")});
        QString message;
        QVERIFY2(window.applyPendingEdits(&message), qPrintable(message));
        QTRY_VERIFY(!QFile::exists(PendingEditsJournal::pathFor(window.location())));
    }

    void shouldForgetTheEditsWhenTheOfferIsDeclined()
    {
        const QString file = m_dir.filePath(QStringLiteral("declined.db"));
        QVERIFY(TestFiles::createDemo(file, 50, 3));
        QMap<PendingEdits::Key, PendingEdits::Entry> made;
        QVERIFY(!editAndCrash(file, &made).isEmpty());
        {
            MainWindow window;
            auto owned = std::make_unique<ScriptedPrompter>();
            owned->confirmAnswer = false;
            window.setPrompter(std::move(owned));
            QString error;
            QVERIFY(openAndWait(window, file, &error));
            QVERIFY(waitUntilShown(window));
            QCOMPARE(window.pendingEdits()->count(), 0);
            QVERIFY(!QFile::exists(PendingEditsJournal::pathFor(window.location())));
        }
        MainWindow again;
        auto owned = std::make_unique<ScriptedPrompter>();
        ScriptedPrompter *prompter = owned.get();
        again.setPrompter(std::move(owned));
        QString error;
        QVERIFY(openAndWait(again, file, &error));
        QVERIFY(waitUntilShown(again));
        QVERIFY(prompter->confirmations.isEmpty());
    }
};

QTEST_MAIN(CrashRecoveryTest)
#include "test_crash_recovery.moc"
