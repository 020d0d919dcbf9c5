#pragma once

#include "Store.h"
#include "ThreadJob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;
class SqliteStore;
struct sqlite3;

// Runs the slow reads of a database file (a search or a meta filter over a million users) on a
// thread with its own connection, so typing never freezes the window. A query that a different,
// newer query overtakes is interrupted or skipped: only the latest filter's answer matters.
class LocalReader : public QObject
{
    Q_OBJECT
public:
    explicit LocalReader(const QString &path, QObject *parent = nullptr);
    ~LocalReader() override;

    // The users from `offset` (or after the id `after` when `byOffset` is false), answered on
    // this object's thread through `done` unless `context` is gone by then.
    void fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, qint64 offset,
                    bool byOffset, int limit, QObject *context, Store::Callback<UserPage> done);

    // Runs any read on the reader thread and answers with its result on this object's thread.
    template<typename T>
    void run(std::function<StoreReply<T>(SqliteStore &)> work, QObject *context,
             Store::Callback<T> done)
    {
        post(ThreadJob::answering<T>(this, std::move(work), context, std::move(done)));
    }

private:
    // Runs `job` on the reader thread with the reader's connection (opened on first use).
    void post(const std::function<void(SqliteStore *store, const QString &openError)> &job);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; runs the queries
    QString m_lastKey;           // the query the newest request was for
};
