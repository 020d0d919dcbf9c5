#include "PlainFileComparer.h"

#include "store/Store.h"
#include "sync/ThreeWayMerge.h"

#include <QSet>
#include <utility>

namespace {
// How the server matches group names (docs/API.md 6): case-insensitively after trimming.
QString groupKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

ThreeWayMerge::Value valueOf(const QJsonObject &values, const QString &field)
{
    const auto it = values.constFind(field);
    if (it == values.constEnd() || it->isNull() || it->isUndefined())
        return std::nullopt;
    return *it;
}
} // namespace

PlainFileComparer::PlainFileComparer(Store *file, qint64 fileAccountId, Store *server,
                                     qint64 serverAccountId, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_fileAccount(fileAccountId)
    , m_server(server)
    , m_serverAccount(serverAccountId)
{}

void PlainFileComparer::fail(const ClientError &error)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, {});
    done(SyncComparison(), error);
}

bool PlainFileComparer::stopped()
{
    if (m_cancelled)
        fail(ClientError::make(ClientError::Kind::Cancelled, tr("Cancelled.")));
    else if (!m_file || (m_readsServer && !m_server))
        fail(ClientError::make(ClientError::Kind::File, tr("The file was closed.")));
    else
        return false;
    return true;
}

void PlainFileComparer::compare(const Done &done)
{
    m_done = done;
    m_readsServer = true;
    m_result = SyncComparison();
    if (stopped())
        return;
    // Read first: a place the server changes after this revision makes the send a 412.
    m_server->fetchRevision(m_serverAccount, this, [this](const StoreReply<qint64> &revision) {
        if (stopped())
            return;
        if (!revision.ok())
            return fail(revision.error);
        m_result.serverRevision = revision.value;
        readGroups();
    });
}

void PlainFileComparer::collectAll(const Done &done)
{
    m_done = done;
    m_readsServer = false;
    m_result = SyncComparison();
    if (stopped())
        return;
    readGroups();
}

void PlainFileComparer::readGroups()
{
    m_file->fetchGroups(m_fileAccount, this, [this](const StoreReply<QList<UserGroup>> &own) {
        if (stopped())
            return;
        if (!own.ok())
            return fail(own.error);
        const auto readFields = [this] {
            m_file->fetchFields(m_fileAccount, this,
                                [this](const StoreReply<QList<MetaField>> &fields) {
                                    if (stopped())
                                        return;
                                    if (!fields.ok())
                                        return fail(fields.error);
                                    for (const MetaField &f : fields.value)
                                        m_fields << f.name;
                                    readFilePage();
                                });
        };
        for (const UserGroup &g : own.value) {
            m_groupName.insert(g.id, g.name);
            // Without the server's groups the file's go by name; the server resolves them.
            m_groupOnServer.insert(g.id, m_readsServer ? 0 : g.id);
        }
        if (!m_readsServer)
            return readFields();
        m_server->fetchGroups(
            m_serverAccount, this,
            [this, own = own.value, readFields](const StoreReply<QList<UserGroup>> &theirs) {
                if (stopped())
                    return;
                if (!theirs.ok())
                    return fail(theirs.error);
                QHash<QString, QList<qint64>> byName;
                for (const UserGroup &g : theirs.value)
                    byName[groupKey(g.name)] << g.id;
                for (const UserGroup &g : own) {
                    const QList<qint64> ids = byName.value(groupKey(g.name));
                    if (ids.size() == 1)
                        m_groupOnServer.insert(g.id, ids.first());
                    else
                        m_groupProblem.insert(
                            g.id, ids.isEmpty()
                                      ? tr("the server's account has no group of that name")
                                      : tr("the server's account has %n groups of that name",
                                           nullptr, int(ids.size())));
                }
                readFields();
            });
    });
}

void PlainFileComparer::readFilePage()
{
    m_file->fetchUsers(m_fileAccount, UserQuery(), m_fileAfter, kPageSize, this,
                       [this](const StoreReply<UserPage> &page) {
                           if (stopped())
                               return;
                           if (!page.ok())
                               return fail(page.error);
                           if (page.value.total >= 0)
                               m_fileTotal = page.value.total;
                           if (page.value.users.isEmpty())
                               return finish();
                           m_fileAfter = page.value.next;
                           if (m_readsServer)
                               readServerUsers(page.value.users);
                           else
                               readValues(page.value.users);
                       });
}

void PlainFileComparer::readServerUsers(const QList<User> &fileUsers)
{
    qint64 last = 0;
    for (const User &u : fileUsers)
        last = qMax(last, u.id);
    // Both sides go in id order: the server's pages are read until they pass this page.
    if (m_serverDone || m_serverLastId >= last)
        return readValues(fileUsers);
    m_server->fetchUsers(m_serverAccount, UserQuery(), m_serverAfter, kPageSize, this,
                         [this, fileUsers](const StoreReply<UserPage> &page) {
                             if (stopped())
                                 return;
                             if (!page.ok())
                                 return fail(page.error);
                             for (const User &u : page.value.users) {
                                 m_serverUsers.insert(u.id, u);
                                 m_serverLastId = qMax(m_serverLastId, u.id);
                             }
                             m_serverAfter = page.value.next;
                             m_serverDone = page.value.next < 0 || page.value.users.isEmpty();
                             readServerUsers(fileUsers);
                         });
}

void PlainFileComparer::readValues(const QList<User> &fileUsers)
{
    QList<qint64> ids;
    QList<qint64> common;
    for (const User &u : fileUsers) {
        ids << u.id;
        if (m_serverUsers.contains(u.id))
            common << u.id;
    }
    m_file->fetchMetaValues(
        m_fileAccount, ids, {}, this,
        [this, fileUsers, common](const StoreReply<QHash<qint64, QJsonObject>> &mine) {
            if (stopped())
                return;
            if (!mine.ok())
                return fail(mine.error);
            if (!m_readsServer) {
                collectUsers(fileUsers, mine.value);
                return pageDone(fileUsers.size());
            }
            if (common.isEmpty()) {
                compareUsers(fileUsers, mine.value, {});
                return pageDone(fileUsers.size());
            }
            m_server->fetchMetaValues(m_serverAccount, common, {}, this,
                                      [this, fileUsers, mine = mine.value](
                                          const StoreReply<QHash<qint64, QJsonObject>> &theirs) {
                                          if (stopped())
                                              return;
                                          if (!theirs.ok())
                                              return fail(theirs.error);
                                          compareUsers(fileUsers, mine, theirs.value);
                                          pageDone(fileUsers.size());
                                      });
        });
}

void PlainFileComparer::compareUsers(const QList<User> &fileUsers,
                                     const QHash<qint64, QJsonObject> &mine,
                                     const QHash<qint64, QJsonObject> &theirs)
{
    for (const User &user : fileUsers) {
        const auto server = m_serverUsers.constFind(user.id);
        if (server == m_serverUsers.constEnd()) {
            holdBackUser(user);
            continue;
        }
        SyncRow row;
        row.userName = user.fullName();
        const QJsonObject own = mine.value(user.id);
        const QJsonObject served = theirs.value(user.id);
        for (const QString &field : m_fields) {
            row.place = SyncPlace::cell(user.id, field);
            row.mine = valueOf(own, field);
            row.theirs = valueOf(served, field);
            if (ThreeWayMerge::same(row.mine, row.theirs))
                continue;
            // Two-way: "taken" is what the server holds, so the merge rule decides Send.
            row.taken = row.theirs;
            m_result.rows << row;
        }
        const QSet<qint64> memberOnServer(server->groups.cbegin(), server->groups.cend());
        const QSet<qint64> memberInFile(user.groups.cbegin(), user.groups.cend());
        for (auto g = m_groupOnServer.cbegin(); g != m_groupOnServer.cend(); ++g) {
            const bool inFile = memberInFile.contains(g.key());
            if (g.value() == 0) {
                if (inFile)
                    ++m_heldMembers[g.key()];
                continue;
            }
            const bool onServer = memberOnServer.contains(g.value());
            if (inFile == onServer)
                continue;
            SyncRow membership;
            membership.userName = row.userName;
            membership.groupName = m_groupName.value(g.key());
            membership.place = SyncPlace::membership(user.id, g.value());
            membership.mine = inFile ? ThreeWayMerge::Value(QJsonValue(true)) : std::nullopt;
            membership.theirs = onServer ? ThreeWayMerge::Value(QJsonValue(true)) : std::nullopt;
            membership.taken = membership.theirs;
            m_result.rows << membership;
        }
    }
    // The server's users up to this page are behind both cursors now.
    qint64 last = 0;
    for (const User &u : fileUsers)
        last = qMax(last, u.id);
    m_serverUsers.removeIf(
        [last](const QHash<qint64, User>::iterator it) { return it.key() <= last; });
}

void PlainFileComparer::holdBackUser(const User &user)
{
    if (++m_missingUsers <= kListedUsers)
        m_result.heldBack << tr("users.%1 (%2): the server's account has no such user; "
                                "nothing of it is sent")
                                 .arg(user.id)
                                 .arg(user.fullName());
}

void PlainFileComparer::collectUsers(const QList<User> &fileUsers,
                                     const QHash<qint64, QJsonObject> &mine)
{
    for (const User &user : fileUsers) {
        SyncRow row;
        row.userName = user.fullName();
        const QJsonObject own = mine.value(user.id);
        for (const QString &field : m_fields) {
            row.mine = valueOf(own, field);
            if (!row.mine)
                continue; // nothing to say about a value the file does not hold
            row.place = SyncPlace::cell(user.id, field);
            m_result.rows << row;
        }
        row.mine = QJsonValue(true);
        for (qint64 group : user.groups) {
            row.place = SyncPlace::membership(user.id, group);
            row.groupName = m_groupName.value(group);
            m_result.rows << row;
        }
    }
}

void PlainFileComparer::pageDone(qint64 users)
{
    m_usersRead += users;
    Q_EMIT progress(m_usersRead, m_fileTotal);
    if (m_fileAfter < 0)
        return finish();
    readFilePage();
}

void PlainFileComparer::finish()
{
    if (m_missingUsers > kListedUsers)
        m_result.heldBack << tr("… and %n more user(s) the server's account does not have.",
                                nullptr, int(m_missingUsers - kListedUsers));
    for (auto it = m_heldMembers.cbegin(); it != m_heldMembers.cend(); ++it)
        m_result.heldBack << tr("Group “%1”: %2; %n membership(s) of it are not sent.", nullptr,
                                int(it.value()))
                                 .arg(m_groupName.value(it.key()), m_groupProblem.value(it.key()));
    m_result.heldBackUsers = m_missingUsers;
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, {});
    done(m_result, ClientError());
}
