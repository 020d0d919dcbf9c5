#include "LocalWorker.h"

#include "FileChangeWatch.h"
#include "SqliteStore.h"

#include <QThread>

// Created, used and destroyed on the worker thread only.
struct LocalWorker::Shared
{
    QString path;
    QString openError;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<FileChangeWatch> watch;
};

LocalWorker::LocalWorker(const QString &path, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_shared->path = path;
    m_thread->setObjectName(QStringLiteral("MetaDesk store"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    // Open at once, so the watch takes the file's state as seen from now on.
    QPointer<LocalWorker> self(this);
    post([self, shared = m_shared](SqliteStore *store, const QString &) {
        if (!store)
            return;
        // Made on the worker thread: its timer and its looks run there.
        shared->watch = std::make_unique<FileChangeWatch>(*store);
        QObject::connect(
            shared->watch.get(), &FileChangeWatch::changed, self.data(),
            [self] {
                if (self)
                    Q_EMIT self->changedOutside();
            },
            Qt::QueuedConnection);
    });
}

LocalWorker::~LocalWorker()
{
    // Jobs already posted finish first; then the connection is the process's last user of the
    // WAL (LocalReader and apply jobs closed theirs), so it can empty it into the file.
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_context,
        [shared] {
            shared->watch.reset();
            if (shared->store)
                shared->store->checkpoint();
            shared->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void LocalWorker::checkForChanges()
{
    post([shared = m_shared](SqliteStore *, const QString &) {
        if (shared->watch)
            shared->watch->check();
    });
}

void LocalWorker::post(const std::function<void(SqliteStore *, const QString &)> &job)
{
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_context,
        [shared, job] {
            if (!shared->store && shared->openError.isEmpty()) {
                StoreError error;
                shared->store = SqliteStore::open(shared->path, &error);
                shared->openError = error.text();
            }
            job(shared->store.get(), shared->openError);
        },
        Qt::QueuedConnection);
}
