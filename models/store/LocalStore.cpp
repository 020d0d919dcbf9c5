#include "LocalStore.h"

#include "FileChangeWatch.h"
#include "LocalApplyJob.h"
#include "LocalReader.h"
#include "SqliteStore.h"

#include <QFileInfo>

LocalStore::LocalStore(std::unique_ptr<SqliteStore> store, QObject *parent)
    : Store(parent)
    , m_store(std::move(store))
    , m_reader(new LocalReader(m_store->filePath(), this))
    , m_watch(new FileChangeWatch(*m_store, this))
{
    connect(m_watch, &FileChangeWatch::changed, this, &Store::changedOutside);
}

bool LocalStore::mayScan(const UserQuery &query)
{
    return !query.search.trimmed().isEmpty() || query.meta.isActive() ||
           query.sort == UserQuery::Sort::Meta;
}

LocalStore::~LocalStore()
{
    delete m_watch;
    m_watch = nullptr;
    // The reader's connection closes first, on its own thread. Then this connection is the
    // process's last one (apply jobs close theirs when they finish): it empties the WAL into the
    // file, and as it closes SQLite removes -wal and -shm unless another process still has the
    // file open.
    delete m_reader;
    m_reader = nullptr;
    m_store->checkpoint();
    m_store.reset();
}

QString LocalStore::location() const
{
    return m_store->filePath();
}

void LocalStore::fetchAccounts(QObject *context, Callback<QList<Account>> done)
{
    reply<QList<Account>>(context, done, {m_store->accounts(), {}});
}

void LocalStore::fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                            QObject *context, Callback<UserPage> done)
{
    if (mayScan(query)) {
        m_reader->fetchUsers(accountId, query, after, 0, false, limit, context, std::move(done));
        return;
    }
    UserPage page;
    QString error;
    // One more than asked tells whether another page follows.
    page.users = m_store->users(accountId, query, after, limit + 1, 0, &error);
    if (page.users.size() > limit) {
        page.users.removeLast();
        page.next = page.users.last().id;
    }
    if (after == 0 && error.isEmpty())
        page.total = m_store->countUsers(accountId, query, &error);
    reply<UserPage>(context, done, {page, error});
}

void LocalStore::fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                              QObject *context, Callback<UserPage> done)
{
    if (mayScan(query)) {
        m_reader->fetchUsers(accountId, query, 0, offset, true, limit, context, std::move(done));
        return;
    }
    UserPage page;
    QString error;
    page.users = m_store->users(accountId, query, 0, limit, offset, &error);
    if (offset == 0 && error.isEmpty())
        page.total = m_store->countUsers(accountId, query, &error);
    reply<UserPage>(context, done, {page, error});
}

void LocalStore::fetchGroups(qint64 accountId, QObject *context, Callback<QList<UserGroup>> done)
{
    const qint64 version = m_store->dataVersion();
    if (m_groupsCache.accountId != accountId || m_groupsCache.dataVersion != version || version < 0)
        m_groupsCache = {accountId, version, m_store->groups(accountId)};
    reply<QList<UserGroup>>(context, done, {m_groupsCache.groups, {}});
}

void LocalStore::fetchFields(qint64 accountId, QObject *context, Callback<QList<MetaField>> done)
{
    reply<QList<MetaField>>(context, done, {m_store->fields(accountId), {}});
}

void LocalStore::fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                                 const QStringList &fieldNames, QObject *context,
                                 Callback<QHash<qint64, QJsonObject>> done)
{
    reply<QHash<qint64, QJsonObject>>(context, done,
                                      {m_store->metaValues(accountId, userIds, fieldNames, 0,
                                                           int(qMax<qsizetype>(userIds.size(), 1))),
                                       {}});
}

ApplyJob *LocalStore::apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema)
{
    auto *job = new LocalApplyJob(m_store->filePath(), accountId, edits, schema);
    job->start();
    return job;
}

void LocalStore::putFields(qint64 accountId, const QList<SchemaChange> &changes,
                           SchemaWriteOptions options, QObject *context,
                           Callback<SchemaOutcome> done)
{
    SchemaWriter writer(*m_store);
    reply<SchemaOutcome>(context, done, {writer.apply(accountId, changes, options), {}});
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
    m_watch->check();
}

void LocalStore::countFieldValues(qint64 accountId, QObject *context,
                                  Callback<QHash<QString, qint64>> done)
{
    // Reads every value of the account: on the reader thread, so opening a big file stays quick.
    m_reader->run<QHash<QString, qint64>>(
        [accountId](SqliteStore &store) {
            StoreReply<QHash<QString, qint64>> answer;
            answer.value = store.countValuesPerField(accountId, &answer.error);
            return answer;
        },
        context, std::move(done));
}
