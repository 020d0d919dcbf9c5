// Benchmark of issue 12 (speed, point 3): View › Changes to Send on an offline copy with 100,000
// changed cells, through the real MainWindow (offscreen): from the action to the first rows of the
// list painted. The file is an offline copy taken (OfflineCopyJob) of a demo file's account, then
// edited in five fields of 20,000 users through LocalStore, as the window's edits are written.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_changes_to_send [--users N] [--rounds R] [--keep DIR]
// --keep makes the copy in DIR once and uses it again on later runs. Each round opens the list
// in the window (the file unchanged since the banner counted the changes, as a person opens it),
// then times a LocalStore that has read nothing before reading the changes anew (the store's part
// when the file changed). Prints each round, the medians (goal <= 300 ms) and the load average
// before and after.

#include "../gui/WindowReady.h"
#include "BenchEdits.h"
#include "ChangesToSendDialog.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "TestFiles.h"
#include "exchange/OfflineCopyJob.h"
#include "items/SendPlanModel.h"
#include "store/LocalStore.h"
#include "store/SqliteStore.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <sqlite3.h>

namespace {
QTextStream out(stdout);

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Runs the event loop until `done` holds (checked every millisecond) or 60 s pass.
bool waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// Notes the first paint of a view's viewport while its model has rows: those rows reach the
// screen in that paint.
class RowsPainted : public QObject
{
public:
    explicit RowsPainted(QTableView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            painted = true;
        return false;
    }

private:
    QTableView *m_view;
};

// Five fields of `users` users, values no demo has: 5 × users changed cells.
EditSet edits(qint64 users)
{
    EditSet set;
    set.metaEdits = BenchEdits::offlineCells(users);
    return set;
}

// The offline copy with 5 × `users` changed cells; empty on failure.
QString makeCopy(const QString &dir, qint64 users)
{
    const QString source = dir + QStringLiteral("/source.db");
    const QString copy = dir + QStringLiteral("/copy.metadesk");
    auto sqlite = TestFiles::createDemo(source, users, 12);
    if (!sqlite)
        return {};
    {
        LocalStore store(std::move(sqlite));
        OfflineOrigin origin{QStringLiteral("https://crm.example.com"),
                             QStringLiteral("bench"),
                             1,
                             QStringLiteral("Demo"),
                             1,
                             {}};
        OfflineCopyJob job(&store, origin, copy);
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&job, &OfflineCopyJob::finished, &loop, [&](bool done, const QString &m) {
            ok = done;
            if (!done)
                out << m << Qt::endl;
            loop.quit();
        });
        job.start();
        loop.exec();
        if (!ok)
            return {};
    }
    StoreError error;
    auto opened = SqliteStore::open(copy, &error);
    if (!opened) {
        out << error.text() << Qt::endl;
        return {};
    }
    LocalStore store(std::move(opened));
    ApplyJob *job = store.apply(1, edits(users));
    QEventLoop loop;
    QObject::connect(job, &ApplyJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    const bool ok = job->report().complete();
    delete job;
    return ok ? copy : QString();
}

// The changes read by a LocalStore that has read nothing of the file before (no answer of its own
// to reuse), in ms from the call to the answer; -1 on failure.
double coldRead(const QString &path, qint64 expected)
{
    StoreError error;
    auto sqlite = SqliteStore::open(path, &error);
    if (!sqlite)
        return -1;
    LocalStore store(std::move(sqlite));
    QElapsedTimer timer;
    timer.start();
    qsizetype rows = -1;
    QEventLoop loop;
    store.fetchChangesToSend(1, &loop, [&](const StoreReply<QList<SyncRow>> &r) {
        rows = r.ok() ? r.value.size() : -1;
        loop.quit();
    });
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return rows == expected ? ms : -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qint64 users = 20000;
    int rounds = 5;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    out << "load average before: " << loadAverage() << Qt::endl;
    QTemporaryDir dir;
    QElapsedTimer made;
    made.start();
    const QString kept = keep + QStringLiteral("/copy.metadesk");
    const QString file = !keep.isEmpty() && QFile::exists(kept)
                             ? kept
                             : makeCopy(keep.isEmpty() ? dir.path() : keep, users);
    if (file.isEmpty()) {
        out << "cannot make the offline copy" << Qt::endl;
        return 1;
    }
    out << "offline copy of " << users << " users, " << users * 5 << " cells written, ready in "
        << made.elapsed() << " ms" << Qt::endl;

    auto windowHolder = std::make_unique<MainWindow>();
    MainWindow &window = *windowHolder;
    window.resize(1280, 800);
    window.show();
    QString error;
    if (!openAndWait(window, file, &error) || !waitUntilShown(window)) {
        out << "cannot open the copy: " << error << Qt::endl;
        return 1;
    }
    // The banner's count is read when the file opens: wait for it, so it does not share the
    // worker with the list.
    if (!waitUntil([&] { return window.workspace()->changesToSend() > 0; }))
        return 1;
    // A demo value may happen to equal the one written: that cell is no change.
    const qint64 changes = window.workspace()->changesToSend();
    out << "the banner counts " << changes << " changes to send" << Qt::endl;
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionChangesToSend"));
    // One opening: from the action to the first paint with rows; -1 on failure.
    const auto open = [&](const QString &label, int round) -> double {
        QElapsedTimer timer;
        timer.start();
        action->trigger();
        ChangesToSendDialog *dialog = window.changesToSendDialog();
        if (!dialog)
            return -1;
        RowsPainted painted(dialog->view());
        if (!waitUntil([&] { return painted.painted; }))
            return -1;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const qint64 rows = dialog->model()->rowCount();
        out << QStringLiteral("round %1, %2: %3 rows, first rows painted after %4 ms")
                   .arg(round + 1)
                   .arg(label)
                   .arg(rows)
                   .arg(ms, 0, 'f', 1)
            << Qt::endl;
        dialog->close(); // deleted on close, later: outside any event loop here, so at once
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (rows != changes || window.changesToSendDialog())
            return -1;
        return ms;
    };
    QList<double> warm, cold;
    for (int round = 0; round < rounds; ++round) {
        // As a person opens it: the file unchanged since the banner counted.
        warm << open(QStringLiteral("the window"), round);
        if (warm.last() < 0)
            return 1;
    }
    windowHolder.reset(); // the file closed: nothing of the window runs any more
    // What reading them anew costs (after any write the window reads them again at once, for
    // the banner): the store's part alone, with the window's file closed so nothing else runs.
    for (int round = 0; round < rounds; ++round) {
        cold << coldRead(file, changes);
        if (cold.last() < 0)
            return 1;
        out << QStringLiteral("round %1, a fresh LocalStore reads the changes: %2 ms")
                   .arg(round + 1)
                   .arg(cold.last(), 0, 'f', 1)
            << Qt::endl;
    }
    const double warmMedian = median(warm);
    const double coldMedian = median(cold);
    out << QStringLiteral("median: %1 ms from View › Changes to Send to the first rows painted "
                          "(goal <= 300); reading the changes anew: %2 ms")
               .arg(warmMedian, 0, 'f', 1)
               .arg(coldMedian, 0, 'f', 1)
        << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return warmMedian <= 300 ? 0 : 2;
}
