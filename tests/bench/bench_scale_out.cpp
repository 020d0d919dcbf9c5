// Issue 16: write throughput of metadesk-server as it is deployed to scale out. Each
// configuration gets its own database made alike (same demo seed) and the very same requests;
// they are measured in one run, interleaved round by round, and printed as ratios against the
// first (one instance on a file, plain HTTP: what a team runs today).
//
//   bench_scale_out [--users N] [--rounds R] [--postgres BASE_URI]
//
// Configurations: one instance on a file; the same behind nginx (TLS, deploy/nginx/metadesk.conf);
// two instances on one file behind nginx; with --postgres, one instance and two behind nginx on
// PostgreSQL (databases BASE_URI + "metadesk_bench_1" / "_2", made by `metadesk-server init`).
// Workloads: format-2 writes of 5,000 entries (2 clients) and format-3 single edits (8 clients),
// each client on its own users. Beside each figure: the CPU seconds the servers, nginx and this
// program spent on it (from /proc), which says where the time goes.
// The server is $METADESK_SERVER, else ../app/metadesk-server next to this program.

#include "ApiClient.h"
#include "NginxProxy.h"
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
    QString apiId;
    QString apiKey;
    // Summed over the rounds, per workload: wall seconds, CPU seconds, the answers' checksum.
    double seconds[2] = {0, 0};
    double serverCpu[2] = {0, 0};
    double proxyCpu[2] = {0, 0};
    double clientCpu[2] = {0, 0};
    qint64 checksum[2] = {0, 0};
    int failures = 0;

    bool start(qint64 users)
    {
        if (serverCommand({QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--users"), QString::number(users),
                           QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--force"),
                           backend})
                .isEmpty())
            return false;
        const QString key = serverCommand({QStringLiteral("key"), QStringLiteral("add"), backend,
                                           QStringLiteral("--account"), QStringLiteral("1")});
        static const QRegularExpression id(QStringLiteral("api_id: (\\S+)"));
        static const QRegularExpression secret(QStringLiteral("api_key: (\\S+)"));
        apiId = id.match(key).captured(1);
        apiKey = secret.match(key).captured(1);
        if (apiId.isEmpty() || apiKey.isEmpty())
            return false;
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

// Bodies of one workload slice, the same for every deployment: `clients` lists of requests.
using Bodies = std::vector<QList<QByteArray>>;

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
            bodies[size_t(c)] << QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}})
                                     .toJson(QJsonDocument::Compact);
        }
    }
    return bodies;
}

Bodies editBodies(int round)
{
    Bodies bodies(kEditClients);
    for (int c = 0; c < kEditClients; ++c) {
        for (int n = 0; n < kEditsPerClient; ++n) {
            const qint64 user = 1 + 20000 + c * 1000 + n;
            bodies[size_t(c)] << QStringLiteral(R"({"user_id":%1,"field":"score","value":%2})")
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
    const double proxy0 = d.proxy ? cpuSeconds(d.proxy->pid()) : 0;
    const double client0 = ownCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (const QList<QByteArray> &list : bodies) {
        threads.emplace_back(QThread::create([&d, &list, &checksum, &failures] {
            ApiClient client(d.baseUrl, d.apiId, d.apiKey);
            for (const QByteArray &body : list) {
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
    d.proxyCpu[w] += d.proxy ? cpuSeconds(d.proxy->pid()) - proxy0 : 0;
    d.clientCpu[w] += ownCpuSeconds() - client0;
    d.checksum[w] += checksum;
    d.failures += failures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 users = 30000;
    int rounds = 3;
    QString postgres;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--users"))
            users = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--postgres"))
            postgres = args[i + 1];
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

    QTemporaryDir dir;
    std::vector<std::unique_ptr<Deployment>> deployments;
    const auto add = [&](const char *name, const QString &backend, int instances, bool proxied) {
        auto d = std::make_unique<Deployment>();
        d->name = QString::fromLatin1(name);
        d->backend = backend;
        d->instanceCount = instances;
        d->proxied = proxied;
        deployments.push_back(std::move(d));
    };
    add("file, 1 instance", dir.filePath(QStringLiteral("a.db")), 1, false);
    add("file, 1 instance, nginx", dir.filePath(QStringLiteral("b.db")), 1, true);
    add("file, 2 instances, nginx", dir.filePath(QStringLiteral("c.db")), 2, true);
    if (!postgres.isEmpty()) {
        add("PostgreSQL, 1 instance", postgres + QStringLiteral("metadesk_bench_1"), 1, false);
        add("PostgreSQL, 2 instances, nginx", postgres + QStringLiteral("metadesk_bench_2"), 2,
            true);
    }
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    for (auto &d : deployments) {
        if (!d->start(users)) {
            std::fprintf(stderr, "bench_scale_out: cannot start %s\n", qPrintable(d->name));
            return 1;
        }
    }
    std::printf("%lld demo users each; %d rounds; per round and deployment %d x %d format-2 "
                "requests of %d entries, %d x %d single edits\n",
                static_cast<long long>(users), rounds, kFormat2Clients, kFormat2PerClient, kEntries,
                kEditClients, kEditsPerClient);
    std::fflush(stdout);
    for (int round = 0; round < rounds; ++round) {
        const Bodies format2 = format2Bodies(round);
        const Bodies edits = editBodies(round);
        for (auto &d : deployments) {
            run(*d, 0, format2);
            run(*d, 1, edits);
        }
    }

    const char *workloads[] = {"format-2, 5,000 entries", "single edits (format 3)"};
    const double units[] = {double(rounds) * kFormat2Clients * kFormat2PerClient * kEntries,
                            double(rounds) * kEditClients * kEditsPerClient};
    const char *unitNames[] = {"entries/s", "requests/s"};
    int failures = 0;
    for (int w = 0; w < 2; ++w) {
        std::printf("\n%s, %d clients:\n", workloads[w], w == 0 ? kFormat2Clients : kEditClients);
        const double baseline = units[w] / deployments.front()->seconds[w];
        for (const auto &d : deployments) {
            const double rate = units[w] / d->seconds[w];
            std::printf("  %-32s %9.0f %s  x%.2f   cpu s: servers %6.2f nginx %5.2f "
                        "client %5.2f   checksum %lld\n",
                        qPrintable(d->name), rate, unitNames[w], rate / baseline, d->serverCpu[w],
                        d->proxyCpu[w], d->clientCpu[w], static_cast<long long>(d->checksum[w]));
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
