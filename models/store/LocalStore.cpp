#include "LocalStore.h"

#include "ChangeLog.h"
#include "LocalApplyJob.h"
#include "LocalReader.h"
#include "LocalWorker.h"
#include "OfflineCopyFile.h"
#include "ServerChangesComparer.h"
#include "SqliteStore.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace {
// One keyset or offset page, answered the same way on either thread.
StoreReply<UserPage> readPage(SqliteStore &store, qint64 accountId, const UserQuery &query,
                              qint64 after, qint64 offset, bool byOffset, int limit)
{
    StoreReply<UserPage> answer;
    // One more than asked tells whether another page follows.
    QString error;
    answer.value.users = store.users(accountId, query, byOffset ? 0 : after, limit + 1,
                                     byOffset ? offset : 0, &error);
    if (answer.value.users.size() > limit) {
        answer.value.users.removeLast();
        answer.value.next = answer.value.users.last().id;
    }
    if (error.isEmpty() && (byOffset ? offset == 0 : after == 0))
        answer.value.total = store.countUsers(accountId, query, &error);
    if (!error.isEmpty())
        answer.error = ClientError::make(ClientError::Kind::Internal, error);
    return answer;
}
} // namespace

LocalStore::LocalStore(std::unique_ptr<SqliteStore> store, QObject *parent)
    : Store(parent)
    , m_store(std::move(store))
    , m_reader(new LocalReader(m_store->filePath(), this))
    , m_worker(new LocalWorker(m_store->filePath(), this))
    , m_groupsCache(std::make_shared<GroupsCache>())
    , m_changesCache(std::make_shared<ChangesCache>())
{
    connect(m_worker, &LocalWorker::changedOutside, this, &Store::changedOutside);
}

bool LocalStore::mayScan(const UserQuery &query)
{
    return !query.search.trimmed().isEmpty() || query.meta.isActive() ||
           query.sort == UserQuery::Sort::Meta;
}

LocalStore::~LocalStore()
{
    // The reader's connection closes first, on its own thread. Then the worker's connection is
    // the process's last busy one (apply jobs close theirs when they finish): it empties the WAL
    // into the file before closing. As the idle opening connection closes last, SQLite removes
    // -wal and -shm unless another process still has the file open.
    delete m_reader;
    m_reader = nullptr;
    delete m_worker;
    m_worker = nullptr;
    m_store.reset();
}

QString LocalStore::location() const
{
    return m_store->filePath();
}

void LocalStore::fetchAccounts(QObject *context, Callback<QList<Account>> done)
{
    m_worker->run<QList<Account>>(
        [](SqliteStore &store) {
            return StoreReply<QList<Account>>{store.accounts(), {}};
        },
        context, std::move(done));
}

void LocalStore::fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                            QObject *context, Callback<UserPage> done)
{
    if (mayScan(query)) {
        m_reader->fetchUsers(accountId, query, after, 0, false, limit, context, std::move(done));
        return;
    }
    m_worker->run<UserPage>(
        [accountId, query, after, limit](SqliteStore &store) {
            return readPage(store, accountId, query, after, 0, false, limit);
        },
        context, std::move(done));
}

void LocalStore::fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                              QObject *context, Callback<UserPage> done)
{
    if (mayScan(query)) {
        m_reader->fetchUsers(accountId, query, 0, offset, true, limit, context, std::move(done));
        return;
    }
    m_worker->run<UserPage>(
        [accountId, query, offset, limit](SqliteStore &store) {
            StoreReply<UserPage> answer = readPage(store, accountId, query, 0, offset, true, limit);
            answer.value.next = -1; // offset pages have no keyset successor
            return answer;
        },
        context, std::move(done));
}

void LocalStore::fetchGroups(qint64 accountId, QObject *context, Callback<QList<UserGroup>> done)
{
    m_worker->run<QList<UserGroup>>(
        [accountId, cache = m_groupsCache](SqliteStore &store) {
            const qint64 version = store.dataVersion();
            if (cache->accountId != accountId || cache->dataVersion != version || version < 0)
                *cache = {accountId, version, store.groups(accountId)};
            return StoreReply<QList<UserGroup>>{cache->groups, {}};
        },
        context, std::move(done));
}

void LocalStore::fetchFields(qint64 accountId, QObject *context, Callback<QList<MetaField>> done)
{
    m_worker->run<QList<MetaField>>(
        [accountId](SqliteStore &store) {
            return StoreReply<QList<MetaField>>{store.fields(accountId), {}};
        },
        context, std::move(done));
}

void LocalStore::fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                                 const QStringList &fieldNames, QObject *context,
                                 Callback<QHash<qint64, QJsonObject>> done)
{
    m_worker->run<QHash<qint64, QJsonObject>>(
        [accountId, userIds, fieldNames](SqliteStore &store) {
            return StoreReply<QHash<qint64, QJsonObject>>{
                store.metaValues(accountId, userIds, fieldNames, 0,
                                 int(qMax<qsizetype>(userIds.size(), 1))),
                {}};
        },
        context, std::move(done));
}

void LocalStore::fetchChanges(qint64 accountId, qint64 since, QObject *context,
                              Callback<ServerChanges> done)
{
    m_worker->run<ServerChanges>(
        [accountId, since](SqliteStore &store) {
            StoreReply<ServerChanges> answer;
            const ChangeLog::Page all = ChangeLog(store).readAll(accountId, since);
            if (!all.error.isEmpty())
                answer.error = ClientError::make(ClientError::Kind::Internal, all.error);
            else if (all.expired)
                answer.error = ClientError::make(
                    ClientError::Kind::Expired,
                    tr("The file no longer knows every change since revision %1: take a fresh "
                       "copy.")
                        .arg(since));
            else
                answer.value = all.changes;
            return answer;
        },
        context, std::move(done));
}

ApplyJob *LocalStore::apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema,
                            const ApplyOptions &options)
{
    auto *job = new LocalApplyJob(m_store->filePath(), accountId, edits, schema);
    job->setIfMatch(options.ifMatchRevision);
    job->start();
    return job;
}

void LocalStore::putFields(qint64 accountId, const QList<SchemaChange> &changes,
                           SchemaWriteOptions options, QObject *context,
                           Callback<SchemaOutcome> done)
{
    // On the worker: one thread, one connection, so schema writes never overlap.
    m_worker->run<SchemaOutcome>(
        [accountId, changes, options](SqliteStore &store) {
            SchemaWriter writer(store);
            const SchemaOutcome outcome = writer.apply(accountId, changes, options);
            // A refusal is an answer the outcome carries; a busy or broken file is a failure,
            // as a server's 503 or 500 is for RemoteStore.
            if (outcome.error.isError() && outcome.error.kind != DomainError::Kind::Refused)
                return StoreReply<SchemaOutcome>{
                    {},
                    ClientError::fromDomain(outcome.error, outcome.error.details.value(0).message)};
            return StoreReply<SchemaOutcome>{outcome, {}};
        },
        context, std::move(done));
}

bool LocalStore::usesFile(const QString &path) const
{
    // Compared after resolving links: another name for the same file is the same file.
    const QFileInfo info(path);
    const QString candidate = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString database = QFileInfo(m_store->filePath()).canonicalFilePath();
    if (database.isEmpty())
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (candidate == database + QLatin1String(suffix))
            return true;
    }
    return false;
}

void LocalStore::checkForOutsideChanges()
{
    m_worker->checkForChanges();
}

void LocalStore::countFieldValues(qint64 accountId, QObject *context,
                                  Callback<QHash<QString, qint64>> done)
{
    // Reads every value of the account: on the reader thread, so opening a big file stays quick.
    m_reader->run<QHash<QString, qint64>>(
        [accountId](SqliteStore &store) {
            StoreReply<QHash<QString, qint64>> answer;
            QString error;
            answer.value = store.countValuesPerField(accountId, &error);
            if (!error.isEmpty())
                answer.error = ClientError::make(ClientError::Kind::Internal, error);
            return answer;
        },
        context, std::move(done));
}

void LocalStore::fetchOfflineOrigin(QObject *context, Callback<OfflineOrigin> done)
{
    m_worker->run<OfflineOrigin>(
        [](SqliteStore &store) {
            OfflineCopyFile copy(store);
            StoreReply<OfflineOrigin> answer{copy.origin(), {}};
            if (!copy.errorText().isEmpty())
                answer.error = ClientError::make(ClientError::Kind::Internal, copy.errorText());
            return answer;
        },
        context, std::move(done));
}

void LocalStore::fetchChangesToSend(qint64 accountId, QObject *context,
                                    Callback<QList<SyncRow>> done)
{
    m_worker->run<QList<SyncRow>>(
        [accountId, cache = m_changesCache](SqliteStore &store) {
            // Read again only when the file changed: another connection committed (data_version)
            // or this one wrote (its change count). The banner's count has usually just read
            // them, so View › Changes to Send opens at once.
            const qint64 version = store.dataVersion();
            const qint64 ownChanges = sqlite3_total_changes64(store.handle());
            if (version >= 0 && cache->accountId == accountId && cache->dataVersion == version &&
                cache->ownChanges == ownChanges)
                return StoreReply<QList<SyncRow>>{cache->rows, {}};
            OfflineCopyFile copy(store);
            bool ok = false;
            StoreReply<QList<SyncRow>> answer{copy.changesToSend(accountId, &ok), {}};
            if (!ok)
                answer.error = ClientError::make(ClientError::Kind::Internal, copy.errorText());
            *cache =
                ok ? ChangesCache{accountId, version, ownChanges, answer.value} : ChangesCache();
            return answer;
        },
        context, std::move(done));
}

void LocalStore::revertChanges(qint64 accountId, const QList<SyncPlace> &places, QObject *context,
                               Callback<bool> done)
{
    m_worker->run<bool>(
        [accountId, places](SqliteStore &store) {
            OfflineCopyFile copy(store);
            StoreReply<bool> answer{copy.revert(accountId, places), {}};
            if (!answer.value)
                answer.error = ClientError::make(ClientError::Kind::Internal, copy.errorText());
            return answer;
        },
        context, std::move(done));
}

void LocalStore::settle(qint64 accountId, const QList<SyncRow> &fileUpdates,
                        const QList<SyncRow> &sentRows, std::optional<qint64> takenRevision,
                        QObject *context, Callback<bool> done)
{
    m_worker->run<bool>(
        [accountId, rows = fileUpdates + sentRows, takenRevision](SqliteStore &store) {
            OfflineCopyFile copy(store);
            StoreReply<bool> answer{copy.settle(accountId, rows, takenRevision), {}};
            if (!answer.value)
                answer.error = ClientError::make(ClientError::Kind::Internal, copy.errorText());
            return answer;
        },
        context, std::move(done));
}

void LocalStore::fetchRevision(qint64 accountId, QObject *context, Callback<qint64> done)
{
    m_worker->run<qint64>(
        [accountId](SqliteStore &store) {
            StoreReply<qint64> answer{store.revision(accountId), {}};
            if (answer.value < 0)
                answer.error = ClientError::make(ClientError::Kind::Internal, store.lastError());
            return answer;
        },
        context, std::move(done));
}

void LocalStore::compareWithServer(qint64 accountId, const ServerChanges &changes, QObject *context,
                                   Callback<SyncComparison> done)
{
    m_worker->run<SyncComparison>(
        [accountId, changes](SqliteStore &store) {
            ServerChangesComparer comparer(store);
            StoreReply<SyncComparison> answer;
            if (!comparer.compare(accountId, changes, answer.value))
                answer.error = ClientError::make(ClientError::Kind::Internal, comparer.errorText());
            return answer;
        },
        context, std::move(done));
}

void LocalStore::takeServerFields(qint64 accountId, const QList<ServerChanges::Field> &fields,
                                  QObject *context, Callback<QStringList> done)
{
    m_worker->run<QStringList>(
        [accountId, fields](SqliteStore &store) {
            OfflineCopyFile copy(store);
            StoreReply<QStringList> answer;
            if (!copy.takeFields(accountId, fields, &answer.value))
                answer.error = ClientError::make(ClientError::Kind::Internal, copy.errorText());
            return answer;
        },
        context, std::move(done));
}
