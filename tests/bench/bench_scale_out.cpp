// Issue 16: write throughput of metadesk-server on a file and on PostgreSQL, with one and two
// instances. Each configuration gets its own database made alike (same demo seed) and the very
// same requests; they are measured in one run, interleaved round by round, and printed as ratios
// against the first (one instance on a file, plain HTTP: what a team runs today).
//
//   bench_scale_out [--users N] [--rounds R]
//
// PostgreSQL is a cluster this program starts (tests/support/PostgresCluster) as a deployment
// runs it: fsync, full page writes and synchronous commit on. Configurations: one instance on a
// file; on PostgreSQL one instance, one behind nginx (TLS, deploy/nginx/metadesk.conf), two
// behind nginx; and one instance on a database with synchronous_commit off (what the commit's
// flush costs). Workloads: format-2 writes of 5,000 entries (2 clients) and single edits
// (format 3, 8 clients), each client on its own users of account 1; and single edits of 8
// clients split over accounts 1 and 2 (writers of different accounts do not wait for each
// other's lock). Beside each figure: the CPU seconds the servers, PostgreSQL, nginx and this
// program spent on it (from /proc), which says where the time goes.
// The server is $METADESK_SERVER, else ../app/metadesk-server next to this program.

#include "ApiClient.h"
#include "NginxProxy.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"

#include "server/ServeOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kEntries = 5000;
constexpr int kFormat2Clients = 2;
constexpr int kFormat2PerClient = 3;
constexpr int kEditClients = 8;
constexpr int kEditsPerClient = 150;
constexpr int kWorkloads = 3;

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

// CPU seconds (user + system) a process and its children have used so far.
double cpuSeconds(qint64 pid)
{
    double total = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 id = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // The command may hold spaces and parentheses; the fields after it are fixed.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const qint64 parent = fields.at(1).toLongLong();
        if (id != pid && parent != pid)
            continue;
        total += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                 double(::sysconf(_SC_CLK_TCK));
    }
    return total;
}

double ownCpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString serverCommand(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("METADESK_SERVER"), arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "metadesk-server %s: %s\n",
                     qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One way of serving: a database, instances serving it, perhaps nginx in front.
struct Deployment
{
    QString name;
    QString backend;
    bool proxied = false;
    int instanceCount = 1;
    std::vector<std::unique_ptr<ServerProcess>> instances;
    std::unique_ptr<NginxProxy> proxy;
    QString baseUrl;
    QString apiId[2]; // keys of accounts 1 and 2
    QString apiKey[2];
    qint64 databasePid = 0; // PostgreSQL's postmaster, 0 on a file
    // Summed over the rounds, per workload: wall seconds, CPU seconds, the answers' checksum.
    double seconds[kWorkloads] = {};
    double serverCpu[kWorkloads] = {};
    double databaseCpu[kWorkloads] = {};
    double proxyCpu[kWorkloads] = {};
    double clientCpu[kWorkloads] = {};
    qint64 checksum[kWorkloads] = {};
    int failures = 0;

    bool start(qint64 users)
    {
        if (serverCommand({QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--users"), QString::number(users),
                           QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--force"),
                           backend})
                .isEmpty())
            return false;
        for (int account = 0; account < 2; ++account) {
            const QString key =
                serverCommand({QStringLiteral("key"), QStringLiteral("add"), backend,
                               QStringLiteral("--account"), QString::number(account + 1)});
            static const QRegularExpression id(QStringLiteral("api_id: (\\S+)"));
            static const QRegularExpression secret(QStringLiteral("api_key: (\\S+)"));
            apiId[account] = id.match(key).captured(1);
            apiKey[account] = secret.match(key).captured(1);
            if (apiId[account].isEmpty() || apiKey[account].isEmpty())
                return false;
        }
        QStringList addresses;
        for (int i = 0; i < instanceCount; ++i) {
            instances.push_back(std::make_unique<ServerProcess>());
            if (!instances.back()->start(backend, {QStringLiteral("--quiet")})) {
                std::fprintf(stderr, "%s\n", qPrintable(instances.back()->error()));
                return false;
            }
            addresses << QStringLiteral("127.0.0.1:%1").arg(instances.back()->port());
        }
        baseUrl = instances.front()->baseUrl();
        if (proxied) {
            proxy = std::make_unique<NginxProxy>();
            if (!proxy->start(addresses, ServeOptions::kDefaultMaxBody)) {
                std::fprintf(stderr, "%s\n", qPrintable(proxy->error()));
                return false;
            }
            proxy->trustInThisProcess();
            baseUrl = proxy->baseUrl();
        }
        return true;
    }

    double serversCpu() const
    {
        double total = 0;
        for (const auto &instance : instances)
            total += cpuSeconds(instance->pid());
        return total;
    }
};

// Bodies of one workload slice, the same for every deployment: per client, the account whose
// key it uses (0: account 1, 1: account 2) and its requests.
struct ClientBodies
{
    int account = 0;
    QList<QByteArray> requests;
};
using Bodies = std::vector<ClientBodies>;

Bodies format2Bodies(int round)
{
    Bodies bodies(kFormat2Clients);
    for (int c = 0; c < kFormat2Clients; ++c) {
        for (int r = 0; r < kFormat2PerClient; ++r) {
            QJsonArray fields;
            for (int i = 0; i < kEntries; ++i) {
                // Client c owns users c*10000+1 ...; every round changes every value.
                const qint64 user = 1 + c * 10000 + (r * kEntries + i) % 10000;
                fields.append(
                    QJsonObject{{QStringLiteral("user_id"), user},
                                {QStringLiteral("field"),
                                 i % 2 ? QStringLiteral("score") : QStringLiteral("balance")},
                                {QStringLiteral("value"), (round * 7 + r * 3 + i) % 100}});
            }
            bodies[size_t(c)].requests
                << QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}})
                       .toJson(QJsonDocument::Compact);
        }
    }
    return bodies;
}

// Single edits; with `secondAccount`, clients of odd index write users of account 2 (their ids
// in `secondUsers`) with its key.
Bodies editBodies(int round, const QList<qint64> &secondUsers = {})
{
    Bodies bodies(kEditClients);
    for (int c = 0; c < kEditClients; ++c) {
        const bool second = !secondUsers.isEmpty() && c % 2 == 1;
        bodies[size_t(c)].account = second ? 1 : 0;
        for (int n = 0; n < kEditsPerClient; ++n) {
            const qint64 user =
                second ? secondUsers.at(c / 2 * kEditsPerClient + n) : 1 + 20000 + c * 1000 + n;
            bodies[size_t(c)].requests
                << QStringLiteral(R"({"user_id":%1,"field":"score","value":%2})")
                       .arg(user)
                       .arg((round * 7 + n) % 100)
                       .toUtf8();
        }
    }
    return bodies;
}

// Sends every client's bodies at once, one thread and connection per client; adds the time, the
// CPU and the checksum (updated + unchanged of every answer) to workload `w` of `d`.
void run(Deployment &d, int w, const Bodies &bodies)
{
    std::atomic<qint64> checksum{0};
    std::atomic<int> failures{0};
    const double server0 = d.serversCpu();
    const double database0 = d.databasePid ? cpuSeconds(d.databasePid) : 0;
    const double proxy0 = d.proxy ? cpuSeconds(d.proxy->pid()) : 0;
    const double client0 = ownCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (const ClientBodies &list : bodies) {
        threads.emplace_back(QThread::create([&d, &list, &checksum, &failures] {
            ApiClient client(d.baseUrl, d.apiId[list.account], d.apiKey[list.account]);
            for (const QByteArray &body : list.requests) {
                const HttpReply r =
                    client.send("PUT", QStringLiteral("/api/ingress/user_meta"), body);
                if (r.status != 200) {
                    ++failures;
                    std::fprintf(stderr, "%s: %s\n", qPrintable(d.name), qPrintable(r.describe()));
                }
                checksum += r.json.value(QStringLiteral("updated")).toInteger() +
                            r.json.value(QStringLiteral("unchanged")).toInteger();
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    d.seconds[w] += double(clock.nsecsElapsed()) / 1e9;
    d.serverCpu[w] += d.serversCpu() - server0;
    d.databaseCpu[w] += d.databasePid ? cpuSeconds(d.databasePid) - database0 : 0;
    d.proxyCpu[w] += d.proxy ? cpuSeconds(d.proxy->pid()) - proxy0 : 0;
    d.clientCpu[w] += ownCpuSeconds() - client0;
    d.checksum[w] += checksum;
    d.failures += failures;
}

// The users of account 2 (ids ascending), read through `d`'s key of account 2.
QList<qint64> usersOfSecondAccount(const Deployment &d, int count)
{
    ApiClient client(d.baseUrl, d.apiId[1], d.apiKey[1]);
    const HttpReply r = client.get(QStringLiteral("/api/egress/users?limit=%1").arg(count));
    QList<qint64> ids;
    for (const QJsonValue &u : r.json.value(QStringLiteral("users")).toArray())
        ids << u[QStringLiteral("id")].toInteger();
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 users = 30000;
    int rounds = 3;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--users"))
            users = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }
    if (users < 30000) {
        std::fprintf(stderr, "bench_scale_out: --users must be at least 30000\n");
        return 2;
    }
    QString server = qEnvironmentVariable("METADESK_SERVER");
    if (server.isEmpty())
        server = QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../app/metadesk-server"));
    if (!QFileInfo(server).isExecutable()) {
        std::fprintf(stderr, "bench_scale_out: no metadesk-server at %s\n", qPrintable(server));
        return 1;
    }
    qputenv("METADESK_SERVER", QFileInfo(server).absoluteFilePath().toLocal8Bit());

    PostgresCluster cluster;
    if (!cluster.start(PostgresCluster::Durability::AsDeployed)) {
        std::fprintf(stderr, "bench_scale_out: %s\n", qPrintable(cluster.error()));
        return 1;
    }
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Deployment>> deployments;
    const auto add = [&](const char *name, const QString &backend, int instances, bool proxied) {
        auto d = std::make_unique<Deployment>();
        d->name = QString::fromLatin1(name);
        d->backend = backend;
        d->instanceCount = instances;
        d->proxied = proxied;
        d->databasePid = backend.startsWith(QLatin1String("postgresql:")) ? cluster.serverPid() : 0;
        deployments.push_back(std::move(d));
        return !backend.isEmpty();
    };
    const auto database = [&](const char *name) {
        const QString uri = cluster.createDatabase(QString::fromLatin1(name));
        if (uri.isEmpty())
            std::fprintf(stderr, "bench_scale_out: %s\n", qPrintable(cluster.error()));
        return uri;
    };
    if (!add("file, 1 instance", dir.filePath(QStringLiteral("a.db")), 1, false) ||
        !add("PostgreSQL, 1 instance", database("bench_1"), 1, false) ||
        !add("PostgreSQL, 1 instance, nginx", database("bench_1n"), 1, true) ||
        !add("PostgreSQL, 2 instances, nginx", database("bench_2n"), 2, true) ||
        !add("PostgreSQL, 1, sync commit off", database("bench_async"), 1, false) ||
        !cluster.sql(QStringLiteral("postgres"),
                     "ALTER DATABASE bench_async SET synchronous_commit = off"))
        return 1;
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    for (auto &d : deployments) {
        if (!d->start(users)) {
            std::fprintf(stderr, "bench_scale_out: cannot start %s\n", qPrintable(d->name));
            return 1;
        }
    }
    const QList<qint64> secondUsers =
        usersOfSecondAccount(*deployments.front(), kEditClients / 2 * kEditsPerClient);
    if (secondUsers.size() < kEditClients / 2 * kEditsPerClient) {
        std::fprintf(stderr, "bench_scale_out: account 2 has too few users\n");
        return 1;
    }
    std::printf("%lld demo users each; %d rounds; per round and deployment %d x %d format-2 "
                "requests of %d entries, %d x %d single edits of account 1, the same over "
                "accounts 1 and 2\n",
                static_cast<long long>(users), rounds, kFormat2Clients, kFormat2PerClient, kEntries,
                kEditClients, kEditsPerClient);
    std::fflush(stdout);
    for (int round = 0; round < rounds; ++round) {
        const Bodies workloads[kWorkloads] = {format2Bodies(round), editBodies(round),
                                              editBodies(round, secondUsers)};
        for (auto &d : deployments) {
            for (int w = 0; w < kWorkloads; ++w)
                run(*d, w, workloads[w]);
        }
    }

    const char *workloads[] = {"format-2, 5,000 entries", "single edits (format 3), account 1",
                               "single edits, accounts 1 and 2"};
    const int clients[] = {kFormat2Clients, kEditClients, kEditClients};
    const double units[] = {double(rounds) * kFormat2Clients * kFormat2PerClient * kEntries,
                            double(rounds) * kEditClients * kEditsPerClient,
                            double(rounds) * kEditClients * kEditsPerClient};
    const char *unitNames[] = {"entries/s", "requests/s", "requests/s"};
    int failures = 0;
    for (int w = 0; w < kWorkloads; ++w) {
        std::printf("\n%s, %d clients:\n", workloads[w], clients[w]);
        const double baseline = units[w] / deployments.front()->seconds[w];
        for (const auto &d : deployments) {
            const double rate = units[w] / d->seconds[w];
            std::printf("  %-32s %9.0f %s  x%.2f   cpu s: servers %6.2f postgres %6.2f nginx "
                        "%5.2f client %5.2f   checksum %lld\n",
                        qPrintable(d->name), rate, unitNames[w], rate / baseline, d->serverCpu[w],
                        d->databaseCpu[w], d->proxyCpu[w], d->clientCpu[w],
                        static_cast<long long>(d->checksum[w]));
            if (d->checksum[w] != deployments.front()->checksum[w]) {
                std::fprintf(stderr, "bench_scale_out: %s answered other counts than %s\n",
                             qPrintable(d->name), qPrintable(deployments.front()->name));
                ++failures;
            }
        }
    }
    for (const auto &d : deployments)
        failures += d->failures;
    std::printf("\nload average after: %s\n", qPrintable(loadAverage()));
    std::fflush(stdout);
    if (failures > 0) {
        std::fprintf(stderr, "bench_scale_out: %d failures\n", failures);
        return 1;
    }
    return 0;
}
