// Benchmark of issue 12 (speed, point 1): take a 100,000-user account offline from
// metadesk-server on loopback through the real client path (RemoteStore + OfflineCopyJob, as
// File › Take Offline Copy runs it: every egress page read and parsed, every user, membership and
// value written into a new MetaDesk file, closed), against curl fetching the very same egress
// requests over one keep-alive connection and writing the bodies to a file, in the same run.
//
// The curl side replays the exact list of requests the client made: a first, untimed take runs
// against a server that logs every request, and its GET lines (path and query) become curl's URL
// list. So both sides ask the server for the same pages, in the same order, with the same page
// sizes; curl only leaves out the parsing and the writing into SQLite.
//
// Usage: bench_offline_take [--users N] [--rounds R] [--file DEMO_DB]
// The server binary comes from $METADESK_SERVER (default: ../app/metadesk-server next to this
// program's build directory). Prints each round, the median ratio (goal <= 1.5) and the load
// average before and after.

#include "ServerProcess.h"
#include "TestFiles.h"
#include "exchange/OfflineCopyJob.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteStore.h"
#include "store/SqliteLibrary.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

namespace {
QTextStream out(stdout);

struct Options
{
    qint64 users = 100000;
    int rounds = 5;
    QString file; // a demo file to reuse (made when missing)
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            o.users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--file"))
            o.file = args.at(i + 1);
    }
    return o;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// What account 1 of a file holds: the figures both the server's file and a copy must show.
struct Contents
{
    qint64 users = 0, values = 0, groups = 0, memberships = 0, fields = 0;
    bool operator==(const Contents &o) const
    {
        return users == o.users && values == o.values && groups == o.groups &&
               memberships == o.memberships && fields == o.fields;
    }
    QString describe() const
    {
        return QStringLiteral("%1 users, %2 meta values, %3 groups, %4 memberships, %5 fields")
            .arg(users)
            .arg(values)
            .arg(groups)
            .arg(memberships)
            .arg(fields);
    }
};

qint64 count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return n;
}

Contents contentsOf(const QString &path)
{
    Contents c;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        c.users = count(db, "SELECT count(*) FROM user_accounts WHERE account_id = 1");
        c.values = count(db, "SELECT count(*) FROM meta_values WHERE account_id = 1");
        c.groups = count(db, "SELECT count(*) FROM user_groups WHERE account_id = 1");
        c.memberships = count(db, "SELECT count(*) FROM memberships m JOIN user_groups g "
                                  "ON g.id = m.group_id WHERE g.account_id = 1");
        c.fields = count(db, "SELECT count(*) FROM meta_fields WHERE account_id = 1");
    }
    sqlite3_close(db);
    return c;
}

// One take through the client code path; -1 when it failed.
double takeWithClient(RemoteStore &store, const Account &account, const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    OfflineOrigin origin;
    origin.baseUrl = store.location();
    origin.apiId = store.connection().apiId;
    origin.accountId = account.id;
    origin.accountName = account.name;
    QElapsedTimer timer;
    timer.start();
    OfflineCopyJob job(&store, origin, path);
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&job, &OfflineCopyJob::finished, &loop, [&](bool done, const QString &m) {
        ok = done;
        message = m;
        loop.quit();
    });
    job.start();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        out << "the offline copy failed: " << message << Qt::endl;
        return -1;
    }
    return seconds;
}

// The GET requests (path and query) a logging server saw, in order.
QStringList requestsIn(const QString &log)
{
    static const QRegularExpression line(QStringLiteral("^\\S+ \\S+ GET (\\S+) (\\d+) "),
                                         QRegularExpression::MultilineOption);
    QStringList targets;
    for (auto it = line.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == QLatin1String("200"))
            targets << m.captured(1);
    }
    return targets;
}

// curl replays `targets` one after the other on one keep-alive connection, every body appended
// to one file; -1 when a request did not answer 200.
double fetchWithCurl(const RemoteConnection &c, const QStringList &targets, const QString &dir,
                     qint64 *bytes)
{
    const QString config = dir + QStringLiteral("/curl.cfg");
    const QString bodies = dir + QStringLiteral("/curl-bodies");
    QFile::remove(bodies);
    {
        QFile cfg(config);
        if (!cfg.open(QIODevice::WriteOnly))
            return -1;
        QTextStream text(&cfg);
        // The key stays in a file of our own, off the command line.
        text << "globoff\n"
             << "header = \"tld-api-id: " << c.apiId << "\"\n"
             << "header = \"tld-api-key: " << c.apiKey << "\"\n"
             << "write-out = \"%{stderr}%{http_code}\\n\"\n";
        for (const QString &target : targets)
            text << "url = \"" << c.baseUrl.toString() << target << "\"\n";
    }
    QProcess curl;
    curl.setStandardOutputFile(bodies);
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-K"), config});
    curl.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray codes = curl.readAllStandardError();
    if (curl.exitCode() != 0 || codes.count("200\n") != targets.size()) {
        out << "curl failed: " << codes.left(500) << Qt::endl;
        return -1;
    }
    *bytes = QFileInfo(bodies).size();
    return seconds;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool startServer(ServerProcess &server, const QString &file, const QStringList &args)
{
    if (server.start(file, args))
        return true;
    out << "cannot start metadesk-server: " << server.error() << Qt::endl;
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    SqliteLibrary::configure(); // as the application does
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    if (qEnvironmentVariableIsEmpty("METADESK_SERVER"))
        qputenv("METADESK_SERVER", QDir(app.applicationDirPath())
                                       .filePath(QStringLiteral("../app/metadesk-server"))
                                       .toLocal8Bit());
    out << "load average before: " << loadAverage() << Qt::endl;

    QTemporaryDir dir;
    const QString file =
        o.file.isEmpty() ? dir.filePath(QStringLiteral("bench-offline-server.db")) : o.file;
    RemoteConnection connection;
    {
        QElapsedTimer made;
        made.start();
        StoreError openError;
        auto sqlite = QFile::exists(file) ? SqliteStore::open(file, &openError)
                                          : TestFiles::createDemo(file, o.users, 12);
        QString error = openError.text();
        const auto key = sqlite ? ApiKeyRegistry(*sqlite).add(1, {}, {}, &error) : std::nullopt;
        if (!key) {
            out << "cannot make the demo file or its key: " << error << Qt::endl;
            return 1;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
        out << "server file ready in " << made.elapsed() << " ms: " << file << Qt::endl;
    }
    const Contents expected = contentsOf(file);
    out << "account 1 holds " << expected.describe() << Qt::endl;

    const QString copy = dir.filePath(QStringLiteral("copy.metadesk"));
    QStringList targets;
    Account account;
    {
        // The untimed first take: it proves the copy is whole and records its requests.
        ServerProcess logging;
        if (!startServer(logging, file, {}))
            return 1;
        connection.baseUrl = QUrl(logging.baseUrl());
        RemoteStore store(connection);
        QEventLoop loop;
        store.fetchAccounts(&loop, [&](const StoreReply<QList<Account>> &r) {
            if (r.ok() && !r.value.isEmpty())
                account = r.value.first();
            loop.quit();
        });
        loop.exec();
        if (account.id != 1 || takeWithClient(store, account, copy) < 0)
            return 1;
        logging.stop();
        targets = requestsIn(logging.log());
        targets.removeAll(QStringLiteral("/api/egress/account")); // asked when connecting
        const Contents copied = contentsOf(copy);
        if (!(copied == expected)) {
            out << "the copy holds " << copied.describe() << ", not what the server holds"
                << Qt::endl;
            return 1;
        }
    }
    QStringList paths;
    for (const QString &t : targets)
        paths << t.section(QLatin1Char('?'), 0, 0);
    out << "the client makes " << targets.size()
        << " GET requests: " << paths.count(QStringLiteral("/api/egress/users")) << " users pages, "
        << paths.count(QStringLiteral("/api/egress/user_meta")) << " user_meta pages, "
        << paths.count(QStringLiteral("/api/egress/user_groups")) << " user_groups, "
        << paths.count(QStringLiteral("/api/egress/user_meta/fields")) << " fields" << Qt::endl;

    ServerProcess server;
    if (!startServer(server, file, {QStringLiteral("--quiet")}))
        return 1;
    connection.baseUrl = QUrl(server.baseUrl());
    RemoteStore store(connection);
    {
        QEventLoop loop;
        store.fetchAccounts(&loop, [&](const StoreReply<QList<Account>> &) { loop.quit(); });
        loop.exec();
    }
    QList<double> ours, theirs, ratios;
    qint64 bytes = 0;
    for (int round = 0; round < o.rounds; ++round) {
        // Alternate who goes first, so neither always meets a warmer server.
        double a = 0, b = 0;
        if (round % 2 == 0) {
            a = takeWithClient(store, account, copy);
            b = fetchWithCurl(connection, targets, dir.path(), &bytes);
        } else {
            b = fetchWithCurl(connection, targets, dir.path(), &bytes);
            a = takeWithClient(store, account, copy);
        }
        if (a < 0 || b < 0)
            return 1;
        if (!(contentsOf(copy) == expected)) {
            out << "round " << round + 1 << ": the copy is not whole" << Qt::endl;
            return 1;
        }
        ours << a;
        theirs << b;
        ratios << a / b;
        out << QStringLiteral("round %1: take offline %2 s, curl %3 s (%4 MB), ratio %5")
                   .arg(round + 1)
                   .arg(a, 0, 'f', 3)
                   .arg(b, 0, 'f', 3)
                   .arg(double(bytes) / 1e6, 0, 'f', 1)
                   .arg(a / b, 0, 'f', 3)
            << Qt::endl;
    }
    const double ratio = median(ratios);
    out << QStringLiteral("median: take offline %1 s, curl %2 s, ratio %3 (goal <= 1.5)")
               .arg(median(ours), 0, 'f', 3)
               .arg(median(theirs), 0, 'f', 3)
               .arg(ratio, 0, 'f', 3)
        << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    server.stop();
    return ratio <= 1.5 ? 0 : 2;
}
