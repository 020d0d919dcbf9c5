#pragma once

#include "SqlStore.h"
#include "StoreError.h"

#include <memory>

struct sqlite3;

// A MetaDesk database file: SqlStore's rules on a SQLite connection, plus what only a file has
// (opening with checks and migrations, the WAL, the busy timeout, data_version).
class SqliteStore final : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
public:
    // How long a statement waits for another connection's lock before it gives up.
    static constexpr int kBusyTimeoutMs = 10000;
    // How long closing a file waits for other connections to let the WAL be emptied.
    static constexpr int kCloseCheckpointWaitMs = 2000;

    // Opens an existing database, migrating an older schema. Refuses (without touching the file)
    // anything that is not a MetaDesk database, is corrupt, newer or read-only.
    static std::unique_ptr<SqliteStore> open(const QString &path, StoreError *error);
    // Creates a new, empty database (current schema, no accounts). Refuses an existing file.
    static std::unique_ptr<SqliteStore> create(const QString &path, StoreError *error);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    QString filePath() const { return m_path; }
    // The SQLite handle, for what only a file has (SqliteStatement in its checks and tests).
    sqlite3 *handle() const { return m_handle; }
    // How long statements wait for another connection's lock (kBusyTimeoutMs unless changed).
    void setBusyTimeout(int ms);
    int schemaVersion();
    // Changes whenever another connection (another thread, process or an apply job) commits;
    // lets callers keep answers until the file really changed.
    qint64 dataVersion();
    // Copies every committed change from the WAL into the file itself and empties the WAL
    // (wal_checkpoint(TRUNCATE)), waiting at most `waitMs` for other connections. Called when
    // the file is closed, after every other connection of this process is closed: then the file
    // alone is complete even if another process keeps it open. False when some of the WAL is
    // still in use elsewhere.
    bool checkpoint(int waitMs = kCloseCheckpointWaitMs);

protected:
    std::optional<std::pair<qint64, qint64>> changeStamp() override;

private:
    explicit SqliteStore(const QString &path);
    StoreError connect(bool create);
    StoreError sqlError(const QString &what) const;
    QString sqliteMessage() const;

    QString m_path;
    sqlite3 *m_handle = nullptr;
};
