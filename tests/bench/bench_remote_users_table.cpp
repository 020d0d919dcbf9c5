// Issue 15: the users table on a million users served by metadesk-server (figures in
// docs/PERFORMANCE.md).
//
// 1. The users table model (UsersTableModel, every meta field a column) over RemoteStore, against
//    the same model over LocalStore on the same file (the baseline: what the file itself gives):
//    first rows, jump to the last row, sort by a meta column, that sort's last row, a meta-value
//    filter. Each step ends when the rows it shows have arrived with their meta values.
// 2. Paging every user of the account through GET /api/egress/users (keyset, 5,000 per page, one
//    keep-alive connection, every body read), against `sqlite3 -json` printing the same columns
//    (groups as a JSON list) of the same file. Both answers are parsed afterwards (untimed) and
//    must give the same checksum (users, sum of ids, memberships, sum of email lengths).
//
// Sides alternate who goes first each round; the load average is printed before and after.
//
//   QT_QPA_PLATFORM=offscreen bench_remote_users_table [--file PATH] [--users N] [--rounds R]
// The file is made on first use (default /tmp/metadesk-remote-bench-N.db) and reused after. The
// server comes from $METADESK_SERVER, else ../app/metadesk-server beside this program.

#include "ServerProcess.h"
#include "TestFiles.h"
#include "items/UsersTableModel.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Runs the event loop until `done` holds (checked every millisecond) or 120 s pass.
bool waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 120000)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct TableFigures
{
    double firstRows = 0;
    double lastRow = 0;
    double sortByMeta = 0;
    double sortedLastRow = 0;
    double metaFilter = 0;
    qint64 rows = 0;
    qint64 lastId = 0;
    qint64 sortedFirstId = 0;
    qint64 sortedLastId = 0;
    qint64 filtered = 0;
};

// Milliseconds from `act` until row `row` (a function: the row count may come with the answer)
// has arrived with its values.
double timeRow(UsersTableModel &model, const std::function<void()> &act,
               const std::function<int()> &row, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    act();
    const bool arrived = waitUntil([&] {
        if (!model.isLoaded())
            return false;
        const int r = row();
        if (r < 0)
            return true;          // nothing to show
        model.index(r, 0).data(); // what a view's paint asks for
        return model.userIdAt(r) != 0 && model.valuesLoadedAt(r);
    });
    *ok = *ok && arrived;
    return double(timer.nsecsElapsed()) / 1e6;
}

TableFigures tableRound(Store &store, const QList<MetaField> &fields, bool *ok)
{
    TableFigures f;
    UsersTableModel model;
    model.setMetaColumns(fields); // before the store: nothing is read yet
    f.firstRows = timeRow(
        model, [&] { model.setStore(&store, 1); }, [] { return 0; }, ok);
    f.rows = model.rowCount();
    f.lastRow = timeRow(
        model, [] {}, [&] { return model.rowCount() - 1; }, ok);
    f.lastId = model.userIdAt(model.rowCount() - 1);
    int scoreColumn = -1;
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == QLatin1String("score"))
            scoreColumn = UsersTableModel::ColumnCount + i;
    }
    f.sortByMeta = timeRow(
        model, [&] { model.sort(scoreColumn, Qt::AscendingOrder); }, [] { return 0; }, ok);
    f.sortedFirstId = model.userIdAt(0);
    f.sortedLastRow = timeRow(
        model, [] {}, [&] { return model.rowCount() - 1; }, ok);
    f.sortedLastId = model.userIdAt(model.rowCount() - 1);
    UserQuery filter;
    filter.meta = {QStringLiteral("score"), MetaFilter::Match::Equals, QStringLiteral("42")};
    f.metaFilter = timeRow(
        model, [&] { model.setQuery(filter); }, [&] { return model.rowCount() > 0 ? 0 : -1; }, ok);
    f.filtered = model.rowCount();
    return f;
}

struct Checksum
{
    qint64 users = 0;
    qint64 idSum = 0;
    qint64 memberships = 0;
    qint64 emailLength = 0;
    bool operator==(const Checksum &o) const
    {
        return users == o.users && idSum == o.idSum && memberships == o.memberships &&
               emailLength == o.emailLength;
    }
};

void add(Checksum &sum, const QJsonObject &user)
{
    ++sum.users;
    sum.idSum += user.value(QStringLiteral("id")).toInteger();
    const QJsonValue groups = user.value(QStringLiteral("groups"));
    // sqlite3 prints json_group_array()'s text as a string.
    sum.memberships += groups.isArray()
                           ? groups.toArray().size()
                           : QJsonDocument::fromJson(groups.toString().toUtf8()).array().size();
    sum.emailLength += user.value(QStringLiteral("email")).toString().size();
}

// Every page of /api/egress/users, bodies kept; the checksum is taken after the timer stops.
double egressAll(QNetworkAccessManager &network, const QString &baseUrl, const QByteArray &apiId,
                 const QByteArray &apiKey, Checksum *sum, bool *ok)
{
    QList<QByteArray> bodies;
    QElapsedTimer timer;
    timer.start();
    qint64 after = 0;
    while (after >= 0) {
        QNetworkRequest request(
            QUrl(baseUrl + QStringLiteral("/api/egress/users?limit=5000&after=%1").arg(after)));
        request.setRawHeader("tld-api-id", apiId);
        request.setRawHeader("tld-api-key", apiKey);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const bool fine = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!fine) {
            *ok = false;
            return 0;
        }
        bodies.append(body);
        // `next` is the last member: read it without parsing the page.
        const qsizetype at = body.lastIndexOf("\"next\":");
        const QByteArray next = body.mid(at + 7).split('}').first().split(',').first().trimmed();
        after = next == "null" ? -1 : next.toLongLong();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    for (const QByteArray &body : std::as_const(bodies)) {
        for (const auto &u :
             QJsonDocument::fromJson(body).object().value(QStringLiteral("users")).toArray())
            add(*sum, u.toObject());
    }
    return ms;
}

double sqliteAll(const QString &file, Checksum *sum, bool *ok)
{
    const QString sql = QStringLiteral(
        "SELECT u.id, u.first_name, u.last_name, u.middle_name, u.alias, u.email, u.status, "
        "(SELECT json_group_array(m.group_id) FROM (SELECT m.group_id FROM memberships m JOIN "
        "user_groups g ON g.id = m.group_id WHERE m.user_id = u.id AND g.account_id = 1 ORDER BY "
        "m.group_id) m) AS groups FROM user_accounts ua JOIN users u ON u.id = ua.user_id WHERE "
        "ua.account_id = 1 ORDER BY ua.user_id");
    QProcess process;
    QByteArray output;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { output.append(process.readAllStandardOutput()); });
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"),
                  {QStringLiteral("-readonly"), QStringLiteral("-json"), file, sql});
    const bool finished = process.waitForStarted(10000) &&
                          waitUntil([&] { return process.state() == QProcess::NotRunning; });
    output.append(process.readAllStandardOutput());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!finished || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", process.readAllStandardError().constData());
        *ok = false;
        return 0;
    }
    for (const auto &u : QJsonDocument::fromJson(output).array())
        add(*sum, u.toObject());
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 users = 1000000;
    int rounds = 5;
    QString file;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--file"))
            file = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--users"))
            users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
    }
    if (file.isEmpty())
        file = QStringLiteral("/tmp/metadesk-remote-bench-%1.db").arg(users);
    QString serverPath = qEnvironmentVariable("METADESK_SERVER");
    if (serverPath.isEmpty())
        serverPath = QDir(QCoreApplication::applicationDirPath())
                         .filePath(QStringLiteral("../app/metadesk-server"));
    qputenv("METADESK_SERVER", QFileInfo(serverPath).absoluteFilePath().toLocal8Bit());

    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    NewApiKey key;
    QList<MetaField> fields;
    {
        QElapsedTimer made;
        made.start();
        const bool exists = QFile::exists(file);
        std::unique_ptr<SqliteStore> store;
        if (exists) {
            StoreError error;
            store = SqliteStore::open(file, &error);
        } else {
            store = TestFiles::createDemo(file, users, 1);
        }
        if (!store) {
            std::fprintf(stderr, "cannot open or make %s\n", qPrintable(file));
            return 1;
        }
        if (!exists)
            std::printf("made %s in %.1f s\n", qPrintable(file), made.elapsed() / 1000.0);
        QString error;
        const auto added = ApiKeyRegistry(*store).add(1, {}, {}, &error);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        key = *added;
        fields = store->fields(1);
        users = store->countUsers(1, {});
    }
    ServerProcess process;
    if (!process.start(file, {QStringLiteral("--quiet")})) {
        std::fprintf(stderr, "%s\n", qPrintable(process.error()));
        return 1;
    }
    StoreError error;
    auto sqlite = SqliteStore::open(file, &error);
    if (!sqlite) {
        std::fprintf(stderr, "%s\n", qPrintable(error.text()));
        return 1;
    }
    LocalStore local(std::move(sqlite));
    RemoteConnection connection;
    connection.baseUrl = QUrl(process.baseUrl());
    connection.apiId = key.apiId;
    connection.apiKey = key.key;
    RemoteStore remote(connection);
    QNetworkAccessManager network;
    std::printf("%s, account 1: %lld users, %lld meta columns; server %s\n", qPrintable(file),
                static_cast<long long>(users), static_cast<long long>(fields.size()),
                qPrintable(process.baseUrl()));

    bool ok = true;
    QList<TableFigures> server, baseline;
    std::printf("\nround | side   | first rows | last row | sort by score | its last row | "
                "score = 42 (ms)\n");
    for (int round = 1; round <= rounds; ++round) {
        for (int side = 0; side < 2; ++side) {
            const bool remoteSide = (side + round) % 2 == 0;
            const TableFigures f =
                tableRound(remoteSide ? static_cast<Store &>(remote) : static_cast<Store &>(local),
                           fields, &ok);
            (remoteSide ? server : baseline).append(f);
            std::printf("%5d | %-6s | %10.1f | %8.1f | %13.1f | %12.1f | %7.1f (%lld rows)\n",
                        round, remoteSide ? "server" : "file", f.firstRows, f.lastRow, f.sortByMeta,
                        f.sortedLastRow, f.metaFilter, static_cast<long long>(f.filtered));
            std::fflush(stdout);
        }
    }
    // Both sides must have shown the same rows.
    for (int i = 0; i < server.size(); ++i) {
        const TableFigures &a = server.at(i), &b = baseline.at(i);
        if (a.rows != b.rows || a.lastId != b.lastId || a.sortedFirstId != b.sortedFirstId ||
            a.sortedLastId != b.sortedLastId || a.filtered != b.filtered) {
            std::fprintf(stderr, "server and file showed different rows in round %d\n", i + 1);
            ok = false;
        }
    }
    const auto column = [](const QList<TableFigures> &list, double TableFigures::*member) {
        QList<double> values;
        for (const TableFigures &f : list)
            values << f.*member;
        return median(values);
    };
    std::printf("\nmedian (ms)   | server | file   | ratio\n");
    const QList<QPair<const char *, double TableFigures::*>> steps{
        {"first rows", &TableFigures::firstRows},
        {"last row", &TableFigures::lastRow},
        {"sort by score", &TableFigures::sortByMeta},
        {"its last row", &TableFigures::sortedLastRow},
        {"score = 42", &TableFigures::metaFilter}};
    for (const auto &[name, member] : steps) {
        const double s = column(server, member), b = column(baseline, member);
        std::printf("%-13s | %6.1f | %6.1f | %5.2f\n", name, s, b, b > 0 ? s / b : 0);
    }

    std::printf("\nround | egress all users (ms) | sqlite3 -json (ms) | ratio\n");
    QList<double> ratios, egressTimes, sqliteTimes;
    const int pagingRounds = qMax(1, rounds / 2 + 1);
    for (int round = 1; round <= pagingRounds; ++round) {
        Checksum viaEgress, viaSqlite;
        double egress = 0, shell = 0;
        if (round % 2 == 1) {
            egress = egressAll(network, process.baseUrl(), key.apiId.toUtf8(), key.key.toUtf8(),
                               &viaEgress, &ok);
            shell = sqliteAll(file, &viaSqlite, &ok);
        } else {
            shell = sqliteAll(file, &viaSqlite, &ok);
            egress = egressAll(network, process.baseUrl(), key.apiId.toUtf8(), key.key.toUtf8(),
                               &viaEgress, &ok);
        }
        if (!(viaEgress == viaSqlite) || viaEgress.users != users) {
            std::fprintf(
                stderr,
                "checksums differ: egress %lld users/%lld/%lld/%lld, sqlite3 "
                "%lld/%lld/%lld/%lld\n",
                static_cast<long long>(viaEgress.users), static_cast<long long>(viaEgress.idSum),
                static_cast<long long>(viaEgress.memberships),
                static_cast<long long>(viaEgress.emailLength),
                static_cast<long long>(viaSqlite.users), static_cast<long long>(viaSqlite.idSum),
                static_cast<long long>(viaSqlite.memberships),
                static_cast<long long>(viaSqlite.emailLength));
            ok = false;
        }
        egressTimes << egress;
        sqliteTimes << shell;
        ratios << (shell > 0 ? egress / shell : 0);
        std::printf("%5d | %21.1f | %18.1f | %5.2f  (%lld users, %lld memberships)\n", round,
                    egress, shell, ratios.last(), static_cast<long long>(viaEgress.users),
                    static_cast<long long>(viaEgress.memberships));
        std::fflush(stdout);
    }
    std::printf("median        | %21.1f | %18.1f | %5.2f\n", median(egressTimes),
                median(sqliteTimes), median(ratios));
    std::printf("\nload average after: %s\n", qPrintable(loadAverage()));
    process.stop();
    if (!ok) {
        std::fprintf(stderr, "bench_remote_users_table: a step failed or timed out\n");
        return 1;
    }
    return 0;
}
