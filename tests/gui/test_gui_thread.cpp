#include "AppTranslator.h"
#include "GroupPreviewDialog.h"
#include "MainWindow.h"
#include "MembershipPanel.h"
#include "ScriptedPrompter.h"
#include "StoreSql.h"
#include "TestFiles.h"
#include "UsersArea.h"
#include "WindowReady.h"
#include "items/AffectedUsersModel.h"
#include "items/GroupsTableModel.h"
#include "items/MembershipPlanner.h"
#include "items/UsersTableModel.h"
#include "store/SqlThreadGuard.h"
#include "store/SqliteStore.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// A release build opens the real million; the ASan debug build a fifth of it, so the whole test
// stays under a minute (METADESK_GUI_THREAD_USERS overrides either).
// The bounds leave out only the time the scheduler gave the GUI thread's core to others.
#ifdef NDEBUG
constexpr qint64 kDefaultUsers = 1000000;
constexpr qint64 kMaxStallMs = 50;
#else
constexpr qint64 kDefaultUsers = 200000;
// Sanitizers slow painting and model resets several times; docs/PERFORMANCE.md has the
// release figures.
constexpr qint64 kMaxStallMs = 250;
#endif

// Nanoseconds this thread has waited, runnable, for a CPU that the scheduler gave to others
// (Linux schedstat); 0 where the kernel does not keep it.
qint64 runQueueWaitNs()
{
    QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

// The longest time the GUI thread did not get back to its event loop: a 5 ms timer that notes
// the largest gap between two ticks. Time the thread was ready but other processes held both
// cores (CI runs two tests at once) is not the window's doing and is taken out of the gap; a
// thread that waits on a lock, on SQL or on the network still counts in full.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 wallMs = m_clock.restart();
            const qint64 waitNs = runQueueWaitNs();
            const qint64 starvedMs = (waitNs - m_waitNs) / 1000000;
            m_waitNs = waitNs;
            const qint64 gap = wallMs - starvedMs;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstWall = wallMs;
                m_worstDuring = m_phase;
            }
        });
    }
    void start(const QString &phase)
    {
        m_phase = phase;
        m_waitNs = runQueueWaitNs();
        m_clock.start();
        m_timer.start();
    }
    void phase(const QString &name) { m_phase = name; }
    qint64 worstMs() const { return m_worst; }
    // The wall-clock length of that worst gap, machine's share included.
    qint64 worstWallMs() const { return m_worstWall; }
    QString worstDuring() const { return m_worstDuring; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_waitNs = 0;
    qint64 m_worst = 0;
    qint64 m_worstWall = 0;
    QString m_phase;
    QString m_worstDuring;
};

qint64 usersWanted()
{
    const qint64 fromEnvironment = qEnvironmentVariableIntValue("METADESK_GUI_THREAD_USERS");
    return fromEnvironment > 0 ? fromEnvironment : kDefaultUsers;
}
} // namespace

// Issue 11.4: with a million users the window never waits for SQL. Opens a big demo file in the
// real MainWindow (the opening itself included), browses it (scroll, sort, filter) and runs Select
// All + Add to group, counting every SQL statement the GUI thread runs and the longest time it was
// away from its event loop.
class GuiThreadTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_users = 0;

    // The window's first show (fonts, style, native window) is no SQL: it comes before the meter.
    void showWindow(MainWindow &w, ScriptedPrompter *&prompter)
    {
        auto owned = std::make_unique<ScriptedPrompter>();
        prompter = owned.get();
        w.setPrompter(std::move(owned));
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }
    void openWindow(MainWindow &w, ScriptedPrompter *&prompter)
    {
        showWindow(w, prompter);
        openFile(w);
    }
    void openFile(MainWindow &w)
    {
        QString error;
        QVERIFY2(openAndWait(w, m_file, &error), qPrintable(error));
    }

    static bool rowLoaded(MainWindow &w, int row) { return w.usersModel()->userIdAt(row) != 0; }

    // The view lays out new rows on a zero timer: until then its scroll bar still has the old
    // range, and a jump to the end would land on the old end.
    static bool laidOut(QTableView *view) { return view->verticalScrollBar()->maximum() > 0; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What a person sees: English plural forms ("46 cells"), numbers grouped.
        QVERIFY(AppTranslator::install(qApp, QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("big.metadesk"));
        m_users = usersWanted();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(TestFiles::createDemo(m_file, m_users, 11));
        qInfo("demo file with %lld users made in %lld ms", m_users, clock.elapsed());
    }

    void shouldBrowseAMillionUsersWithoutSqlOnTheGuiThread()
    {
        MainWindow w;
        ScriptedPrompter *prompter = nullptr;
        // From the first look at the file on, every statement runs elsewhere: the probe and the
        // migration check on the opener's thread, the reads on the store's.
        SqlThreadGuard::reset();
        showWindow(w, prompter);
        StallMeter stall;
        stall.start(QStringLiteral("open"));
        openFile(w);
        QVERIFY2(SqlThreadGuard::mainThreadStatements() == 0,
                 SqlThreadGuard::lastMainThreadStatement().constData());
        stall.phase(QStringLiteral("first page"));
        UsersTableModel *model = w.usersModel();
        QTableView *view = w.usersArea()->view();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && rowLoaded(w, 0), 90000);
        QVERIFY(model->rowCount() > m_users / 4); // the demo spreads users over two accounts
        QTRY_VERIFY(laidOut(view));

        stall.phase(QStringLiteral("jump to the end"));
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(w, model->rowCount() - 1), 90000);
        stall.phase(QStringLiteral("back to the middle"));
        const int middle = model->rowCount() / 2;
        view->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(w, middle), 90000);

        stall.phase(QStringLiteral("sort by last name"));
        view->horizontalHeader()->setSortIndicator(UsersTableModel::LastNameColumn,
                                                   Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model->query().sort != UserQuery::Sort::Id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && rowLoaded(w, 0), 90000);
        QTRY_VERIFY(laidOut(view));
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(w, model->rowCount() - 1), 90000);

        stall.phase(QStringLiteral("search"));
        auto *search = w.usersArea()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("mar"));
        QTRY_VERIFY_WITH_TIMEOUT(model->query().search == QLatin1String("mar"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 60000);
        QVERIFY(model->rowCount() > 0);
        search->clear();

        stall.phase(QStringLiteral("group filter"));
        auto *group = w.usersArea()->findChild<QComboBox *>(QStringLiteral("groupFilter"));
        QVERIFY(group && group->count() > 1);
        group->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(model->query().groupId != 0 && model->query().search.isEmpty(),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 60000);
        QVERIFY(model->rowCount() > 0);

        stall.phase(QStringLiteral("meta filter"));
        auto *field = w.usersArea()->findChild<QComboBox *>(QStringLiteral("metaFilterField"));
        auto *value = w.usersArea()->findChild<QLineEdit *>(QStringLiteral("metaFilterValue"));
        QVERIFY(field && value);
        const int tier = field->findData(QStringLiteral("loyalty_tier"));
        QVERIFY(tier > 0);
        field->setCurrentIndex(tier);
        QTest::keyClicks(value, QStringLiteral("gold"));
        QTRY_VERIFY_WITH_TIMEOUT(model->query().meta.isActive(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 60000);
        QTest::qWait(100);

        qInfo("%lld users: longest GUI-thread stall %lld ms (%lld ms wall, during %s); %lld "
              "statements on the GUI thread",
              m_users, stall.worstMs(), stall.worstWallMs(), qPrintable(stall.worstDuring()),
              SqlThreadGuard::mainThreadStatements());
        QVERIFY2(SqlThreadGuard::mainThreadStatements() == 0,
                 SqlThreadGuard::lastMainThreadStatement().constData());
        QVERIFY2(stall.worstMs() < kMaxStallMs, qPrintable(stall.worstDuring()));
    }

    void shouldAddAllMatchingUsersToAGroupWithoutFreezingAndCancelExactly()
    {
        qint64 groupId = 0;
        QSet<qint64> before;
        {
            StoreError error;
            auto store = SqliteStore::open(m_file, &error);
            QVERIFY(store);
            for (const UserGroup &g : store->groups(1)) {
                if (g.name == QLatin1String("Engineering"))
                    groupId = g.id;
            }
            QVERIFY(groupId > 0);
            for (const QVariantList &row : StoreSql::rows(
                     *store, QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1")
                                 .arg(groupId)))
                before.insert(row.at(0).toLongLong());
        }

        MainWindow w;
        ScriptedPrompter *prompter = nullptr;
        openWindow(w, prompter);
        SqlThreadGuard::reset();
        StallMeter stall;
        stall.start(QStringLiteral("first page"));
        QTRY_VERIFY_WITH_TIMEOUT(w.usersModel()->isLoaded() && w.groupsModel()->rowCount() > 0,
                                 20000);
        w.groupsModel()->setChecked(groupId, true);

        stall.phase(QStringLiteral("select all"));
        auto *selectAll = w.findChild<QAction *>(QStringLiteral("actionSelectAll"));
        QVERIFY(selectAll && selectAll->isEnabled());
        selectAll->trigger();
        QVERIFY(w.usersArea()->allSelected());
        const qint64 accountUsers = w.usersModel()->rowCount();
        QCOMPARE(w.usersArea()->selectedRowCount(), int(accountUsers));

        stall.phase(QStringLiteral("gather and plan"));
        QSignalSpy changed(w.membershipPanel(), &MembershipPanel::membershipsChanged);
        QString previewed;
        int listed = -1;
        prompter->onDialog = [&](QDialog *d) {
            auto *preview = qobject_cast<GroupPreviewDialog *>(d);
            if (!preview)
                return int(QDialog::Rejected);
            previewed = preview->summary();
            listed = preview->usersModel()->rowCount();
            return int(QDialog::Accepted);
        };
        auto *add = w.membershipPanel()->findChild<QPushButton *>(QStringLiteral("addToGroups"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 120000);
        QVERIFY2(previewed.contains(QStringLiteral("for %1 user")
                                        .arg(QLocale().toString(accountUsers - before.size()))),
                 qPrintable(previewed));
        QCOMPARE(listed, int(accountUsers - before.size()));

        // Stop it once a couple of requests are written: through the dialog's own button.
        stall.phase(QStringLiteral("apply"));
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = w.membershipPanel()->findChild<QProgressDialog *>(
                                      QStringLiteral("membershipProgress"))) &&
                                     progress->value() >= 2,
                                 60000);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 60000);
        const qint64 statements = SqlThreadGuard::mainThreadStatements();
        const QByteArray lastStatement = SqlThreadGuard::lastMainThreadStatement();

        const QString message = w.membershipPanel()->lastMessage();
        // One total however many requests: what landed, and how many batches did not.
        const QRegularExpression written(QStringLiteral(
            "^([\\d.,]+) memberships? added for ([\\d.,]+) users? \\((\\d+) batch(?:es)?\\)\\.\n"
            "(\\d+) batch(?:es)? not applied:"));
        const QRegularExpressionMatch match = written.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Cancelled")), qPrintable(message));
        const qint64 landed = match.captured(3).toLongLong();
        const qint64 requests = landed + match.captured(4).toLongLong();
        const qint64 writtenUsers = QLocale().toLongLong(match.captured(2));
        QCOMPARE(requests, (accountUsers + MembershipPlanner::kUsersPerRequest - 1) /
                               MembershipPlanner::kUsersPerRequest);
        QVERIFY2(writtenUsers > 0 && writtenUsers < accountUsers, qPrintable(message));
        QCOMPARE(writtenUsers, landed * MembershipPlanner::kUsersPerRequest);

        // Exactly the first `writtenUsers` users (id order) were added; nobody else changed.
        {
            StoreError error;
            auto store = SqliteStore::open(m_file, &error);
            QVERIFY(store);
            QSet<qint64> expected = before;
            for (const QVariantList &row :
                 StoreSql::rows(*store, QStringLiteral("SELECT user_id FROM user_accounts WHERE "
                                                       "account_id = 1 ORDER BY user_id LIMIT %1")
                                            .arg(writtenUsers)))
                expected.insert(row.at(0).toLongLong());
            QSet<qint64> after;
            for (const QVariantList &row : StoreSql::rows(
                     *store, QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1")
                                 .arg(groupId)))
                after.insert(row.at(0).toLongLong());
            QCOMPARE(after.size(), expected.size());
            QVERIFY(after == expected);
        }

        qInfo("%lld users, Select All + Add: longest GUI-thread stall %lld ms (%lld ms wall, "
              "during %s); %s",
              m_users, stall.worstMs(), stall.worstWallMs(), qPrintable(stall.worstDuring()),
              qPrintable(message));
        QVERIFY2(statements == 0, lastStatement.constData());
        QVERIFY2(stall.worstMs() < kMaxStallMs, qPrintable(stall.worstDuring()));
    }
};

QTEST_MAIN(GuiThreadTest)
#include "test_gui_thread.moc"
