#include "TestFiles.h"

#include "StoreSql.h"

#include "store/DemoDataGenerator.h"
#include "store/PostgresSchema.h"
#include "store/PostgresStore.h"
#include "store/SqlStatement.h"
#include "store/SqliteStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace TestFiles {

std::unique_ptr<SqliteStore> createDemo(const QString &path, qint64 users, quint32 seed)
{
    StoreError error;
    std::unique_ptr<SqliteStore> store = SqliteStore::create(path, &error);
    if (!store) {
        qWarning("%s", qPrintable(error.text()));
        return nullptr;
    }
    const QString problem = DemoDataGenerator::generate(*store, {users, seed});
    if (!problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return nullptr;
    }
    return store;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray data(const QString &relativePath)
{
    QFile file(QStringLiteral(METADESK_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s: %s", qPrintable(file.fileName()),
                 qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

namespace {
// The same for a PostgreSQL database: its tables, api_keys left out, rows sorted.
QString dumpPostgres(const QString &uri)
{
    StoreError error;
    std::unique_ptr<PostgresStore> store = PostgresStore::open(uri, &error);
    if (!store)
        return error.text();
    QString text;
    for (const char *table : PostgresSchema::kTables) {
        if (qstrcmp(table, "api_keys") == 0)
            continue; // random by design
        text += QStringLiteral("## ") + QLatin1String(table) + QLatin1Char('\n');
        SqlStatement q(store->connection(), QByteArray("SELECT * FROM ") + table);
        QStringList lines;
        while (q.step()) {
            QStringList cells;
            for (int c = 0; c < q.columnCount(); ++c)
                cells << q.columnText(c);
            lines << cells.join(QLatin1Char('|'));
        }
        if (q.failed())
            return uri + QStringLiteral(": ") + q.errorText();
        lines.sort();
        for (const QString &line : std::as_const(lines))
            text += line + QLatin1Char('\n');
    }
    return text;
}
} // namespace

QString dump(const QString &path)
{
    if (PostgresStore::isAddress(path))
        return dumpPostgres(path);
    StoreError error;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
    if (!store)
        return error.text();
    QString text;
    QStringList names;
    for (const QVariantList &row : StoreSql::rows(
             *store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                    "'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        names << row.at(0).toString();
    for (const QString &table : names) {
        if (table == QLatin1String("api_keys"))
            continue; // random by design
        text += QStringLiteral("## ") + table + QLatin1Char('\n');
        // Sorted here rather than by SQL: tables have two columns or more, and a failed read
        // must not pass for an empty table.
        QString readError;
        QStringList lines;
        for (const QVariantList &row :
             StoreSql::rows(*store, QStringLiteral("SELECT * FROM ") + table, &readError)) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << cell.toString();
            lines << cells.join(QLatin1Char('|'));
        }
        if (!readError.isEmpty())
            return path + QStringLiteral(": ") + readError;
        lines.sort();
        for (const QString &line : std::as_const(lines))
            text += line + QLatin1Char('\n');
    }
    return text;
}

ProcessResult run(const char *executableVariable, const QStringList &arguments,
                  const QStringList &extraEnvironment)
{
    ProcessResult result;
    const QString program = qEnvironmentVariable(executableVariable);
    if (program.isEmpty()) {
        result.err = QStringLiteral("%1 is not set (run the test through ctest)")
                         .arg(QLatin1String(executableVariable));
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : extraEnvironment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals < 0)
            environment.remove(entry);
        else
            environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace TestFiles
