// Benchmark of issue 12 (speed, point 3): View › Changes to Send on an offline copy with 100,000
// changed cells, through the real MainWindow (offscreen): from the action to the first rows of the
// list painted. The file is an offline copy taken (OfflineCopyJob) of a demo file's account, then
// edited in five fields of 20,000 users through LocalStore, as the window's edits are written.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_changes_to_send [--users N] [--rounds R]
// Each round closes the dialog and opens it again. Prints each round, the median (goal <= 300 ms)
// and the load average before and after.

#include "../gui/WindowReady.h"
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
    set.metaEdits.reserve(users * 5);
    for (qint64 u = 1; u <= users; ++u) {
        set.metaEdits
            << MetaEdit{u, QStringLiteral("balance"), QJsonValue(u * 10.0 + 0.5), -1}
            << MetaEdit{u, QStringLiteral("phone"),
                        QJsonValue(QStringLiteral("+1999%1").arg(u, 7, 10, QLatin1Char('0'))), -1}
            << MetaEdit{u, QStringLiteral("support_email"),
                        QJsonValue(QStringLiteral("offline-%1@example.org").arg(u)), -1}
            << MetaEdit{u, QStringLiteral("birthday"),
                        QJsonValue(QDate(1950, 1, 1).addDays(u).toString(Qt::ISODate)), -1}
            << MetaEdit{u, QStringLiteral("last_login"),
                        QJsonValue(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC)
                                       .addSecs(u)
                                       .toString(Qt::ISODate)),
                        -1};
    }
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
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
    }
    out << "load average before: " << loadAverage() << Qt::endl;
    QTemporaryDir dir;
    QElapsedTimer made;
    made.start();
    const QString file = makeCopy(dir.path(), users);
    if (file.isEmpty()) {
        out << "cannot make the offline copy" << Qt::endl;
        return 1;
    }
    out << "offline copy of " << users << " users, " << users * 5 << " cells written, made in "
        << made.elapsed() << " ms" << Qt::endl;

    MainWindow window;
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
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        action->trigger();
        ChangesToSendDialog *dialog = window.changesToSendDialog();
        if (!dialog)
            return 1;
        RowsPainted painted(dialog->view());
        if (!waitUntil([&] { return painted.painted; })) {
            out << "no rows shown: " << dialog->model()->rowCount() << " rows, visible "
                << dialog->isVisible() << Qt::endl;
            return 1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const qint64 rows = dialog->model()->rowCount();
        const QString first =
            dialog->view()->model()->index(0, SendPlanModel::MineColumn).data().toString();
        times << ms;
        out << QStringLiteral("round %1: %2 rows, first rows painted after %3 ms (first: %4)")
                   .arg(round + 1)
                   .arg(rows)
                   .arg(ms, 0, 'f', 1)
                   .arg(first)
            << Qt::endl;
        if (rows != changes)
            return 1;
        dialog->close(); // deleted on close, later: outside any event loop here, so at once
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (window.changesToSendDialog())
            return 1;
    }
    const double m = median(times);
    out << QStringLiteral("median: %1 ms from View › Changes to Send to the first rows painted "
                          "(goal <= 300)")
               .arg(m, 0, 'f', 1)
        << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return m <= 300 ? 0 : 2;
}
