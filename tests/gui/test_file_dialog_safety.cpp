#include "Prompter.h"
#include "SqliteShell.h"
#include "TestFiles.h"
#include "store/SqliteStore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The file dialogs list the folder of the database that is open. Listing it must not read the
// file behind SQLite's back: closing a descriptor of our own would drop this process's locks on
// it, and another program closing the file would then delete the WAL from under us.
class FileDialogSafetyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs `check` while the dialog that `choose` opens is showing, after it listed its folder.
    static void whileDialogShows(const std::function<void()> &check)
    {
        auto *timer = new QTimer;
        timer->setInterval(50);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            auto *files = dialog->findChild<QFileSystemModel *>();
            QTRY_VERIFY(files && files->rowCount(files->index(dialog->directory().path())) > 0);
            QTest::qWait(1500); // the file types are looked up on a thread of the dialog's own
            check();
            dialog->reject();
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldListTheOpenDatabaseWithoutReadingIt_data()
    {
        QTest::addColumn<bool>("save");
        QTest::newRow("open") << false;
        QTest::newRow("save") << true;
    }

    void shouldListTheOpenDatabaseWithoutReadingIt()
    {
        QFETCH(bool, save);
        const QString folder =
            m_dir.filePath(save ? QStringLiteral("save") : QStringLiteral("open"));
        const QString path = folder + QStringLiteral("/listed.db");
        QVERIFY(TestFiles::createDemo(path, 20));
        StoreError error;
        std::unique_ptr<SqliteStore> holder = SqliteStore::open(path, &error);
        QVERIFY2(holder, qPrintable(error.text()));
        QVERIFY(!holder->users(1, {}, 0, 1).isEmpty()); // the connection now uses the WAL
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));

        bool checked = false;
        bool walKept = false;
        whileDialogShows([&] {
            const SqliteShell::Result read =
                SqliteShell::run(path, QStringLiteral("SELECT count(*) FROM users;"));
            QVERIFY2(read.ok, qPrintable(read.err));
            walKept = QFile::exists(wal);
            checked = true;
        });
        Prompter prompter;
        const QString chosen =
            save ? prompter.saveFileName(nullptr, QStringLiteral("Save"), folder,
                                         QStringLiteral("All files (*)"))
                 : prompter.openFileName(nullptr, QStringLiteral("Open"), folder,
                                         QStringLiteral("MetaDesk databases (*.db)"));
        QVERIFY(chosen.isEmpty());
        QVERIFY(checked);
        QVERIFY2(walKept, "sqlite3 deleted the WAL: the dialog dropped our locks on the file");
        QVERIFY(!holder->users(1, {}, 0, 1).isEmpty());
    }
};

QTEST_MAIN(FileDialogSafetyTest)
#include "test_file_dialog_safety.moc"
