// Benchmark of issue 5: push 100,000 meta edits to metadesk-server on loopback through
// RemoteStore (compile, chunked PUTs with parallelism 4, every answer read), end to end, against
// curl sending the same precompiled chunks with the same parallelism in the same run. Every run
// writes new values to every cell, so the server does the same work for both.
//
// Usage: bench_remote_push [--edits N] [--rounds R] [--parallel P] [--chunk ENTRIES]
// The server binary comes from $METADESK_SERVER (default: ../app/metadesk-server next to this
// program's build directory). Prints each round and the median ratio (goal <= 1.25).

#include "ServerProcess.h"
#include "TestFiles.h"
#include "payload/PayloadCompiler.h"
#include "store/ApiKeyRegistry.h"
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
    int chunk = 5000;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--edits"))
            o.edits = value;
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = value;
        else if (args.at(i) == QLatin1String("--parallel"))
            o.parallel = value;
        else if (args.at(i) == QLatin1String("--chunk"))
            o.chunk = value;
    }
    return o;
}

const QStringList kFields{QStringLiteral("balance"), QStringLiteral("phone"),
                          QStringLiteral("support_email"), QStringLiteral("birthday"),
                          QStringLiteral("last_login")};

// Run `run` gives every cell a value no other run gives it.
EditSet makeEdits(int count, int run)
{
    EditSet edits;
    edits.metaEdits.reserve(count);
    const int users = (count + int(kFields.size()) - 1) / int(kFields.size());
    for (int u = 1; u <= users && edits.metaEdits.size() < count; ++u) {
        const QJsonValue values[] = {
            QJsonValue(u * 10.0 + run / 8.0), // within the field's max for any run
            QJsonValue(QStringLiteral("+1%1%2")
                           .arg(run, 3, 10, QLatin1Char('0'))
                           .arg(u, 7, 10, QLatin1Char('0'))),
            QJsonValue(QStringLiteral("run%1-user%2@example.org").arg(run).arg(u)),
            QJsonValue(QDate(1900, 1, 1).addDays(run * 7 + u % 20000).toString(Qt::ISODate)),
            QJsonValue(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)
                           .addSecs(run * 100000 + u)
                           .toString(Qt::ISODate))};
        for (int f = 0; f < kFields.size() && edits.metaEdits.size() < count; ++f)
            edits.metaEdits.append(MetaEdit{u, kFields.at(f), values[f], -1});
    }
    return edits;
}

double pushWithRemoteStore(RemoteStore &store, const EditSet &edits)
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
        out << "RemoteStore push failed: " << report.error.text << Qt::endl;
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
    const int users = (o.edits + int(kFields.size()) - 1) / int(kFields.size());
    RemoteConnection connection;
    {
        auto sqlite = TestFiles::createDemo(file, users, 5);
        QString error;
        const auto key = sqlite ? ApiKeyRegistry(*sqlite).add(1, {}, {}, &error) : std::nullopt;
        if (!key) {
            out << "cannot create the demo file or key: " << error << Qt::endl;
            return 1;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
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
    RemoteStore store(connection, options);

    out << "pushing " << o.edits << " edits to " << users << " users, chunks of " << o.chunk
        << " entries, parallelism " << o.parallel << ", " << o.rounds << " rounds" << Qt::endl;
    // A warm-up push: connections, page cache and the server's statements are ready for both.
    if (pushWithRemoteStore(store, makeEdits(o.edits, 0)) < 0)
        return 1;
    QList<double> ours, theirs, ratios;
    int run = 1;
    for (int round = 0; round < o.rounds; ++round) {
        // Alternate who goes first, so neither always meets a warmer server.
        double a = 0, b = 0;
        // Each push gets values of its own, so every edit really changes something.
        const int first = run++;
        const int second = run++;
        if (round % 2 == 0) {
            a = pushWithRemoteStore(store, makeEdits(o.edits, first));
            b = pushWithCurl(connection, makeEdits(o.edits, second), o, dir.path(), second);
        } else {
            b = pushWithCurl(connection, makeEdits(o.edits, first), o, dir.path(), first);
            a = pushWithRemoteStore(store, makeEdits(o.edits, second));
        }
        if (a < 0 || b < 0)
            return 1;
        ours << a;
        theirs << b;
        ratios << a / b;
        out << QStringLiteral("round %1: RemoteStore %2 s, curl %3 s, ratio %4")
                   .arg(round + 1)
                   .arg(a, 0, 'f', 3)
                   .arg(b, 0, 'f', 3)
                   .arg(a / b, 0, 'f', 3)
            << Qt::endl;
    }
    out << QStringLiteral("median: RemoteStore %1 s, curl %2 s, ratio %3 (goal <= 1.25)")
               .arg(median(ours), 0, 'f', 3)
               .arg(median(theirs), 0, 'f', 3)
               .arg(median(ratios), 0, 'f', 3)
        << Qt::endl;
    server.stop();
    return median(ratios) <= 1.25 ? 0 : 2;
}
