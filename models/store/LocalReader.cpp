#include "LocalReader.h"

#include "SqliteStore.h"

#include <QMutex>
#include <QStringList>
#include <QThread>
#include <sqlite3.h>

// What the caller's thread and the reader's thread both touch.
struct LocalReader::Shared
{
    QString path;
    std::unique_ptr<SqliteStore> store; // created, used and destroyed on the reader thread
    std::atomic<quint64> latest{0};     // serial of the newest query
    QMutex handleLock;                  // guards `handle` against closing while interrupting
    sqlite3 *handle = nullptr;
};

namespace {
QString keyOf(qint64 accountId, const UserQuery &q)
{
    // The direction is left out: a view reads far pages of the same query in reverse.
    // One multi-argument arg(): chained ones would expand a "%2" typed into the search box.
    QStringList filters;
    for (const MetaFilter &f : q.metaFilters())
        filters << f.field << QString::number(int(f.match)) << f.text;
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(QString::number(accountId), q.search, QString::number(q.groupId),
             filters.join(QChar(0x1f)), QString::number(int(q.sort)), q.sortField);
}
} // namespace

LocalReader::LocalReader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_shared->path = path;
    m_thread->setObjectName(QStringLiteral("MetaDesk reader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LocalReader::~LocalReader()
{
    {
        const QMutexLocker lock(&m_shared->handleLock);
        if (m_shared->handle)
            sqlite3_interrupt(m_shared->handle);
    }
    // The connection belongs to the reader thread: close it there, then stop the thread.
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_worker,
        [shared] {
            const QMutexLocker lock(&shared->handleLock);
            shared->handle = nullptr;
            shared->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void LocalReader::post(const std::function<void(SqliteStore *, const QString &)> &job)
{
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_worker,
        [shared, job] {
            QString error;
            if (!shared->store) {
                StoreError storeError;
                shared->store = SqliteStore::open(shared->path, &storeError);
                error = storeError.text();
                const QMutexLocker lock(&shared->handleLock);
                shared->handle = shared->store ? shared->store->handle() : nullptr;
            }
            job(shared->store.get(), error);
        },
        Qt::QueuedConnection);
}

void LocalReader::fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, qint64 offset,
                             bool byOffset, int limit, QObject *context,
                             Store::Callback<UserPage> done)
{
    // Pages of the same query run side by side; a different query overtakes them all.
    const QString key = keyOf(accountId, query);
    std::shared_ptr<Shared> shared = m_shared;
    if (key != m_lastKey) {
        m_lastKey = key;
        ++shared->latest;
        const QMutexLocker lock(&shared->handleLock);
        if (shared->handle)
            sqlite3_interrupt(shared->handle);
    }
    const quint64 serial = shared->latest.load();
    run<UserPage>(
        [shared, serial, accountId, query, after, offset, byOffset, limit](SqliteStore &s) {
            StoreReply<UserPage> answer;
            const ClientError superseded = ClientError::make(
                ClientError::Kind::Cancelled, tr("A newer search replaced this one."));
            if (serial != shared->latest.load()) {
                answer.error = superseded;
                return answer;
            }
            // One more than asked tells whether another page follows.
            QString error;
            answer.value.users = s.users(accountId, query, byOffset ? 0 : after, limit + 1,
                                         byOffset ? offset : 0, &error);
            if (answer.value.users.size() > limit) {
                answer.value.users.removeLast();
                answer.value.next = answer.value.users.last().id;
            }
            if (error.isEmpty() && (byOffset ? offset == 0 : after == 0))
                answer.value.total = s.countUsers(accountId, query, &error);
            if (!error.isEmpty())
                answer.error = serial != shared->latest.load()
                                   ? superseded
                                   : ClientError::make(ClientError::Kind::Internal, error);
            return answer;
        },
        context, std::move(done));
}
