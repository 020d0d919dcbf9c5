// Benchmark of issues 5 and 15: push meta edits to metadesk-server on loopback through
// RemoteStore (compile, chunked PUTs with parallelism 4, every answer read), end to end, against
// curl sending the same precompiled chunks with the same parallelism and keep-alive in the same
// run, warm (a warm-up push of each first). With --local, each round also applies the same edits
// to a copy of the same file through LocalStore, the way the app applies them to a file. Every
// run writes new values to every cell, so each side does the same work.
//
// Usage: bench_remote_push [--edits N] [--users U] [--file PATH] [--rounds R] [--parallel P]
//                          [--chunk ENTRIES] [--requests N] [--local 1]
// The edits go to five fields of edits/5 users spread evenly over the file's U users (default
// edits/5: every user). --file copies that demo file (made with `metadesk-server init --demo
// --users U`) instead of creating one. The server binary comes from $METADESK_SERVER (default:
// ../app/metadesk-server next to this program's build directory). Prints each round, the load
// average and the median ratios (goals: RemoteStore/curl <= 1.15, RemoteStore/local <= 2.0).

#include "ServerProcess.h"
#include "TestFiles.h"
#include "payload/PayloadCompiler.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteApplyJob.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
QTextStream out(stdout);

struct Options
{
    int edits = 100000;
    int rounds = 3;
    int parallel = 4;
    int chunk = RemoteOptions().maxEntriesPerRequest;
    int requests = RemoteOptions().requestsPerApply;
    qint64 users = 0; // in the file; 0: edits / 5
    QString file;
    bool local = false;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--file"))
            o.file = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--users"))
            o.users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--local"))
            o.local = value != 0;
        else if (args.at(i) == QLatin1String("--edits"))
            o.edits = value;
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = value;
        else if (args.at(i) == QLatin1String("--parallel"))
            o.parallel = value;
        else if (args.at(i) == QLatin1String("--chunk"))
            o.chunk = value;
        else if (args.at(i) == QLatin1String("--requests"))
            o.requests = value;
    }
    return o;
}

const QStringList kFields{QStringLiteral("balance"), QStringLiteral("phone"),
                          QStringLiteral("support_email"), QStringLiteral("birthday"),
                          QStringLiteral("last_login")};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Run `run` gives every cell a value no other run gives it. The edited users are spread evenly
// over the file's `fileUsers` users.
EditSet makeEdits(int count, qint64 fileUsers, int run)
{
    EditSet edits;
    edits.metaEdits.reserve(count);
    const int users = (count + int(kFields.size()) - 1) / int(kFields.size());
    const qint64 stride = qMax<qint64>(1, fileUsers / users);
    for (int u = 1; u <= users && edits.metaEdits.size() < count; ++u) {
        const qint64 user = 1 + (u - 1) * stride;
        const QJsonValue values[] = {
            // Within the field's range (-10,000 .. 1,000,000) for any user and run.
            QJsonValue((u % 99000) * 10.0 + run / 8.0),
            QJsonValue(QStringLiteral("+1%1%2")
                           .arg(run, 3, 10, QLatin1Char('0'))
                           .arg(u, 7, 10, QLatin1Char('0'))),
            QJsonValue(QStringLiteral("run%1-user%2@example.org").arg(run).arg(u)),
            QJsonValue(QDate(1900, 1, 1).addDays(run * 7 + u % 20000).toString(Qt::ISODate)),
            QJsonValue(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)
                           .addSecs(run * 100000 + u)
                           .toString(Qt::ISODate))};
        for (int f = 0; f < kFields.size() && edits.metaEdits.size() < count; ++f)
            edits.metaEdits.append(MetaEdit{user, kFields.at(f), values[f], -1});
    }
    return edits;
}

// RemoteStore or LocalStore, end to end: from Store::apply() to the job's report.
double pushWithStore(Store &store, const EditSet &edits)
{
    QElapsedTimer timer;
    timer.start();
    ApplyJob *job = store.apply(1, edits);
    QEventLoop loop;
    QObject::connect(job, &ApplyJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const ApplyReport report = job->report();
    delete job;
    if (!report.complete() || report.landed.size() != edits.metaEdits.size()) {
        out << "push failed: " << report.error.text << Qt::endl;
        return -1;
    }
    return seconds;
}

double pushWithCurl(const RemoteConnection &c, const EditSet &edits, const Options &o,
                    const QString &dir, int run)
{
    // Precompiled, untimed: the same chunks RemoteStore sends.
    RemoteOptions options;
    options.maxEntriesPerRequest = o.chunk;
    options.requestsPerApply = o.requests;
    const PayloadPlan compiled = PayloadPlanner::plan(edits, RemoteApplyJob::planOptions(options));
    const QString config = dir + QStringLiteral("/curl-%1.cfg").arg(run);
    QFile cfg(config);
    if (!compiled.ok() || !cfg.open(QIODevice::WriteOnly))
        return -1;
    QTextStream text(&cfg);
    for (int i = 0; i < compiled.requests.size(); ++i) {
        const CompiledRequest &r = compiled.requests.at(i);
        const QString body = dir + QStringLiteral("/chunk-%1-%2.json").arg(run).arg(i);
        QFile file(body);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.body) != r.body.size())
            return -1;
        if (i > 0)
            text << "next\n";
        // The key stays in a file of our own, off the command line.
        text << "url = \"" << c.baseUrl.toString() << r.path << "\"\n"
             << "request = \"" << r.method << "\"\n"
             << "header = \"Content-Type: " << r.contentType << "\"\n"
             << "header = \"tld-api-id: " << c.apiId << "\"\n"
             << "header = \"tld-api-key: " << c.apiKey << "\"\n"
             << "data-binary = \"@" << body << "\"\n"
             << "output = \"" << body << ".out\"\n"
             << "write-out = \"%{http_code}\\n\"\n";
    }
    text.flush();
    cfg.close();
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--parallel"),
                                        QStringLiteral("--parallel-max"),
                                        QString::number(o.parallel), QStringLiteral("-K"), config});
    curl.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(config);
    const QByteArray codes = curl.readAllStandardOutput();
    if (curl.exitCode() != 0 || codes.count("200") != compiled.requests.size()) {
        out << "curl push failed: " << codes << curl.readAllStandardError() << Qt::endl;
        return -1;
    }
    return seconds;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    if (qEnvironmentVariableIsEmpty("METADESK_SERVER"))
        qputenv("METADESK_SERVER", QDir(app.applicationDirPath())
                                       .filePath(QStringLiteral("../app/metadesk-server"))
                                       .toLocal8Bit());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench-remote.db"));
    const QString localFile = dir.filePath(QStringLiteral("bench-local.db"));
    const qint64 fileUsers =
        o.users > 0 ? o.users : (o.edits + int(kFields.size()) - 1) / int(kFields.size());
    RemoteConnection connection;
    {
        if (!o.file.isEmpty() && !QFile::copy(o.file, file)) {
            out << "cannot copy " << o.file << Qt::endl;
            return 1;
        }
        StoreError opened;
        auto sqlite = o.file.isEmpty() ? TestFiles::createDemo(file, fileUsers, 5)
                                       : SqliteStore::open(file, &opened);
        QString error = opened.text();
        const auto key = sqlite ? ApiKeyRegistry(*sqlite).add(1, {}, {}, &error) : std::nullopt;
        if (!key) {
            out << "cannot create the demo file or key: " << error << Qt::endl;
            return 1;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
    }
    std::unique_ptr<LocalStore> local;
    if (o.local) {
        StoreError error;
        auto sqlite = QFile::copy(file, localFile) ? SqliteStore::open(localFile, &error) : nullptr;
        if (!sqlite) {
            out << "cannot copy the file for the local apply: " << error.text() << Qt::endl;
            return 1;
        }
        local = std::make_unique<LocalStore>(std::move(sqlite));
    }
    ServerProcess server;
    if (!server.start(file, {QStringLiteral("--quiet")})) {
        out << "cannot start metadesk-server: " << server.error() << Qt::endl;
        return 1;
    }
    connection.baseUrl = QUrl(server.baseUrl());
    RemoteOptions options;
    options.parallelism = o.parallel;
    options.maxEntriesPerRequest = o.chunk;
    options.requestsPerApply = o.requests;
    RemoteStore store(connection, options);

    out << "pushing " << o.edits << " edits to " << (o.edits + 4) / 5 << " of " << fileUsers
        << " users, chunks of " << o.chunk << " entries (more when that takes over " << o.requests
        << " requests), parallelism " << o.parallel << ", " << o.rounds << " rounds" << Qt::endl;
    out << "load average before: " << loadAverage() << Qt::endl;
    int run = 0;
    // Warm-up pushes: connections, page cache, curl's binary and the server's statements are
    // ready for every side before anything is timed.
    // At most 100,000 edits each: enough to warm, without doubling a million-edit run.
    const int warm = qMin(o.edits, 100000);
    if (pushWithStore(store, makeEdits(warm, fileUsers, run++)) < 0 ||
        pushWithCurl(connection, makeEdits(warm, fileUsers, run), o, dir.path(), run) < 0)
        return 1;
    ++run;
    if (local && pushWithStore(*local, makeEdits(warm, fileUsers, run++)) < 0)
        return 1;
    QList<double> ours, theirs, locals, ratios, localRatios;
    for (int round = 0; round < o.rounds; ++round) {
        // Rotate who goes first, so no side always meets a warmer machine. Each push gets
        // values of its own, so every edit really changes something.
        double a = 0, b = 0, c = 0;
        const int sides = local ? 3 : 2;
        for (int k = 0; k < sides; ++k) {
            const int side = (k + round) % sides;
            const int r = run++;
            const EditSet edits = makeEdits(o.edits, fileUsers, r);
            if (side == 0)
                a = pushWithStore(store, edits);
            else if (side == 1)
                b = pushWithCurl(connection, edits, o, dir.path(), r);
            else
                c = pushWithStore(*local, edits);
        }
        if (a < 0 || b < 0 || c < 0)
            return 1;
        ours << a;
        theirs << b;
        ratios << a / b;
        QString line = QStringLiteral("round %1: RemoteStore %2 s, curl %3 s, ratio %4")
                           .arg(round + 1)
                           .arg(a, 0, 'f', 3)
                           .arg(b, 0, 'f', 3)
                           .arg(a / b, 0, 'f', 3);
        if (local) {
            locals << c;
            localRatios << a / c;
            line += QStringLiteral("; local %1 s, RemoteStore / local %2")
                        .arg(c, 0, 'f', 3)
                        .arg(a / c, 0, 'f', 3);
        }
        out << line << QStringLiteral(" (load %1)").arg(loadAverage()) << Qt::endl;
    }
    out << QStringLiteral("median: RemoteStore %1 s, curl %2 s, ratio %3 (goal <= 1.15)")
               .arg(median(ours), 0, 'f', 3)
               .arg(median(theirs), 0, 'f', 3)
               .arg(median(ratios), 0, 'f', 3)
        << Qt::endl;
    if (local)
        out << QStringLiteral("median: local %1 s, RemoteStore / local %2 (goal <= 2.0)")
                   .arg(median(locals), 0, 'f', 3)
                   .arg(median(localRatios), 0, 'f', 3)
            << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    server.stop();
    return 0;
}
