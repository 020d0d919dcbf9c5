#pragma once

#include "Store.h"

#include <memory>

class LocalReader;
class LocalWorker;
class SqliteStore;

// The Store seam over a database file. The calling (GUI) thread never runs SQL: index reads and
// schema writes run in order on a worker thread (LocalWorker); searches and meta filters, which
// may scan, on a reader thread whose stale queries are interrupted (LocalReader); applies on a
// thread of their own. Each thread has its own connection. Commits by other processes (and by its
// apply jobs) are noticed within a second and announced with changedOutside(). Destroying it
// closes the file: every connection is closed and the WAL emptied into the file, so that the file
// alone holds every change.
class LocalStore : public Store
{
    Q_OBJECT
public:
    // Takes over an open file.
    explicit LocalStore(std::unique_ptr<SqliteStore> store, QObject *parent = nullptr);
    ~LocalStore() override;

    // The connection the file was opened with; LocalStore itself never runs SQL on it (tests and
    // tools use it on their own thread).
    SqliteStore &sqlite() { return *m_store; }

    QString location() const override;
    bool isRemote() const override { return false; }
    void fetchAccounts(QObject *context, Callback<QList<Account>> done) override;
    void fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                    QObject *context, Callback<UserPage> done) override;
    bool canSeek() const override { return true; }
    bool canQueryMeta() const override { return true; }
    void fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                      QObject *context, Callback<UserPage> done) override;
    void fetchGroups(qint64 accountId, QObject *context, Callback<QList<UserGroup>> done) override;
    void fetchFields(qint64 accountId, QObject *context, Callback<QList<MetaField>> done) override;
    void fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                         const QStringList &fieldNames, QObject *context,
                         Callback<QHash<qint64, QJsonObject>> done) override;
    using Store::apply;
    void fetchChanges(qint64 accountId, qint64 since, QObject *context,
                      Callback<ServerChanges> done) override;
    ApplyJob *apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema,
                    const ApplyOptions &options) override;
    void putFields(qint64 accountId, const QList<SchemaChange> &changes, SchemaWriteOptions options,
                   QObject *context, Callback<SchemaOutcome> done) override;
    void countFieldValues(qint64 accountId, QObject *context,
                          Callback<QHash<QString, qint64>> done) override;
    void fetchOfflineOrigin(QObject *context, Callback<OfflineOrigin> done) override;
    void fetchChangesToSend(qint64 accountId, QObject *context,
                            Callback<QList<SyncRow>> done) override;
    void revertChanges(qint64 accountId, const QList<SyncPlace> &places, QObject *context,
                       Callback<bool> done) override;
    void settle(qint64 accountId, const QList<SyncRow> &fileUpdates, const QList<SyncRow> &sentRows,
                std::optional<qint64> takenRevision, QObject *context,
                Callback<bool> done) override;
    void fetchRevision(qint64 accountId, QObject *context, Callback<qint64> done) override;
    void compareWithServer(qint64 accountId, const ServerChanges &changes, QObject *context,
                           Callback<SyncComparison> done) override;
    void takeServerFields(qint64 accountId, const QList<ServerChanges::Field> &fields,
                          QObject *context, Callback<QStringList> done) override;
    void checkForOutsideChanges() override;
    bool usesFile(const QString &path) const override;

private:
    // Whether a query may scan the whole account (and so must not run on the caller's thread).
    static bool mayScan(const UserQuery &query);

    std::unique_ptr<SqliteStore> m_store;
    LocalReader *m_reader = nullptr;
    LocalWorker *m_worker = nullptr;
    // Counting members reads every membership; the answer is kept until the file changes.
    // Touched on the worker thread only.
    struct GroupsCache
    {
        qint64 accountId = -1;
        qint64 dataVersion = -1;
        QList<UserGroup> groups;
    };
    std::shared_ptr<GroupsCache> m_groupsCache;
    // The last changes to send, kept while the file stays as it was (touched on the worker
    // thread only). The rows are shared with whoever holds the answer: no second copy.
    struct ChangesCache
    {
        qint64 accountId = -1;
        qint64 dataVersion = -1;
        qint64 ownChanges = -1; // rows the worker's own connection had written
        QList<SyncRow> rows;
    };
    std::shared_ptr<ChangesCache> m_changesCache;
};
