// Benchmark of issue 12 (speed, point 2): send 10,000 offline changes (cells and memberships of an
// offline copy) to metadesk-server on loopback WITH the conflict check, against sending the same
// edits WITHOUT it, in the same run.
//
//   checked: Store::fetchChanges(since the taken revision) through RemoteStore (every page of the
//            change feed read and parsed), each changed place compared three ways (taken, mine,
//            the server's now: ThreeWayMerge through SendPlan), the plan's edits applied with
//            If-Match: "<the feed's revision>" (RemoteStore::apply, ApplyOptions::ifMatchRevision);
//   plain:   the same EditSet applied with RemoteStore::apply and no If-Match.
//
// Every send starts from the same server state: the server's file as it was after the copy was
// taken and another admin changed 1,000 other cells, copied afresh before each send (untimed),
// served by a new metadesk-server process (untimed). The copy's changes to send are read from the
// offline-copy file once (LocalStore::fetchChangesToSend, untimed), so neither side's time holds
// it. Both must land every edit; the checked side must find no conflict (the other admin's cells
// are not the file's).
//
// Usage: bench_offline_send [--users N] [--rounds R]
// The server binary comes from $METADESK_SERVER (default: ../app/metadesk-server next to this
// program's build directory). Prints each round, the median ratio (goal <= 1.3) and the load
// average before and after.

#include "ApiClient.h"
#include "BenchEdits.h"
#include "ServerProcess.h"
#include "TestFiles.h"
#include "exchange/OfflineCopyJob.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"
#include "sync/SendPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

namespace {
QTextStream out(stdout);

constexpr int kCellUsers = 1800;    // × 5 fields: 9,000 changed cells
constexpr int kMemberships = 1000;  // users joining a group: 1,000 changed memberships
constexpr int kOtherChanges = 1000; // cells another admin changed on the server meanwhile

struct Options
{
    qint64 users = 100000;
    int rounds = 5;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            o.users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = args.at(i + 1).toInt();
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

// Runs a Store call and waits for its answer.
template<typename T>
StoreReply<T> await(const std::function<void(QObject *, Store::Callback<T>)> &call)
{
    StoreReply<T> answer;
    QEventLoop loop;
    call(&loop, [&](const StoreReply<T> &r) {
        answer = r;
        loop.quit();
    });
    loop.exec();
    return answer;
}

ApplyReport awaitApply(ApplyJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &ApplyJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    const ApplyReport report = job->report();
    delete job;
    return report;
}

// The edits the offline copy holds: five fields of the first users, values no demo has.
EditSet offlineEdits(qint64 groupId, const QList<qint64> &joiners)
{
    EditSet edits;
    edits.metaEdits = BenchEdits::offlineCells(kCellUsers);
    edits.groupOperations << GroupOperation{
        GroupOperation::Kind::Add, joiners, {GroupRef::byId(groupId)}};
    return edits;
}

// The server's rows for the places the file changed: theirs is what the change feed says now,
// else what was taken (nobody changed it on the server).
QList<SyncRow> compareWithServer(QList<SyncRow> rows, const ServerChanges &changes,
                                 qint64 *serverOnly)
{
    QHash<SyncPlace, ThreeWayMerge::Value> now;
    now.reserve(changes.values.size() + changes.memberships.size());
    for (const ServerChanges::Value &v : changes.values)
        now.insert(SyncPlace::cell(v.userId, v.field), v.value);
    for (const ServerChanges::Membership &m : changes.memberships)
        now.insert(SyncPlace::membership(m.userId, m.groupId),
                   m.member ? ThreeWayMerge::Value(QJsonValue(true)) : std::nullopt);
    qint64 matched = 0;
    for (SyncRow &row : rows) {
        const auto it = now.constFind(row.place);
        if (it == now.constEnd())
            continue;
        row.theirs = *it;
        ++matched;
    }
    *serverOnly = now.size() - matched;
    return rows;
}

struct Send
{
    double seconds = -1;
    qint64 landed = 0;
    qint64 conflicts = 0;
    qint64 serverOnly = 0;
};

// A fresh server on a fresh copy of `base`; the send is timed, the rest not.
Send sendOnce(const QString &base, const QString &dir, RemoteConnection connection,
              const QList<SyncRow> &rows, const EditSet &plainEdits, const QList<MetaField> &schema,
              qint64 takenRevision, bool checked)
{
    const QString file = dir + QStringLiteral("/round.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    Send result;
    if (!QFile::copy(base, file))
        return result;
    ServerProcess server;
    if (!server.start(file, {QStringLiteral("--quiet")})) {
        out << "cannot start metadesk-server: " << server.error() << Qt::endl;
        return result;
    }
    connection.baseUrl = QUrl(server.baseUrl());
    RemoteStore store(connection);
    // Connected first, as the window is when the person chooses Send Changes.
    if (!await<QList<Account>>([&](QObject *c, auto done) { store.fetchAccounts(c, done); }).ok())
        return result;

    QElapsedTimer timer;
    timer.start();
    ApplyReport report;
    if (checked) {
        const StoreReply<ServerChanges> changes = await<ServerChanges>(
            [&](QObject *c, auto done) { store.fetchChanges(1, takenRevision, c, done); });
        if (!changes.ok()) {
            out << "fetchChanges failed: " << changes.errorText() << Qt::endl;
            return result;
        }
        const SendPlan plan(compareWithServer(rows, changes.value, &result.serverOnly));
        result.conflicts = plan.count(ThreeWayMerge::Decision::Conflict);
        ApplyOptions options;
        options.ifMatchRevision = changes.value.revision;
        report = awaitApply(store.apply(1, plan.edits(), schema, options));
    } else {
        report = awaitApply(store.apply(1, plainEdits, schema));
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    server.stop();
    if (!report.complete()) {
        out << (checked ? "checked" : "plain") << " send incomplete: " << report.error.text
            << Qt::endl;
        result.seconds = -1;
        return result;
    }
    result.landed = report.landed.size();
    for (const ApplyReport::GroupResult &g : report.groupResults)
        result.landed += g.operation.userIds.size();
    return result;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Users of the account who are not in `groupId` (from the server's file, before the take).
QList<qint64> nonMembers(const QString &path, qint64 groupId, int count)
{
    QList<qint64> ids;
    sqlite3 *db = nullptr;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "SELECT a.user_id FROM user_accounts a WHERE a.account_id = 1 AND NOT "
                           "EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.user_id AND "
                           "m.group_id = ?1) ORDER BY a.user_id LIMIT ?2",
                           -1, &q, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(q, 1, groupId);
        sqlite3_bind_int(q, 2, count);
        while (sqlite3_step(q) == SQLITE_ROW)
            ids << sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return ids;
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
    out << "load average before: " << loadAverage() << Qt::endl;

    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.db"));
    const QString copy = dir.filePath(QStringLiteral("copy.metadesk"));
    RemoteConnection connection;
    {
        QString error;
        auto sqlite = TestFiles::createDemo(base, o.users, 12);
        const auto key = sqlite ? ApiKeyRegistry(*sqlite).add(1, {}, {}, &error) : std::nullopt;
        if (!key) {
            out << "cannot make the demo file or its key: " << error << Qt::endl;
            return 1;
        }
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
    }

    // Setting the scene (untimed): take the copy, edit it offline, let another admin write.
    qint64 takenRevision = 0;
    qint64 groupId = 0;
    {
        ServerProcess server;
        if (!server.start(base, {QStringLiteral("--quiet")})) {
            out << "cannot start metadesk-server: " << server.error() << Qt::endl;
            return 1;
        }
        connection.baseUrl = QUrl(server.baseUrl());
        ApiClient client(server.baseUrl(), connection.apiId, connection.apiKey);
        takenRevision = client.get(QStringLiteral("/api/egress/account"))
                            .json.value(QStringLiteral("revision"))
                            .toInteger();
        RemoteStore remote(connection);
        const auto accounts =
            await<QList<Account>>([&](QObject *c, auto done) { remote.fetchAccounts(c, done); });
        const auto groups =
            await<QList<UserGroup>>([&](QObject *c, auto done) { remote.fetchGroups(1, c, done); });
        if (!accounts.ok() || accounts.value.isEmpty() || !groups.ok() || groups.value.isEmpty())
            return 1;
        groupId = groups.value.first().id;
        OfflineOrigin origin{connection.baseUrl.toString(), connection.apiId, 1,
                             accounts.value.first().name,   takenRevision,    {}};
        OfflineCopyJob job(&remote, origin, copy);
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
            return 1;
        // Another admin changes cells the file does not touch (users after the file's).
        EditSet other;
        for (int i = 0; i < kOtherChanges; ++i)
            other.metaEdits << MetaEdit{
                qint64(o.users / 2 + i), QStringLiteral("phone"),
                QJsonValue(QStringLiteral("+1888%1").arg(i, 7, 10, QLatin1Char('0'))), -1};
        const ApplyReport written = awaitApply(remote.apply(1, other));
        if (!written.complete()) {
            out << "the other admin's changes failed: " << written.error.text << Qt::endl;
            return 1;
        }
        server.stop(); // closed: the WAL is in the file, which is now the base of every round
    }
    QList<SyncRow> rows;
    QList<MetaField> schema;
    {
        StoreError error;
        auto sqlite = SqliteStore::open(copy, &error);
        if (!sqlite) {
            out << error.text() << Qt::endl;
            return 1;
        }
        LocalStore local(std::move(sqlite));
        schema = await<QList<MetaField>>([&](QObject *c, auto done) {
                     local.fetchFields(1, c, done);
                 }).value;
        const ApplyReport edited = awaitApply(
            local.apply(1, offlineEdits(groupId, nonMembers(base, groupId, kMemberships)), schema));
        if (!edited.complete()) {
            out << "the offline edits failed: " << edited.error.text << Qt::endl;
            return 1;
        }
        rows = await<QList<SyncRow>>([&](QObject *c, auto done) {
                   local.fetchChangesToSend(1, c, done);
               }).value;
    }
    const EditSet plainEdits = SendPlan(rows).edits();
    out << "account of " << o.users << " users; the offline copy has " << rows.size()
        << " changes to send (" << plainEdits.metaEdits.size() << " cells, "
        << rows.size() - plainEdits.metaEdits.size() << " memberships in "
        << plainEdits.groupOperations.size() << " group requests); the server has " << kOtherChanges
        << " other changes since the copy was taken" << Qt::endl;
    if (rows.size() != kCellUsers * 5 + kMemberships)
        return 1;

    QList<double> checkedTimes, plainTimes, ratios;
    for (int round = 0; round < o.rounds; ++round) {
        // Alternate who goes first.
        Send checked, plain;
        for (int side = 0; side < 2; ++side) {
            const bool check = (side == 0) == (round % 2 == 0);
            (check ? checked : plain) = sendOnce(base, dir.path(), connection, rows, plainEdits,
                                                 schema, takenRevision, check);
        }
        if (checked.seconds < 0 || plain.seconds < 0)
            return 1;
        if (checked.landed != rows.size() || plain.landed != rows.size() ||
            checked.conflicts != 0 || checked.serverOnly != kOtherChanges) {
            out << "round " << round + 1 << ": landed " << checked.landed << " / " << plain.landed
                << ", conflicts " << checked.conflicts << ", server-only changes "
                << checked.serverOnly << Qt::endl;
            return 1;
        }
        checkedTimes << checked.seconds;
        plainTimes << plain.seconds;
        ratios << checked.seconds / plain.seconds;
        out << QStringLiteral("round %1: with the check %2 s, without %3 s, ratio %4")
                   .arg(round + 1)
                   .arg(checked.seconds, 0, 'f', 3)
                   .arg(plain.seconds, 0, 'f', 3)
                   .arg(checked.seconds / plain.seconds, 0, 'f', 3)
            << Qt::endl;
    }
    const double ratio = median(ratios);
    out << QStringLiteral("median: with the check %1 s, without %2 s, ratio %3 (goal <= 1.3)")
               .arg(median(checkedTimes), 0, 'f', 3)
               .arg(median(plainTimes), 0, 'f', 3)
               .arg(ratio, 0, 'f', 3)
        << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return ratio <= 1.3 ? 0 : 2;
}
