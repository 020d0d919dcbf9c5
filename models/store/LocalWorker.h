#pragma once

#include "Store.h"
#include "ThreadJob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QThread;
class SqliteStore;

// Runs every quick read and every write of a database file for LocalStore on one thread with its
// own connection, so the GUI thread never waits for SQL: jobs run one at a time in the order
// given (schema writes are serialized), and none is ever interrupted (LocalReader's scans are).
// The same connection watches the file for commits by others (FileChangeWatch). Destroying it
// empties the WAL into the file and closes the connection on its thread.
class LocalWorker : public QObject
{
    Q_OBJECT
public:
    explicit LocalWorker(const QString &path, QObject *parent = nullptr);
    ~LocalWorker() override;

    // Runs `work` on the worker thread and answers on this object's thread through `done`,
    // unless `context` is gone by then.
    template<typename T>
    void run(std::function<StoreReply<T>(SqliteStore &)> work, QObject *context,
             Store::Callback<T> done)
    {
        post(ThreadJob::answering<T>(this, std::move(work), context, std::move(done)));
    }

    // Looks for outside commits now (the watch also looks every second on its own).
    void checkForChanges();

Q_SIGNALS:
    // Another connection (another process, or an apply job) committed to the file.
    void changedOutside();

private:
    void post(const std::function<void(SqliteStore *store, const QString &openError)> &job);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; runs the jobs
};
