#pragma once

#include "domain/User.h"
#include "domain/UserGroup.h"
#include "store/ClientError.h"
#include "sync/SyncComparison.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>

class Store;

// Lays a plain file (one never taken from a server, e.g. built by import) beside a server
// account, two-way, for File › Send Changes: users are matched by id, values by field name and
// memberships by group name (a file's group ids are its own). Every place where the file's value
// differs from the server's becomes a row whose taken value is the server's, so ThreeWayMerge
// decides Send. Users the server's account lacks, and memberships of groups it lacks, are held
// back, each with where and why. Both sides are read in keyset pages, never all at once.
class PlainFileComparer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SyncComparison &comparison, const ClientError &error)>;

    // Users read per page, on each side.
    static constexpr int kPageSize = 1000;
    // Held-back users named one by one; the rest are counted.
    static constexpr int kListedUsers = 20;

    PlainFileComparer(Store *file, qint64 fileAccountId, Store *server, qint64 serverAccountId,
                      QObject *parent = nullptr);

    // The comparison, at the server revision read before the first page (the send's If-Match).
    // The kind Unsupported when the server has no egress (a plain TLD ingress).
    void compare(const Done &done);
    // For a server that cannot be read: every value and membership of the file, each as a place
    // to send (memberships named by the file's group ids and names), nothing held back.
    void collectAll(const Done &done);
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    void readGroups();
    void readFilePage();
    void readServerUsers(const QList<User> &fileUsers);
    void readValues(const QList<User> &fileUsers);
    void compareUsers(const QList<User> &fileUsers, const QHash<qint64, QJsonObject> &mine,
                      const QHash<qint64, QJsonObject> &theirs);
    void holdBackUser(const User &user);
    void collectUsers(const QList<User> &fileUsers, const QHash<qint64, QJsonObject> &mine);
    void pageDone(qint64 users);
    void finish();
    void fail(const ClientError &error);
    bool stopped();

    QPointer<Store> m_file;
    qint64 m_fileAccount;
    QPointer<Store> m_server;
    qint64 m_serverAccount;
    bool m_readsServer = true;
    bool m_cancelled = false;
    Done m_done;
    SyncComparison m_result;
    QStringList m_fields; // the file's field names: the places compared
    // The file's group id → the server's group id (by name), or 0 where the server has none.
    QMap<qint64, qint64> m_groupOnServer; // in group id order: a stable plan
    QHash<qint64, QString> m_groupName;
    QHash<qint64, qint64> m_heldMembers; // per file group the server lacks: members held back
    QHash<qint64, QString> m_groupProblem;
    qint64 m_fileAfter = 0;
    qint64 m_fileTotal = -1;
    qint64 m_usersRead = 0;
    // The server's users read ahead of the file's page (both go in id order).
    QHash<qint64, User> m_serverUsers;
    qint64 m_serverAfter = 0;
    bool m_serverDone = false;
    qint64 m_serverLastId = 0;
    qint64 m_missingUsers = 0;
};
