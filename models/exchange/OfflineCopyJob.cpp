#include "OfflineCopyJob.h"

#include "store/OfflineCopyWriter.h"
#include "store/SqliteStore.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

// Touched on the writer thread only.
struct OfflineCopyJob::Writer
{
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<OfflineCopyWriter> copy;
    bool created = false; // the file is ours to remove

    void removeFile(const QString &path)
    {
        copy.reset();
        store.reset();
        if (!created)
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        created = false;
    }
};

OfflineCopyJob::OfflineCopyJob(Store *source, const OfflineOrigin &origin, const QString &path,
                               QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_origin(origin)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_writer(std::make_shared<Writer>())
    , m_thread(new QThread)
    , m_threadContext(new QObject)
{
    m_thread->setObjectName(QStringLiteral("MetaDesk offline copy"));
    m_threadContext->moveToThread(m_thread);
}

OfflineCopyJob::~OfflineCopyJob()
{
    if (m_thread->isRunning()) {
        if (!m_ended) // dropped midway: no half-made file stays behind
            QMetaObject::invokeMethod(
                m_threadContext, [writer = m_writer, path = m_path] { writer->removeFile(path); },
                Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            m_threadContext, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
        m_thread->wait();
    }
    delete m_threadContext;
    delete m_thread;
}

void OfflineCopyJob::write(std::function<QString(Writer &)> work, std::function<void()> then)
{
    const QPointer<OfflineCopyJob> self(this);
    QMetaObject::invokeMethod(
        m_threadContext,
        [self, writer = m_writer, work = std::move(work), then = std::move(then)] {
            const QString error = work(*writer);
            QMetaObject::invokeMethod(
                self.data(),
                [self, error, then] {
                    if (!self || self->m_stopping)
                        return;
                    if (!error.isEmpty())
                        return self->fail(error);
                    then();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OfflineCopyJob::start()
{
    m_thread->start();
    Q_EMIT progress(0, -1);
    write(
        [path = m_path](Writer &w) {
            StoreError error;
            w.store = SqliteStore::create(path, &error);
            if (!w.store)
                return error.text();
            w.created = true;
            w.copy = std::make_unique<OfflineCopyWriter>(*w.store);
            return QString();
        },
        [this] { readRevision(); });
}

void OfflineCopyJob::readRevision()
{
    if (!m_source)
        return fail(tr("the connection was closed"));
    // Read before any data: what is read next is at least as new, so a change made while the
    // copy is taken is reported again by the change feed rather than missed.
    m_source->fetchRevision(m_origin.accountId, this, [this](const StoreReply<qint64> &r) {
        if (m_stopping)
            return;
        if (!r.ok())
            return fail(r.errorText());
        m_origin.takenRevision = r.value;
        readSchema();
    });
}

void OfflineCopyJob::readSchema()
{
    if (!m_source)
        return fail(tr("the connection was closed"));
    const qint64 account = m_origin.accountId;
    m_source->fetchFields(account, this, [this, account](const StoreReply<QList<MetaField>> &f) {
        if (m_stopping)
            return;
        if (!f.ok())
            return fail(f.errorText());
        if (!m_source)
            return fail(tr("the connection was closed"));
        m_source->fetchGroups(
            account, this, [this, fields = f.value](const StoreReply<QList<UserGroup>> &g) {
                if (m_stopping)
                    return;
                if (!g.ok())
                    return fail(g.errorText());
                const Account copied{m_origin.accountId, m_origin.accountName};
                write(
                    [copied, fields, groups = g.value](Writer &w) {
                        return w.copy->writeAccount(copied, fields, groups) ? QString()
                                                                            : w.copy->errorText();
                    },
                    [this] { readPage(0); });
            });
    });
}

void OfflineCopyJob::readPage(qint64 after)
{
    if (!m_source)
        return fail(tr("the connection was closed"));
    m_readingUsers = true;
    m_source->fetchUsers(m_origin.accountId, UserQuery{}, after, m_pageSize, this,
                         [this](const StoreReply<UserPage> &page) {
                             if (m_stopping)
                                 return;
                             m_readingUsers = false;
                             if (!page.ok())
                                 return fail(page.errorText());
                             if (page.value.total >= 0) {
                                 m_total = page.value.total;
                                 Q_EMIT progress(m_written, m_total);
                             }
                             if (!page.value.users.isEmpty()) {
                                 QList<qint64> ids;
                                 for (const User &user : page.value.users) {
                                     ids << user.id;
                                     if (ids.size() == kValueIdsPerPage) {
                                         m_pages.push_back({ids, {}, false});
                                         ids.clear();
                                     }
                                 }
                                 if (!ids.isEmpty())
                                     m_pages.push_back({ids, {}, false});
                                 ++m_usersWriting;
                                 write(
                                     [users = page.value.users](Writer &w) {
                                         return w.copy->writeUsers(users) ? QString()
                                                                          : w.copy->errorText();
                                     },
                                     [this] {
                                         --m_usersWriting;
                                         readUsersWhenRoom();
                                     });
                             }
                             if (page.value.users.isEmpty() || page.value.next < 0)
                                 allUsersRead();
                             else
                                 m_nextToRead = page.value.next;
                             readUsersWhenRoom();
                             readValuesWhenRoom();
                         });
}

void OfflineCopyJob::readUsersWhenRoom()
{
    if (m_stopping || m_readingUsers || m_nextToRead < 0 || m_usersWriting >= kPagesAhead)
        return;
    const qint64 after = m_nextToRead;
    m_nextToRead = -1;
    readPage(after);
}

void OfflineCopyJob::allUsersRead()
{
    m_usersRead = true;
    // Behind the last users in the writer's queue: their indexes are built while values are
    // still being read, not all at the end.
    write([](Writer &w) { return w.copy->finishUsers() ? QString() : w.copy->errorText(); },
          [this] { finishWhenWritten(); });
    finishWhenWritten();
}

void OfflineCopyJob::readValuesWhenRoom()
{
    // Pages are asked for in order: those asked for and not yet written are a prefix of m_pages.
    while (!m_stopping && m_asked < qsizetype(m_pages.size()) &&
           m_asked + m_writing < kValuePagesAhead &&
           m_valuesReading < (m_usersRead ? kValuePagesReading : kValuePagesReadingWithUsers)) {
        ++m_valuesReading;
        readValues(m_firstPage + m_asked, m_pages.at(size_t(m_asked)).ids);
        ++m_asked;
    }
}

void OfflineCopyJob::readValues(qint64 page, const QList<qint64> &ids)
{
    if (!m_source)
        return fail(tr("the connection was closed"));
    m_source->fetchMetaValuePages(m_origin.accountId, ids, {}, this,
                                  [this, page](const StoreReply<MetaValuePages> &values) {
                                      if (m_stopping)
                                          return;
                                      if (!values.ok())
                                          return fail(values.errorText());
                                      --m_valuesReading;
                                      Page &read = m_pages.at(size_t(page - m_firstPage));
                                      read.values = values.value;
                                      read.valuesRead = true;
                                      writeWhatIsRead();
                                      readValuesWhenRoom();
                                  });
}

void OfflineCopyJob::writeWhatIsRead()
{
    // In user order: each page's values go in after the previous page's, at the end of the
    // table, where inserting is cheapest.
    while (!m_stopping && !m_pages.empty() && m_pages.front().valuesRead &&
           m_writing < kPagesInWriting) {
        Page page = std::move(m_pages.front());
        m_pages.pop_front();
        ++m_firstPage;
        --m_asked;
        ++m_writing;
        const qsizetype count = page.ids.size();
        write(
            [ids = std::move(page.ids), values = std::move(page.values)](Writer &w) {
                return w.copy->writeValues(ids, values) ? QString() : w.copy->errorText();
            },
            [this, count] {
                --m_writing;
                m_written += count;
                Q_EMIT progress(m_written, qMax(m_total, m_written));
                writeWhatIsRead();
                readValuesWhenRoom();
                finishWhenWritten();
            });
    }
}

void OfflineCopyJob::finishWhenWritten()
{
    if (m_usersRead && m_usersWriting == 0 && m_pages.empty() && m_writing == 0 && !m_finishing) {
        m_finishing = true;
        finishWriting();
    }
}

void OfflineCopyJob::finishWriting()
{
    // The origin last: only a whole copy is an offline copy. Closing empties the WAL into the
    // file, so the file alone is the copy.
    OfflineOrigin origin = m_origin;
    origin.takenAt = QDateTime::currentDateTimeUtc();
    write(
        [origin](Writer &w) {
            if (!w.copy->writeOrigin(origin))
                return w.copy->errorText();
            w.copy.reset();
            w.store.reset();
            w.created = false; // whole now: it stays
            return QString();
        },
        [this] {
            end(true, tr("Offline copy of %1 saved in %2: %n user(s).", nullptr, int(m_written))
                          .arg(m_origin.accountName, QFileInfo(m_path).fileName()));
        });
}

void OfflineCopyJob::cancel()
{
    if (m_stopping || m_ended)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_threadContext,
        [self = QPointer<OfflineCopyJob>(this), writer = m_writer, path = m_path] {
            writer->removeFile(path);
            QMetaObject::invokeMethod(
                self.data(),
                [self, path] {
                    if (self)
                        self->end(false, tr("Cancelled: no offline copy was made, and the "
                                            "half-made file %1 was removed.")
                                             .arg(QFileInfo(path).fileName()));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OfflineCopyJob::fail(const QString &why)
{
    if (m_stopping || m_ended)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_threadContext,
        [self = QPointer<OfflineCopyJob>(this), writer = m_writer, path = m_path, why] {
            writer->removeFile(path);
            QMetaObject::invokeMethod(
                self.data(),
                [self, why] {
                    if (self)
                        self->end(false, tr("The offline copy could not be made: %1").arg(why));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OfflineCopyJob::end(bool ok, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    m_thread->quit();
    Q_EMIT finished(ok, message);
}
