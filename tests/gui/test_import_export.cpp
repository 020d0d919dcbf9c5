#include "AppTranslator.h"
#include "EditExchange.h"
#include "ImportPreviewDialog.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "TestFiles.h"
#include "WindowReady.h"
#include "exchange/DelimitedText.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/SqliteStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class ImportExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    // Gives the window a scripted prompter, opens `file` and waits until its table shows.
    static bool open(MainWindow &window, const QString &file, ScriptedPrompter **prompter)
    {
        auto owned = std::make_unique<ScriptedPrompter>();
        *prompter = owned.get();
        window.setPrompter(std::move(owned));
        QString error;
        return openAndWait(window, file, &error) && waitUntilShown(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        m_file = m_dir.filePath(QStringLiteral("exchange.db"));
        QVERIFY(TestFiles::createDemo(m_file, 100, 8));
    }

    void shouldPreviewEveryBadRowAndMakeOnlyGoodRowsPending()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, m_file, &prompter));
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("column_score")));
        prompter->fileAnswer = write("long.csv", "user_id,field,value\n"
                                                 "1,score,77\n"
                                                 "2,loyalty_tier,\"gold\"\n"
                                                 "999999,score,5\n"
                                                 "3,favourite_colour,red\n"
                                                 "4,score,abc\n"
                                                 "5,phone,\"+491701234567\"\n"
                                                 "6,score\n");
        QStringList seenProblems;
        prompter->onDialog = [&seenProblems](QDialog *dialog) {
            auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
            if (!preview)
                return int(QDialog::Rejected);
            QTableWidget *table = preview->problems();
            for (int r = 0; r < table->rowCount(); ++r)
                seenProblems << table->item(r, 0)->text() + QLatin1Char(':') +
                                    table->item(r, 4)->text();
            return int(QDialog::Accepted);
        };
        QSignalSpy finished(window.editExchange(), &EditExchange::importFinished);
        window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(seenProblems.size(), 4);
        QVERIFY2(seenProblems.at(0).startsWith(QLatin1String("4:Unknown user 999999")),
                 qPrintable(seenProblems.join(QLatin1Char('|'))));
        QVERIFY(seenProblems.at(1).startsWith(QLatin1String("5:Unknown meta field")));
        QVERIFY(seenProblems.at(2).startsWith(QLatin1String("6:")));
        QVERIFY(seenProblems.at(3).startsWith(QLatin1String("8:Expected 3 columns")));
        // Only the good rows are pending, as one undo step.
        PendingEdits *pending = window.pendingEdits();
        QCOMPARE(pending->count(), 3);
        QCOMPARE(pending->find({1, 1, QStringLiteral("score")})->value.toInteger(), 77);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(pending->count(), 0);
    }

    void shouldImportTheWideForm()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, m_file, &prompter));
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("column_score")));
        int bad = -1;
        prompter->onDialog = [&bad](QDialog *dialog) {
            bad = qobject_cast<ImportPreviewDialog *>(dialog)->problems()->rowCount();
            return int(QDialog::Accepted);
        };
        QSignalSpy finished(window.editExchange(), &EditExchange::importFinished);
        window.editExchange()->importFile(write("wide.tsv", "user_id\tscore\tnewsletter\n"
                                                            "1\t10\ttrue\n"
                                                            "2\t\tfalse\n"
                                                            "3\t101\t\n"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(bad, 1); // 101 is above the maximum
        QVERIFY(window.pendingEdits()->count() <= 3);
        QVERIFY(window.pendingEdits()->find({1, 1, QStringLiteral("score")}));
        QVERIFY(!window.pendingEdits()->find({1, 3, QStringLiteral("score")}));
    }

    void shouldSayWhenAnImportChangesNothing()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, m_file, &prompter));
        // Two users that hold a score, imported with the scores they hold.
        StoreError storeError;
        QList<qint64> ids;
        for (qint64 id = 1; id <= 100; ++id)
            ids << id;
        const auto stored = SqliteStore::open(m_file, &storeError)
                                ->metaValues(1, ids, {QStringLiteral("score")}, 0, 100);
        QString text = QStringLiteral("user_id,score\n");
        int rows = 0;
        for (qint64 id : std::as_const(ids)) {
            if (rows == 2 || !stored.value(id).contains(QStringLiteral("score")))
                continue;
            text += QStringLiteral("%1,%2\n").arg(id).arg(
                stored.value(id).value(QStringLiteral("score")).toInteger());
            ++rows;
        }
        QCOMPARE(rows, 2);
        QString button;
        prompter->onDialog = [&button](QDialog *dialog) {
            auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("importAcceptButton"));
            button = accept ? accept->text() : QString();
            return int(QDialog::Accepted);
        };
        // Edits an earlier test left in this file's journal may have been restored: only what
        // this import adds counts.
        const int pendingBefore = window.pendingEdits()->count();
        const int stepsBefore = window.undoStack()->count();
        QSignalSpy finished(window.editExchange(), &EditExchange::importFinished);
        window.editExchange()->importFile(write("same.csv", text.toUtf8()));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(button, QStringLiteral("Make 2 Cells Pending"));
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral("Nothing changed: all 2 imported values are stored already."));
        QCOMPARE(window.statusBar()->currentMessage(), finished.first().at(1).toString());
        QCOMPARE(window.pendingEdits()->count(), pendingBefore);
        QCOMPARE(window.undoStack()->count(), stepsBefore);
    }

    // Issue 13 (10): MetaDesk's own export imported again reads past the users' own columns
    // without a problem each, and says that nothing changes.
    void shouldReimportItsOwnExportSilentlyAndSayNothingChanges()
    {
        MainWindow window;
        // A file of its own: no pending edits left by the tests before.
        const QString file = m_dir.filePath(QStringLiteral("round-trip.db"));
        QVERIFY(TestFiles::createDemo(file, 100, 21));
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, file, &prompter));
        QTRY_VERIFY(!window.workspace()->fields().isEmpty());
        QStringList all;
        for (const MetaField &f : window.workspace()->fields())
            all << f.name;
        window.showMetaColumns(all);
        QTRY_VERIFY(window.usersModel()->isLoaded());
        prompter->fileAnswer = m_dir.filePath(QStringLiteral("round-trip.csv"));
        QSignalSpy exported(window.editExchange(), &EditExchange::exportFinished);
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));

        QString summary;
        QString button;
        int problems = -1;
        QStringList firstProblems;
        prompter->onDialog = [&](QDialog *dialog) {
            auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
            if (!preview)
                return int(QDialog::Rejected);
            summary = preview->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            button =
                preview->findChild<QPushButton *>(QStringLiteral("importAcceptButton"))->text();
            problems = preview->problems()->rowCount();
            for (int r = 0; r < qMin(problems, 3); ++r)
                firstProblems << preview->problems()->item(r, 2)->text() + QLatin1Char(':') +
                                     preview->problems()->item(r, 4)->text();
            return int(QDialog::Accepted);
        };
        QCOMPARE(window.pendingEdits()->count(), 0);
        QSignalSpy imported(window.editExchange(), &EditExchange::importFinished);
        window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(problems, 0);
        QVERIFY2(firstProblems.isEmpty(), qPrintable(firstProblems.join(QLatin1Char('|'))));
        QVERIFY2(summary.contains(QLatin1String("The users' own columns (first_name, last_name, "
                                                "email, status, groups) are not meta fields")),
                 qPrintable(summary));
        // Every exported value is stored already: the import says so and adds no edit.
        const int cells = QString(button)
                              .remove(QLatin1String("Make "))
                              .section(QLatin1Char(' '), 0, 0)
                              .remove(QLatin1Char(','))
                              .toInt();
        QVERIFY2(cells > 100, qPrintable(button));
        QCOMPARE(imported.first().at(1).toString(),
                 QStringLiteral("Nothing changed: all %1 imported values are stored already.")
                     .arg(QLocale().toString(cells)));
        QCOMPARE(window.pendingEdits()->count(), 0);
    }

    void shouldNeverReadOrWriteTheOpenDatabaseAsAPlainFile()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, m_file, &prompter));
        const QString dump = TestFiles::dump(m_file);
        const int pending = window.pendingEdits()->count();
        for (const QString &path : QStringList{m_file, m_file + QStringLiteral("-wal")}) {
            QSignalSpy exported(window.editExchange(), &EditExchange::exportFinished);
            window.editExchange()->exportFile(path);
            QCOMPARE(exported.count(), 1);
            QVERIFY(!exported.first().at(0).toBool());
            QSignalSpy imported(window.editExchange(), &EditExchange::importFinished);
            window.editExchange()->importFile(path);
            QCOMPARE(imported.count(), 1);
            QVERIFY(!imported.first().at(0).toBool());
        }
        QCOMPARE(prompter->warnings.size(), 4);
        QCOMPARE(window.pendingEdits()->count(), pending);
        QCOMPARE(TestFiles::dump(m_file), dump);
    }

    void shouldExportTheUsersTableWithTheChosenFields()
    {
        MainWindow window;
        ScriptedPrompter *prompter = nullptr;
        QVERIFY(open(window, m_file, &prompter));
        window.showMetaColumns({QStringLiteral("score"), QStringLiteral("preferences")});
        QTRY_VERIFY(window.usersModel()->isLoaded());
        prompter->fileAnswer = m_dir.filePath(QStringLiteral("users.csv"));
        QSignalSpy finished(window.editExchange(), &EditExchange::exportFinished);
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The window says where it wrote and how many rows.
        const QString said = QStringLiteral("100 users exported to %1.").arg(prompter->fileAnswer);
        QCOMPARE(finished.first().at(1).toString(), said);
        QCOMPARE(window.statusBar()->currentMessage(), said);
        QFile csv(prompter->fileAnswer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = DelimitedText::parse(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows.size(), 101);
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("user_id"), QStringLiteral("first_name"),
                              QStringLiteral("last_name"), QStringLiteral("email"),
                              QStringLiteral("status"), QStringLiteral("groups"),
                              QStringLiteral("score"), QStringLiteral("preferences")}));
        UsersTableModel *model = window.usersModel();
        for (int r = 0; r < 100; ++r) {
            QCOMPARE(rows.at(r + 1).size(), 8);
            QCOMPARE(rows.at(r + 1).at(0),
                     model->index(r, UsersTableModel::IdColumn).data().toString());
            QCOMPARE(rows.at(r + 1).at(2),
                     model->index(r, UsersTableModel::LastNameColumn).data().toString());
            // JSON with commas and quotes survives the quoting.
            QCOMPARE(rows.at(r + 1).at(7),
                     model->index(r, UsersTableModel::ColumnCount + 1).data().toString());
        }
    }
};

QTEST_MAIN(ImportExportTest)
#include "test_import_export.moc"
