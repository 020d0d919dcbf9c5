#include "FileChangeWatch.h"

#include "SqliteStatement.h"
#include "SqliteStore.h"

#include <sqlite3.h>

FileChangeWatch::FileChangeWatch(SqliteStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    check();
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FileChangeWatch::check);
    m_timer.start();
}

void FileChangeWatch::check()
{
    sqlite3 *db = m_store.handle();
    if (!db)
        return;
    // The caller's thread must not wait for another process's lock; the next look will do.
    sqlite3_busy_timeout(db, 0);
    qint64 version = -1;
    {
        SqliteStatement pragma(db, "PRAGMA data_version");
        if (pragma.step())
            version = pragma.columnInt64(0);
    }
    sqlite3_busy_timeout(db, SqliteStore::kBusyTimeoutMs);
    if (version < 0)
        return;
    // The value only differs between two looks of one connection when another one committed.
    const bool changedSince = m_seen >= 0 && version != m_seen;
    m_seen = version;
    if (changedSince)
        Q_EMIT changed();
}
