// Benchmark 1 of issue 3, made fair by issue 15: apply format-2 edits to a 1,000,000-user file
// through SqliteStore::applyUserMeta (checks every user, field and value, counts
// updated/unchanged, stamps revisions, one transaction), against the best honest way to do the
// same writes with the raw sqlite3 C API, in the same process run and interleaved.
//
// The baseline gets every advantage that does not skip work: values converted and edits sorted by
// user and field before its clock starts; inside the clock it opens one transaction, resolves the
// field names, checks the users by one range scan of user_accounts merged with its sorted users,
// reads the account's revision, runs the store's exact upsert (same connection settings, same
// `WHERE value IS NOT excluded.value` skip of unchanged rows, same revision stamp), bumps the
// revision once and commits. Both sides must leave the same file: a checksum of every touched
// user's values and revisions, the account's revision and the row count is compared.
//
// Usage: bench_apply [--users N] [--edits N] [--rounds N] [--file PATH]
// The demo file is created at PATH on first use (default /tmp/metadesk-bench-<N>.db) and
// copied afresh for every timed run so that every run starts from the same data.

#include "domain/MetaType.h"
#include "store/DemoDataGenerator.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

namespace {
QTextStream out(stdout);

struct Options
{
    qint64 users = 1000000;
    int edits = 100000;
    int rounds = 2;
    QString file;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            o.users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--edits"))
            o.edits = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            o.rounds = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--file"))
            o.file = args.at(i + 1);
    }
    if (o.file.isEmpty())
        o.file = QStringLiteral("/tmp/metadesk-bench-%1.db").arg(o.users);
    return o;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    const bool copied = QFile::copy(from, to);
    // The copy's and the last run's dirty pages reach the disk before the clock starts, so a run
    // does not pay for its predecessor's writes.
    ::sync();
    return copied;
}

QList<MetaEdit> makeEdits(int count, qint64 users)
{
    // Format-2 entries as a parser hands them over: ids and values as the wire carried them.
    QRandomGenerator rng(2024);
    const char *tiers[] = {"bronze", "silver", "gold", "platinum"};
    QList<MetaEdit> edits;
    edits.reserve(count);
    for (int i = 0; i < count; ++i) {
        MetaEdit e;
        e.userId = 1 + qint64(rng.bounded(quint32(users)));
        e.sourceIndex = i;
        switch (i % 5) {
        case 0:
            e.field = QStringLiteral("score");
            e.value = qint64(rng.bounded(101));
            break;
        case 1:
            e.field = QStringLiteral("loyalty_tier");
            e.value = QString::fromLatin1(tiers[rng.bounded(4)]);
            break;
        case 2:
            e.field = QStringLiteral("balance");
            e.value = double(rng.bounded(100000)) / 4.0;
            break;
        case 3:
            e.field = QStringLiteral("newsletter");
            e.value = rng.bounded(2) == 1;
            break;
        default:
            e.field = QStringLiteral("external_id");
            e.value = QStringLiteral("EXT-%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
            break;
        }
        edits.append(e);
    }
    return edits;
}

// The connection the store makes (SqliteStore::open), so both sides pay the same checks.
sqlite3 *openLikeTheStore(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    return db;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    return stmt;
}

// One edit as the baseline binds it: converted before its clock starts.
struct Row
{
    qint64 user;
    QByteArray field; // resolved to an id inside the clock
    int type;         // SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT
    qint64 integer;
    double number;
    QByteArray text;
};

std::vector<Row> convert(sqlite3 *db, const QList<MetaEdit> &edits)
{
    QHash<QString, MetaType> types;
    sqlite3_stmt *fields = prepare(db, "SELECT name, definition FROM meta_fields WHERE "
                                       "account_id = 1");
    while (sqlite3_step(fields) == SQLITE_ROW) {
        const QJsonObject d =
            QJsonDocument::fromJson(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(fields, 1))))
                .object();
        types.insert(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(fields, 0))),
            MetaTypes::fromName(d.value(QStringLiteral("type")).toString())
                .value_or(MetaType::String));
    }
    sqlite3_finalize(fields);
    std::vector<Row> rows;
    rows.reserve(size_t(edits.size()));
    for (const MetaEdit &e : edits) {
        Row r{e.userId, e.field.toUtf8(), SQLITE_TEXT, 0, 0, {}};
        switch (types.value(e.field)) {
        case MetaType::Integer:
            r.type = SQLITE_INTEGER;
            r.integer = e.value.toInteger();
            break;
        case MetaType::Boolean:
            r.type = SQLITE_INTEGER;
            r.integer = e.value.toBool() ? 1 : 0;
            break;
        case MetaType::Number:
            r.type = SQLITE_FLOAT;
            r.number = e.value.toDouble();
            break;
        default:
            r.text = e.value.toString().toUtf8();
            break;
        }
        rows.push_back(std::move(r));
    }
    // Sorted by user and field; stable, so a later edit of the same place still wins.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.user != b.user ? a.user < b.user : a.field < b.field;
    });
    return rows;
}

struct BaselineResult
{
    double ms = -1;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

BaselineResult runBaseline(const QString &path, const QList<MetaEdit> &edits)
{
    BaselineResult result;
    sqlite3 *db = openLikeTheStore(path);
    if (!db)
        return result;
    const std::vector<Row> rows = convert(db, edits);
    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    // Field names to ids.
    QHash<QByteArray, qint64> fieldIds;
    sqlite3_stmt *fields = prepare(db, "SELECT id, name FROM meta_fields WHERE account_id = 1");
    while (sqlite3_step(fields) == SQLITE_ROW)
        fieldIds.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(fields, 1))),
                        sqlite3_column_int64(fields, 0));
    sqlite3_finalize(fields);
    std::vector<qint64> fieldOf(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto it = fieldIds.constFind(rows[i].field);
        ok = ok && it != fieldIds.constEnd();
        fieldOf[i] = ok ? *it : 0;
    }
    // Users: one range scan of the account's users merged with the sorted edits.
    if (ok && !rows.empty()) {
        sqlite3_stmt *scan = prepare(db, "SELECT user_id FROM user_accounts WHERE account_id = 1 "
                                         "AND user_id BETWEEN ?1 AND ?2");
        sqlite3_bind_int64(scan, 1, rows.front().user);
        sqlite3_bind_int64(scan, 2, rows.back().user);
        size_t i = 0;
        while (i < rows.size() && sqlite3_step(scan) == SQLITE_ROW) {
            const qint64 user = sqlite3_column_int64(scan, 0);
            if (rows[i].user < user)
                break; // an edited user the account does not have
            while (i < rows.size() && rows[i].user == user)
                ++i;
        }
        sqlite3_finalize(scan);
        ok = i == rows.size();
    }
    sqlite3_stmt *revision = prepare(db, "SELECT revision FROM accounts WHERE id = 1");
    ok = ok && sqlite3_step(revision) == SQLITE_ROW;
    const qint64 stamp = sqlite3_column_int64(revision, 0) + 1;
    sqlite3_finalize(revision);
    sqlite3_stmt *upsert =
        prepare(db, "INSERT INTO meta_values(user_id, account_id, field_id, value, revision) "
                    "VALUES(?1, 1, ?2, ?3, ?4) ON CONFLICT(user_id, account_id, field_id) "
                    "DO UPDATE SET value = excluded.value, revision = excluded.revision "
                    "WHERE value IS NOT excluded.value");
    for (size_t i = 0; ok && i < rows.size(); ++i) {
        const Row &r = rows[i];
        sqlite3_bind_int64(upsert, 1, r.user);
        sqlite3_bind_int64(upsert, 2, fieldOf[i]);
        if (r.type == SQLITE_INTEGER)
            sqlite3_bind_int64(upsert, 3, r.integer);
        else if (r.type == SQLITE_FLOAT)
            sqlite3_bind_double(upsert, 3, r.number);
        else
            sqlite3_bind_text(upsert, 3, r.text.constData(), int(r.text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(upsert, 4, stamp);
        ok = sqlite3_step(upsert) == SQLITE_DONE;
        sqlite3_reset(upsert);
        if (sqlite3_changes(db) > 0)
            ++result.updated;
        else
            ++result.unchanged;
    }
    sqlite3_finalize(upsert);
    if (ok && result.updated > 0) {
        sqlite3_stmt *bump = prepare(db, "UPDATE accounts SET revision = ?1 WHERE id = 1");
        sqlite3_bind_int64(bump, 1, stamp);
        ok = sqlite3_step(bump) == SQLITE_DONE;
        sqlite3_finalize(bump);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!ok) {
        out << "baseline failed: " << sqlite3_errmsg(db) << Qt::endl;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    if (ok)
        result.ms = ms;
    return result;
}

double runStore(const QString &path, const QList<MetaEdit> &edits, UserMetaOutcome *outcome)
{
    StoreError error;
    auto store = SqliteStore::open(path, &error);
    if (!store) {
        out << "cannot open " << error.text() << Qt::endl;
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    *outcome = store->applyUserMeta(1, edits);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!outcome->ok()) {
        out << "apply refused: " << outcome->error.rule << Qt::endl;
        return -1;
    }
    return ms;
}

// What a run left in the file (untimed): every touched user's values with their revisions, the
// account's revision and the number of values.
quint64 checksum(const QString &path, const QList<MetaEdit> &edits)
{
    std::vector<qint64> users;
    users.reserve(size_t(edits.size()));
    for (const MetaEdit &e : edits)
        users.push_back(e.userId);
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
    sqlite3 *db = openLikeTheStore(path);
    if (!db)
        return 0;
    quint64 h = 1469598103934665603ULL;
    const auto mix = [&h](const void *data, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            h ^= static_cast<const unsigned char *>(data)[i];
            h *= 1099511628211ULL;
        }
    };
    sqlite3_stmt *q = prepare(db, "SELECT field_id, value, revision FROM meta_values WHERE "
                                  "user_id = ?1 AND account_id = 1 ORDER BY field_id");
    for (qint64 user : users) {
        sqlite3_bind_int64(q, 1, user);
        while (sqlite3_step(q) == SQLITE_ROW) {
            const qint64 head[] = {user, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 2),
                                   sqlite3_column_type(q, 1)};
            mix(head, sizeof head);
            mix(sqlite3_column_text(q, 1), size_t(sqlite3_column_bytes(q, 1)));
        }
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    for (const char *sql : {"SELECT revision FROM accounts WHERE id = 1",
                            "SELECT count(*) FROM meta_values WHERE account_id = 1"}) {
        sqlite3_stmt *s = prepare(db, sql);
        if (sqlite3_step(s) == SQLITE_ROW) {
            const qint64 v = sqlite3_column_int64(s, 0);
            mix(&v, sizeof v);
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return h;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    if (!QFile::exists(options.file)) {
        out << "creating " << options.file << " with " << options.users << " users..." << Qt::endl;
        StoreError error;
        auto store = SqliteStore::create(options.file, &error);
        if (!store || !DemoDataGenerator::generate(*store, {options.users, 1}).isEmpty()) {
            out << "cannot create the demo file" << Qt::endl;
            return 1;
        }
    }
    out << "load average before: " << loadAverage() << Qt::endl;
    const QList<MetaEdit> edits = makeEdits(options.edits, options.users);
    const QString work = options.file + QStringLiteral(".work");
    double bestStore = 1e18;
    double bestBaseline = 1e18;
    QList<double> ratios;
    UserMetaOutcome outcome;
    BaselineResult baseline;
    quint64 storeSum = 0;
    quint64 baselineSum = 0;
    for (int round = 0; round < options.rounds; ++round) {
        double storeMs = 0;
        double baselineMs = 0;
        // Alternate the order so neither side always gets the warmer cache.
        for (int side = 0; side < 2; ++side) {
            const bool storeSide = (side == 0) == (round % 2 == 0);
            if (!copyFresh(options.file, work))
                return 1;
            if (storeSide) {
                storeMs = runStore(work, edits, &outcome);
                if (storeMs < 0)
                    return 1;
                storeSum = checksum(work, edits);
                bestStore = qMin(bestStore, storeMs);
            } else {
                baseline = runBaseline(work, edits);
                baselineMs = baseline.ms;
                if (baselineMs < 0)
                    return 1;
                baselineSum = checksum(work, edits);
                bestBaseline = qMin(bestBaseline, baselineMs);
            }
        }
        ratios.append(storeMs / baselineMs);
        out << "round " << round + 1 << ": store " << qint64(storeMs) << " ms, baseline "
            << qint64(baselineMs) << " ms, ratio " << QString::number(storeMs / baselineMs, 'f', 3)
            << ", load " << loadAverage() << Qt::endl;
        if (storeSum != baselineSum || outcome.updated != baseline.updated ||
            outcome.unchanged != baseline.unchanged) {
            out << "the two sides left different files (checksums " << storeSum << " / "
                << baselineSum << ", updated " << outcome.updated << " / " << baseline.updated
                << ")" << Qt::endl;
            return 1;
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    std::sort(ratios.begin(), ratios.end());
    out << "edits: " << edits.size() << ", users in file: " << options.users
        << ", updated: " << outcome.updated << ", unchanged: " << outcome.unchanged << ", checksum "
        << Qt::hex << storeSum << Qt::dec << " (same on both sides)" << Qt::endl;
    out << "best SqliteStore: " << bestStore << " ms ("
        << qint64(edits.size() / (bestStore / 1000.0)) << " edits/s)" << Qt::endl;
    out << "best baseline:    " << bestBaseline << " ms" << Qt::endl;
    out << "ratio of bests (store / baseline): "
        << QString::number(bestStore / bestBaseline, 'f', 3)
        << ", median of rounds: " << QString::number(ratios.at(ratios.size() / 2), 'f', 3)
        << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
