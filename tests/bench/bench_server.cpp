// Throughput of the real metadesk-server on loopback (figures in docs/PERFORMANCE.md):
// format-3 single-edit requests per second with 1 and 8 clients, entries per second for
// 5,000-entry format-2 requests, and egress pages per second of 5,000 users.
//
//   bench_server [PATH_TO_METADESK_SERVER] [--users N] [--seconds S]
// The server defaults to $METADESK_SERVER, else ../app/metadesk-server next to this program.

#include "ApiClient.h"
#include "ServerProcess.h"
#include "TestFiles.h"
#include "store/ApiKeyRegistry.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Setup
{
    QString baseUrl;
    QString apiId;
    QString apiKey;
    qint64 users = 0;
};

QByteArray singleEdit(qint64 user, qint64 value)
{
    return QStringLiteral(R"({"user_id":%1,"field":"score","value":%2})")
        .arg(user)
        .arg(value)
        .toUtf8();
}

// Requests per second of `clients` threads each sending format-3 edits for `seconds`.
double singleEditsPerSecond(const Setup &setup, int clients, int seconds, int *failures)
{
    std::atomic<qint64> done{0};
    std::atomic<int> failed{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            ApiClient client(setup.baseUrl, setup.apiId, setup.apiKey);
            qint64 n = 0;
            while (clock.elapsed() < seconds * 1000) {
                const qint64 user = 1 + (c * 7919 + n * 31) % setup.users;
                const HttpReply r = client.send("PUT", QStringLiteral("/api/ingress/user_meta"),
                                                singleEdit(user, n % 101));
                if (r.status != 200)
                    ++failed;
                ++n;
            }
            done += n;
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    *failures += failed;
    return double(done) / (double(clock.nsecsElapsed()) / 1e9);
}

double format2EntriesPerSecond(const Setup &setup, int requests, int *failures)
{
    ApiClient client(setup.baseUrl, setup.apiId, setup.apiKey);
    QList<QByteArray> bodies;
    for (int r = 0; r < requests; ++r) {
        QJsonArray fields;
        for (int i = 0; i < 5000; ++i) {
            const qint64 user = 1 + (qint64(r) * 5000 + i) % setup.users;
            fields.append(QJsonObject{{QStringLiteral("user_id"), user},
                                      {QStringLiteral("field"),
                                       i % 2 ? QStringLiteral("score") : QStringLiteral("balance")},
                                      {QStringLiteral("value"), (r * 13 + i) % 100}});
        }
        bodies << QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}})
                      .toJson(QJsonDocument::Compact);
    }
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &body : bodies) {
        const HttpReply r = client.send("PUT", QStringLiteral("/api/ingress/user_meta"), body);
        if (r.status != 200) {
            ++*failures;
            std::fprintf(stderr, "%s\n", qPrintable(r.describe()));
        }
    }
    return double(requests) * 5000 / (double(clock.nsecsElapsed()) / 1e9);
}

double egressPagesPerSecond(const Setup &setup, const QString &path, int seconds, int *failures)
{
    ApiClient client(setup.baseUrl, setup.apiId, setup.apiKey);
    QElapsedTimer clock;
    clock.start();
    qint64 pages = 0;
    QJsonValue next = 0;
    while (clock.elapsed() < seconds * 1000) {
        const HttpReply r =
            client.get(path + QStringLiteral("?limit=5000&after=%1").arg(next.toInteger()));
        if (r.status != 200)
            ++*failures;
        next = r.json.value(QStringLiteral("next"));
        if (next.isNull())
            next = 0;
        ++pages;
    }
    return double(pages) / (double(clock.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 users = 50000;
    int seconds = 5;
    QString server = qEnvironmentVariable("METADESK_SERVER");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--users") && i + 1 < args.size())
            users = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toInt();
        else
            server = args[i];
    }
    if (server.isEmpty())
        server = QDir(QCoreApplication::applicationDirPath())
                     .filePath(QStringLiteral("../app/metadesk-server"));
    if (!QFileInfo(server).isExecutable()) {
        std::fprintf(stderr, "bench_server: no metadesk-server at %s\n", qPrintable(server));
        return 1;
    }
    qputenv("METADESK_SERVER", QFileInfo(server).absoluteFilePath().toLocal8Bit());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.db"));
    Setup setup;
    setup.users = users;
    {
        std::unique_ptr<SqliteStore> store = TestFiles::createDemo(file, users, 1);
        if (!store)
            return 1;
        ApiKeyRegistry registry(*store);
        QString error;
        const auto key = registry.add(1, {}, {}, &error);
        if (!key) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(error));
            return 1;
        }
        setup.apiId = key->apiId;
        setup.apiKey = key->key;
    }
    ServerProcess process;
    if (!process.start(file, {QStringLiteral("--quiet")})) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(process.error()));
        return 1;
    }
    setup.baseUrl = process.baseUrl();

    int failures = 0;
    std::printf("metadesk-server on %s, %lld demo users, %d s per figure\n",
                qPrintable(setup.baseUrl), static_cast<long long>(users), seconds);
    std::printf("format-3 single edits, 1 client:  %8.0f requests/s\n",
                singleEditsPerSecond(setup, 1, seconds, &failures));
    std::printf("format-3 single edits, 8 clients: %8.0f requests/s\n",
                singleEditsPerSecond(setup, 8, seconds, &failures));
    std::printf("format-2, 5,000 entries/request:  %8.0f entries/s\n",
                format2EntriesPerSecond(setup, 20, &failures));
    std::printf(
        "egress users, 5,000 per page:     %8.1f pages/s\n",
        egressPagesPerSecond(setup, QStringLiteral("/api/egress/users"), seconds, &failures));
    std::printf(
        "egress user_meta, 5,000 users/page: %6.1f pages/s\n",
        egressPagesPerSecond(setup, QStringLiteral("/api/egress/user_meta"), seconds, &failures));
    std::fflush(stdout);
    process.stop();
    if (failures > 0) {
        std::fprintf(stderr, "bench_server: %d requests failed\n", failures);
        return 1;
    }
    return 0;
}
