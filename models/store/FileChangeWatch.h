#pragma once

#include <QObject>
#include <QTimer>

class SqliteStore;

// Notices what other connections commit to a database file: other processes (the sqlite3
// program, metadesk-server, another MetaDesk) and this process's own apply jobs. It asks the
// store's connection for PRAGMA data_version every second, which SQLite answers from shared
// memory in microseconds, and never waits for a lock: a busy file is looked at next time. Lives
// on the thread of the store's connection (LocalStore's worker thread).
class FileChangeWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    // Takes the current state as seen; watches until destroyed.
    explicit FileChangeWatch(SqliteStore &store, QObject *parent = nullptr);

    // Looks now (as the timer does); emits changed() if another connection committed since.
    void check();

Q_SIGNALS:
    void changed();

private:
    SqliteStore &m_store;
    QTimer m_timer;
    qint64 m_seen = -1;
};
