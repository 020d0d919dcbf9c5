// Benchmark of issue 15: single-edit PUTs per second through the real metadesk-server on loopback,
// with 1 and with 8 clients, against the in-process one-writer limit: the same edits applied in
// this process, one SqliteStore::applyUserMeta call (one transaction) per edit, which is the call
// the server's IngressHandler makes, with its checks (the field's definition and range, the user in
// the account). Both sides write the same kind of edit, one user's `score`, to the same file; every
// edit changes the value, and after each phase the file's `score` column must match what that
// phase's edits say (a checksum over every user), else the benchmark fails. Phases alternate who
// goes first; each round prints its figures, the load average and the ratios of requests per
// second (goals: >= 0.6 with 1 client, >= 0.8 with 8), and the ratio of the CPU time per edit of
// the limit to the server's, which does not depend on how much of a busy machine each side got.
//
// The server's write thread runs at nice 10 (ServiceWorkers); the limit is measured at this
// program's priority and again on a thread at nice 10, so a busy machine's share of it is visible.
// The client is a blocking keep-alive HTTP/1.1 connection per thread (RawHttpConnection, requests
// prebuilt as bytes) or, with --client qnam, QNetworkAccessManager (ApiClient); each phase prints
// the CPU time its clients and the server used per request, so the client's share is on record.
//
// Usage: bench_single_edit [--users N] [--seconds S] [--rounds R] [--client raw|qnam]
// The server comes from $METADESK_SERVER (default: ../app/metadesk-server next to this program).
// A demo file of N users (default 50,000) is made in a temporary directory.

#include "ApiClient.h"
#include "RawHttpConnection.h"
#include "ServerProcess.h"
#include "StoreSql.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {
QTextStream out(stdout);

struct Options
{
    qint64 users = 50000;
    int seconds = 3;
    int rounds = 5;
    bool qnam = false;
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double threadCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// User and system time of another process, from /proc (clock ticks).
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // The fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

// The score values of every user of account 1, as the file holds them.
QHash<qint64, int> scores(SqliteStore &store)
{
    QHash<qint64, int> values;
    const QList<QVariantList> rows = StoreSql::rows(
        store, QStringLiteral("SELECT v.user_id, v.value FROM meta_values v JOIN meta_fields f ON "
                              "f.id = v.field_id WHERE v.account_id = 1 AND f.name = 'score'"));
    for (const QVariantList &row : rows)
        values.insert(row.at(0).toLongLong(), row.at(1).toInt());
    return values;
}

quint64 checksum(const QHash<qint64, int> &values)
{
    quint64 sum = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sum += quint64(it.key()) * quint64(it.value() + 1);
    return sum;
}

// The edits of one phase. Writer `w` of `writers` walks its own users (1 + w + writers * slot,
// slots permuted), so writers never touch the same user; every pass over its users gives each of
// them a value it did not hold before (score is 0..100).
struct EditPlan
{
    const QHash<qint64, int> *before = nullptr;
    qint64 users = 0;
    int writers = 1;

    qint64 slots() const { return users / writers; }
    qint64 user(int writer, qint64 k) const
    {
        const qint64 slot = (k % slots()) * 7919 % slots();
        return 1 + writer + qint64(writers) * slot;
    }
    int value(int writer, qint64 k) const
    {
        const qint64 pass = k / slots();
        return int((before->value(user(writer, k)) + 1 + pass) % 101);
    }
    // The values after writer w made done[w] edits, for every writer.
    QHash<qint64, int> after(const std::vector<qint64> &done) const
    {
        QHash<qint64, int> values = *before;
        for (int w = 0; w < writers; ++w) {
            for (qint64 k = qMax<qint64>(0, done[w] - slots()); k < done[w]; ++k)
                values.insert(user(w, k), value(w, k));
        }
        return values;
    }
};

struct Phase
{
    std::vector<qint64> done; // edits per writer (edits 0 .. n-1 of its walk)
    qint64 edits = 0;
    double seconds = 0;
    double clientCpu = 0; // seconds, every writer thread of this process
    double serverCpu = 0; // seconds, the server process
    int failures = 0;
    double perSecond() const { return double(edits) / seconds; }
};

struct Server
{
    QString baseUrl;
    quint16 port = 0;
    qint64 pid = 0;
    QString apiId;
    QString apiKey;
};

// One applyUserMeta call (one transaction) per edit, on this process's own connection.
Phase inProcess(const QString &file, const EditPlan &plan, int seconds, int nice)
{
    Phase phase;
    std::vector<qint64> done(1, 0);
    std::thread writer([&] {
        if (nice != 0)
            setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), nice);
        StoreError error;
        std::unique_ptr<SqliteStore> store = SqliteStore::open(file, &error);
        if (!store) {
            ++phase.failures;
            return;
        }
        const QString field = QStringLiteral("score");
        const double cpu0 = threadCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        qint64 k = 0;
        while (clock.elapsed() < seconds * 1000) {
            const MetaEdit edit{plan.user(0, k), field, plan.value(0, k)};
            if (!store->applyUserMeta(1, {edit}).ok())
                ++phase.failures;
            ++k;
        }
        phase.seconds = double(clock.nsecsElapsed()) / 1e9;
        phase.clientCpu = threadCpuSeconds() - cpu0;
        done[0] = k;
    });
    writer.join();
    phase.done = done;
    phase.edits = done[0];
    return phase;
}

QByteArray body(const EditPlan &plan, int writer, qint64 k)
{
    return QStringLiteral(R"({"user_id":%1,"field":"score","value":%2})")
        .arg(plan.user(writer, k))
        .arg(plan.value(writer, k))
        .toUtf8();
}

// `plan.writers` clients, each its own thread and keep-alive connection, for `seconds`.
Phase throughServer(const Server &server, const EditPlan &plan, int seconds, bool qnam)
{
    Phase phase;
    std::vector<qint64> done(size_t(plan.writers), 0);
    std::vector<double> cpu(size_t(plan.writers), 0);
    std::atomic<int> failures{0};
    std::atomic<bool> stop{false};
    const QByteArray head = "PUT /api/ingress/user_meta HTTP/1.1\r\nHost: 127.0.0.1:" +
                            QByteArray::number(server.port) +
                            "\r\ntld-api-id: " + server.apiId.toLatin1() +
                            "\r\ntld-api-key: " + server.apiKey.toLatin1() +
                            "\r\nContent-Type: application/json\r\nContent-Length: ";
    const double server0 = processCpuSeconds(server.pid);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int w = 0; w < plan.writers; ++w) {
        threads.emplace_back([&, w] {
            const double cpu0 = threadCpuSeconds();
            qint64 k = 0;
            if (qnam) {
                ApiClient client(server.baseUrl, server.apiId, server.apiKey);
                for (; !stop; ++k) {
                    const HttpReply r = client.send("PUT", QStringLiteral("/api/ingress/user_meta"),
                                                    body(plan, w, k));
                    if (r.status != 200)
                        ++failures;
                }
            } else {
                RawHttpConnection connection;
                bool open = connection.open(server.port);
                for (; !stop; ++k) {
                    const QByteArray b = body(plan, w, k);
                    if (!open ||
                        !connection.send(head + QByteArray::number(b.size()) + "\r\n\r\n" + b)) {
                        ++failures;
                        open = connection.open(server.port);
                        continue;
                    }
                    const RawHttpConnection::Response r = connection.read(30000);
                    if (r.status != 200) {
                        ++failures;
                        open = connection.open(server.port);
                    }
                }
            }
            done[size_t(w)] = k;
            cpu[size_t(w)] = threadCpuSeconds() - cpu0;
        });
    }
    while (clock.elapsed() < seconds * 1000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    stop = true;
    for (std::thread &t : threads)
        t.join();
    phase.seconds = double(clock.nsecsElapsed()) / 1e9;
    phase.serverCpu = processCpuSeconds(server.pid) - server0;
    for (int w = 0; w < plan.writers; ++w) {
        phase.edits += done[size_t(w)];
        phase.clientCpu += cpu[size_t(w)];
    }
    phase.done = done;
    phase.failures = failures;
    return phase;
}

// Runs one phase and checks the file holds exactly what its edits say.
template<typename Run>
Phase checked(SqliteStore &reader, qint64 users, int writers, const Run &run)
{
    const QHash<qint64, int> before = scores(reader);
    EditPlan plan{&before, users, writers};
    Phase phase = run(plan);
    const quint64 expected = checksum(plan.after(phase.done));
    const quint64 actual = checksum(scores(reader));
    if (expected != actual) {
        out << "  checksum differs: expected " << expected << ", file " << actual << '\n';
        ++phase.failures;
    }
    return phase;
}

void print(const char *name, const Phase &p)
{
    out << QStringLiteral("  %1 %2 edits/s  (%3 edits in %4 s; CPU per edit: client/writer "
                          "%5 us, server %6 us)")
               .arg(QLatin1String(name), -28)
               .arg(p.perSecond(), 8, 'f', 0)
               .arg(p.edits)
               .arg(p.seconds, 0, 'f', 2)
               .arg(p.clientCpu / double(p.edits) * 1e6, 0, 'f', 1)
               .arg(p.serverCpu / double(p.edits) * 1e6, 0, 'f', 1)
        << '\n';
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            o.users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--seconds"))
            o.seconds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--client"))
            o.qnam = args.at(i + 1) == QLatin1String("qnam");
    }
    if (qEnvironmentVariableIsEmpty("METADESK_SERVER"))
        qputenv("METADESK_SERVER", QDir(QCoreApplication::applicationDirPath())
                                       .absoluteFilePath(QStringLiteral("../app/metadesk-server"))
                                       .toLocal8Bit());
    if (!QFileInfo(qEnvironmentVariable("METADESK_SERVER")).isExecutable()) {
        out << "bench_single_edit: no metadesk-server at "
            << qEnvironmentVariable("METADESK_SERVER") << '\n';
        return 1;
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.db"));
    std::unique_ptr<SqliteStore> reader = TestFiles::createDemo(file, o.users, 1);
    if (!reader)
        return 1;
    Server server;
    {
        QString error;
        const auto key = ApiKeyRegistry(*reader).add(1, {}, {}, &error);
        if (!key) {
            out << "bench_single_edit: " << error << '\n';
            return 1;
        }
        server.apiId = key->apiId;
        server.apiKey = key->key;
    }
    ServerProcess process;
    if (!process.start(file, {QStringLiteral("--quiet")})) {
        out << "bench_single_edit: " << process.error() << '\n';
        return 1;
    }
    server.baseUrl = process.baseUrl();
    server.port = process.port();
    server.pid = process.pid();
    out << "metadesk-server pid " << server.pid << " on " << server.baseUrl << ", " << o.users
        << " demo users, " << o.seconds << " s per phase, client "
        << (o.qnam ? "QNetworkAccessManager" : "raw keep-alive socket") << '\n';

    std::vector<double> ratio1, ratio8, ratio1Nice, ratio8Nice, cpu1, cpu8;
    int failures = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        out << "round " << round << " (load average " << loadAverage() << ")\n";
        out.flush();
        Phase limit, limitNice, one, eight;
        const auto local = [&] {
            limit = checked(*reader, o.users, 1, [&](const EditPlan &plan) {
                return inProcess(file, plan, o.seconds, 0);
            });
            print("in-process, nice 0", limit);
            limitNice = checked(*reader, o.users, 1, [&](const EditPlan &plan) {
                return inProcess(file, plan, o.seconds, 10);
            });
            print("in-process, nice 10", limitNice);
        };
        const auto remote = [&] {
            one = checked(*reader, o.users, 1, [&](const EditPlan &plan) {
                return throughServer(server, plan, o.seconds, o.qnam);
            });
            print("server, 1 client", one);
            eight = checked(*reader, o.users, 8, [&](const EditPlan &plan) {
                return throughServer(server, plan, o.seconds, o.qnam);
            });
            print("server, 8 clients", eight);
        };
        if (round % 2) {
            local();
            remote();
        } else {
            remote();
            local();
        }
        failures += limit.failures + limitNice.failures + one.failures + eight.failures;
        ratio1.push_back(one.perSecond() / limit.perSecond());
        ratio8.push_back(eight.perSecond() / limit.perSecond());
        ratio1Nice.push_back(one.perSecond() / limitNice.perSecond());
        ratio8Nice.push_back(eight.perSecond() / limitNice.perSecond());
        // On a busy machine requests/s mostly say how much of a core each side got; the CPU
        // each side spent per edit does not depend on that.
        const double limitCpu = limit.clientCpu / double(limit.edits);
        cpu1.push_back(limitCpu / (one.serverCpu / double(one.edits)));
        cpu8.push_back(limitCpu / (eight.serverCpu / double(eight.edits)));
        out << QStringLiteral("  ratio to nice-0 limit: 1 client %1, 8 clients %2; to nice-10 "
                              "limit: %3, %4; CPU per edit, limit / server: %5, %6 (load "
                              "average %7)")
                   .arg(ratio1.back(), 0, 'f', 2)
                   .arg(ratio8.back(), 0, 'f', 2)
                   .arg(ratio1Nice.back(), 0, 'f', 2)
                   .arg(ratio8Nice.back(), 0, 'f', 2)
                   .arg(cpu1.back(), 0, 'f', 2)
                   .arg(cpu8.back(), 0, 'f', 2)
                   .arg(loadAverage())
            << '\n';
        out.flush();
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    out << QStringLiteral("median ratio to the nice-0 limit: 1 client %1 (goal >= 0.6), 8 clients "
                          "%2 (goal >= 0.8); to the nice-10 limit: %3, %4; CPU per edit, limit / "
                          "server: %5, %6; load average %7")
               .arg(median(ratio1), 0, 'f', 2)
               .arg(median(ratio8), 0, 'f', 2)
               .arg(median(ratio1Nice), 0, 'f', 2)
               .arg(median(ratio8Nice), 0, 'f', 2)
               .arg(median(cpu1), 0, 'f', 2)
               .arg(median(cpu8), 0, 'f', 2)
               .arg(loadAverage())
        << '\n';
    out.flush();
    process.stop();
    if (failures > 0) {
        out << "bench_single_edit: " << failures << " edits failed or the file did not match\n";
        return 1;
    }
    return 0;
}
