// Benchmark of issue 7: 100,000 pending edits made in the bulk-edit grid (one undo step), then
//   - the payload preview compiled (formats 1, 2 and 3, JSON) and shown (goal <= 500 ms),
//   - undo and redo of the whole bulk step with the grid and the users table listening
//     (goal <= 500 ms),
//   - apply to the file (LocalStore) and to metadesk-server (RemoteStore), end to end.
//
// Usage: QT_QPA_PLATFORM=offscreen METADESK_SERVER=path/to/metadesk-server
//        bench_bulk_edit [--users N] [--file PATH]
// The demo file is made at PATH on first use (default /tmp/metadesk-bench-bulk-<N>.db) and
// copied afresh for each apply.

#include "PayloadPreviewDialog.h"
#include "ServerProcess.h"
#include "StoreFixture.h"
#include "TestFiles.h"
#include "items/BulkEditModel.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/ApiKeyRegistry.h"
#include "store/LocalStore.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QUndoStack>

namespace {
QTextStream out(stdout);

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

void report(const char *what, qint64 ms, const char *goal = nullptr)
{
    out << qSetFieldWidth(48) << Qt::left << what << qSetFieldWidth(0) << ms << " ms";
    if (goal)
        out << "  (goal " << goal << ")";
    out << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qint64 users = 100000;
    QString file;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--users"))
            users = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--file"))
            file = args.at(i + 1);
    }
    if (file.isEmpty())
        file = QStringLiteral("/tmp/metadesk-bench-bulk-%1.db").arg(users);
    if (!QFile::exists(file) && !TestFiles::createDemo(file, users, 11)) {
        out << "cannot create " << file << Qt::endl;
        return 1;
    }
    const QString work = file + QStringLiteral(".work.db");
    if (!copyFresh(file, work))
        return 1;
    StoreError error;
    auto sqlite = SqliteStore::open(work, &error);
    if (!sqlite)
        return 1;
    const QList<User> all = sqlite->users(1, {}, 0, int(users), 0);
    LocalStore store(std::move(sqlite));

    PendingEdits pending;
    QUndoStack undo;
    UsersTableModel table;
    table.setPendingEdits(&pending, &undo);
    table.setStore(&store, 1);
    MetaField score;
    for (const MetaField &f : store.sqlite().fields(1)) {
        if (f.name == QLatin1String("score"))
            score = f;
    }
    table.setMetaColumns({score});
    BulkEditModel grid;
    grid.setStore(&store, 1);
    grid.setPendingEdits(&pending, &undo);
    QElapsedTimer t;
    t.start();
    grid.setContents(all, {score});
    report("grid: load users x values", t.elapsed());

    // One "Set selected cells to…" over every row; values differ per row so that none is a
    // no-op (a cell already holding the value is left alone).
    QList<BulkEditModel::CellValue> cells;
    cells.reserve(all.size());
    for (int r = 0; r < all.size(); ++r)
        cells.append({r, 0, QJsonValue()});
    for (int r = 0; r < all.size(); ++r) {
        const QJsonValue stored = grid.storedValue(r, 0);
        const int value = stored.isDouble() && stored.toInt() == 100 ? 99 : 100;
        cells[r].value = QJsonValue(QString::number(value));
    }
    t.restart();
    const int changed = grid.setCells(cells, QStringLiteral("bench"));
    report("bulk set (one undo step)", t.elapsed());
    out << "pending edits: " << changed << Qt::endl;

    t.restart();
    {
        PayloadPreviewDialog dialog(pending.edits(1), PlanOptions{}, {}, nullptr);
        dialog.show();
        QApplication::processEvents();
        report("payload preview compiled and shown", t.elapsed(), "<= 500 ms");
        for (const PayloadVariant &v : dialog.variants())
            out << "  format " << int(v.format) << ": " << v.result.requests.size()
                << " request(s), " << v.entries << " entries, " << v.bodyBytes << " bytes"
                << (v.chosen ? "  <- Auto" : "") << Qt::endl;
    }
    t.restart();
    undo.undo();
    QApplication::processEvents();
    report("undo of the bulk step", t.elapsed(), "<= 500 ms");
    if (pending.count() != 0)
        return 1;
    t.restart();
    undo.redo();
    QApplication::processEvents();
    report("redo of the bulk step", t.elapsed());

    EditSet edits;
    edits.metaEdits = pending.edits(1);
    t.restart();
    ApplyReport local = waitForApply(store.apply(1, edits));
    report("apply to the file", t.elapsed());
    if (!local.complete()) {
        out << "file apply failed: " << local.error.text << Qt::endl;
        return 1;
    }

    // The server serves a fresh copy with a key of its own.
    const QString served = file + QStringLiteral(".served.db");
    if (!copyFresh(file, served))
        return 1;
    RemoteConnection connection;
    {
        auto s = SqliteStore::open(served, &error);
        QString keyError;
        const std::optional<NewApiKey> key = ApiKeyRegistry(*s).add(1, {}, {}, &keyError);
        if (!key)
            return 1;
        connection.apiId = key->apiId;
        connection.apiKey = key->key;
    }
    ServerProcess server;
    if (!server.start(served, {QStringLiteral("--quiet")})) {
        out << "cannot start metadesk-server: " << server.error() << Qt::endl;
        return 1;
    }
    connection.baseUrl = QUrl(server.baseUrl());
    RemoteStore remote(connection);
    t.restart();
    ApplyReport remoteReport = waitForApply(remote.apply(1, edits), 600000);
    report("apply to metadesk-server", t.elapsed());
    if (!remoteReport.complete()) {
        out << "server apply failed: " << remoteReport.error.text << Qt::endl;
        return 1;
    }
    return 0;
}
