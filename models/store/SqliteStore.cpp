#include "SqliteStore.h"

#include "DatabaseFileProbe.h"
#include "SchemaMigrator.h"
#include "SqlThreadGuard.h"
#include "SqliteConnection.h"
#include "SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sqlite3.h>

namespace {
// Files up to this size get a full structural check on open; larger ones rely on the header
// check and on SQLite's own errors, so that opening a million-user file stays instant.
constexpr qint64 kQuickCheckLimit = qint64(64) * 1024 * 1024;

const char *const kRequiredTables[] = {"accounts",    "users",       "user_accounts", "user_groups",
                                       "memberships", "meta_fields", "meta_values",   "api_keys"};

bool execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

SqliteStore::SqliteStore(const QString &path)
    : m_path(path)
{}

SqliteStore::~SqliteStore()
{
    if (m_handle) {
        // A statement clears a pending sqlite3_interrupt() (LocalReader interrupts its connection
        // before closing it). Left set, it makes SQLite abandon the checkpoint it runs when the
        // last connection closes, which then leaves -wal and -shm beside the file.
        execRaw(m_handle, "SELECT 1");
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

bool SqliteStore::checkpoint(int waitMs)
{
    if (!m_handle)
        return false;
    sqlite3_busy_timeout(m_handle, waitMs);
    // Run as a statement, not sqlite3_wal_checkpoint_v2(): that also clears a pending interrupt.
    // The row is (busy, WAL frames, frames copied); busy 1 means another connection kept some.
    SqliteStatement truncate(m_handle, "PRAGMA wal_checkpoint(TRUNCATE)");
    const bool done = truncate.step() && truncate.columnInt64(0) == 0;
    truncate.reset();
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    return done;
}

void SqliteStore::setBusyTimeout(int ms)
{
    if (m_handle)
        sqlite3_busy_timeout(m_handle, ms);
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, StoreError *error)
{
    const StoreError probe = DatabaseFileProbe::check(path, SchemaMigrator::kCurrentVersion);
    if (probe.isError()) {
        *error = probe;
        return nullptr;
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(QFileInfo(path).absoluteFilePath()));
    *error = store->connect(false);
    return error->isError() ? nullptr : std::move(store);
}

std::unique_ptr<SqliteStore> SqliteStore::create(const QString &path, StoreError *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = {StoreError::Kind::AlreadyExists, info.absoluteFilePath(),
                  tr("the file already exists")};
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = {StoreError::Kind::ReadOnly, info.absoluteFilePath(),
                  tr("the folder %1 cannot be created").arg(info.absolutePath())};
        return nullptr;
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(info.absoluteFilePath()));
    *error = store->connect(true);
    return error->isError() ? nullptr : std::move(store);
}

StoreError SqliteStore::sqlError(const QString &what) const
{
    return {StoreError::Kind::Sql, m_path, what};
}

QString SqliteStore::sqliteMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

StoreError SqliteStore::connect(bool create)
{
    // An existing file is never created anew: a file deleted since the probe stays missing.
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int opened =
        sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_handle, flags, nullptr);
    if (opened != SQLITE_OK)
        return {StoreError::Kind::Corrupt, m_path,
                tr("the database cannot be opened (%1)")
                    .arg(m_handle ? sqliteMessage() : QString::fromUtf8(sqlite3_errstr(opened)))};
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    SqlThreadGuard::watch(m_handle);
    setConnection(std::make_unique<SqliteConnection>(m_handle));

    if (!create) {
        // Read-only sanity checks first: nothing below writes until they pass.
        QSet<QString> tables;
        {
            SqliteStatement q(m_handle, "SELECT name FROM sqlite_master WHERE type = 'table'");
            while (q.step())
                tables.insert(q.columnText(0));
            if (q.failed())
                return {StoreError::Kind::Corrupt, m_path,
                        tr("the file is corrupt (%1)").arg(q.errorText())};
        }
        const int version = SchemaMigrator::version(m_handle);
        // The probe read the header in the file; the WAL may hold a newer one.
        {
            SqliteStatement q(m_handle, "PRAGMA application_id");
            if (q.step()) {
                const StoreError identity = DatabaseFileProbe::checkIdentity(
                    m_path, quint32(q.columnInt64(0)), quint32(qMax(version, 0)),
                    SchemaMigrator::kCurrentVersion);
                if (identity.isError())
                    return identity;
            }
        }
        for (const char *table : kRequiredTables) {
            const bool expected = version >= 2 || qstrcmp(table, "api_keys") != 0;
            if (version >= 1 && expected && !tables.contains(QLatin1String(table)))
                return {
                    StoreError::Kind::Corrupt, m_path,
                    tr("the database is damaged: table '%1' is missing").arg(QLatin1String(table))};
        }
        if (QFileInfo(m_path).size() <= kQuickCheckLimit) {
            SqliteStatement q(m_handle, "PRAGMA quick_check");
            const bool row = q.step();
            if (!row || q.columnText(0) != QLatin1String("ok"))
                return {StoreError::Kind::Corrupt, m_path,
                        tr("the file is corrupt (%1)").arg(row ? q.columnText(0) : q.errorText())};
        }
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        SqliteStatement q(m_handle, pragma);
        if (!q.exec())
            return sqlError(q.errorText());
    }
    const QString migrationError = SchemaMigrator::migrate(m_handle);
    if (!migrationError.isEmpty())
        return sqlError(migrationError);
    return {};
}

qint64 SqliteStore::dataVersion()
{
    SqliteStatement q(m_handle, "PRAGMA data_version");
    return q.step() ? q.columnInt64(0) : -1;
}

int SqliteStore::schemaVersion()
{
    return SchemaMigrator::version(m_handle);
}

std::optional<std::pair<qint64, qint64>> SqliteStore::changeStamp()
{
    // Another connection's commit moves data_version; this connection's own writes move its
    // change counter.
    return std::pair<qint64, qint64>{dataVersion(), sqlite3_total_changes64(m_handle)};
}
