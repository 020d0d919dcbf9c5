// Benchmark 1 of issue 3: apply 100,000 format-2 edits to a 1,000,000-user file through
// SqliteStore::applyUserMeta (checks every user, field and value, counts updated/unchanged, one
// transaction), against a baseline in the same run that performs the same upserts with the raw
// sqlite3 C API (one prepared statement, one transaction, values already converted).
//
// Usage: bench_apply [--users N] [--edits N] [--file PATH]
// The demo file is created at PATH on first use (default /tmp/metadesk-bench-<N>.db) and
// copied afresh for every timed run so that every run starts from the same data.

#include "store/DemoDataGenerator.h"
#include "store/MetaValueCodec.h"
#include "store/SqliteStatement.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <sqlite3.h>

namespace {
QTextStream out(stdout);

struct Options
{
    qint64 users = 1000000;
    int edits = 100000;
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
        else if (args.at(i) == QLatin1String("--file"))
            o.file = args.at(i + 1);
    }
    if (o.file.isEmpty())
        o.file = QStringLiteral("/tmp/metadesk-bench-%1.db").arg(o.users);
    return o;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
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
    return double(timer.nsecsElapsed()) / 1e6;
}

double runBaseline(const QString &path, const QList<MetaEdit> &edits)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    QHash<QString, std::pair<qint64, MetaType>> fieldIds;
    {
        // Account 1's schema: every account has its own.
        SqliteStatement fields(db,
                               "SELECT id, name, definition FROM meta_fields WHERE account_id = 1");
        while (fields.step()) {
            const QJsonObject d = QJsonDocument::fromJson(fields.columnText(2).toUtf8()).object();
            fieldIds.insert(fields.columnText(1),
                            {fields.columnInt64(0),
                             MetaTypes::fromName(d.value(QStringLiteral("type")).toString())
                                 .value_or(MetaType::String)});
        }
    }
    // Everything the baseline binds is prepared before the clock starts.
    struct Row
    {
        qint64 user;
        qint64 field;
        MetaType type;
        QJsonValue value;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(edits.size()));
    for (const MetaEdit &e : edits) {
        const auto f = fieldIds.value(e.field);
        rows.push_back({e.userId, f.first, f.second, e.value});
    }
    QElapsedTimer timer;
    timer.start();
    {
        SqliteStatement upsert(db,
                               "INSERT INTO meta_values(user_id, account_id, field_id, value) "
                               "VALUES(?1, 1, ?2, ?3) ON CONFLICT(user_id, account_id, field_id) "
                               "DO UPDATE SET value = excluded.value");
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const Row &r : rows) {
            upsert.bind(1, r.user);
            upsert.bind(2, r.field);
            MetaValueCodec::bind(upsert, 3, r.type, r.value);
            upsert.exec();
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
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
    const QList<MetaEdit> edits = makeEdits(options.edits, options.users);
    const QString work = options.file + QStringLiteral(".work");
    double bestStore = 1e18;
    double bestBaseline = 1e18;
    UserMetaOutcome outcome;
    for (int round = 0; round < 2; ++round) {
        // Alternate the order so neither side always gets the warmer cache.
        for (int side = 0; side < 2; ++side) {
            const bool storeSide = (side == 0) == (round == 0);
            if (!copyFresh(options.file, work))
                return 1;
            const double ms =
                storeSide ? runStore(work, edits, &outcome) : runBaseline(work, edits);
            if (ms < 0)
                return 1;
            out << (storeSide ? "SqliteStore::applyUserMeta " : "raw sqlite3 baseline      ") << ms
                << " ms" << Qt::endl;
            (storeSide ? bestStore : bestBaseline) = qMin(storeSide ? bestStore : bestBaseline, ms);
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    if (!outcome.ok()) {
        out << "apply refused: " << outcome.error.rule << Qt::endl;
        return 1;
    }
    out << "edits: " << edits.size() << ", users in file: " << options.users
        << ", updated: " << outcome.updated << ", unchanged: " << outcome.unchanged << Qt::endl;
    out << "best SqliteStore: " << bestStore << " ms ("
        << qint64(edits.size() / (bestStore / 1000.0)) << " edits/s)" << Qt::endl;
    out << "best baseline:    " << bestBaseline << " ms" << Qt::endl;
    out << "ratio (store / baseline): " << QString::number(bestStore / bestBaseline, 'f', 2)
        << " (goal <= 1.5)" << Qt::endl;
    return 0;
}
