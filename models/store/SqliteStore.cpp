#include "SqliteStore.h"

#include "DatabaseFileProbe.h"
#include "MetaValueCodec.h"
#include "SchemaMigrator.h"
#include "SqlThreadGuard.h"
#include "SqliteStatement.h"
#include "UserQuerySql.h"
#include "payload/ValueValidator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>
#include <sqlite3.h>

namespace {
QAtomicInt connectionCounter;

// Files up to this size get a full structural check on open; larger ones rely on the header
// check and on SQLite's own errors, so that opening a million-user file stays instant.
constexpr qint64 kQuickCheckLimit = qint64(64) * 1024 * 1024;

const char *const kRequiredTables[] = {"accounts",    "users",       "user_accounts", "user_groups",
                                       "memberships", "meta_fields", "meta_values",   "api_keys"};

bool execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

template<typename T>
QList<T> withoutDuplicates(const QList<T> &items, QList<int> *firstIndexes)
{
    QList<T> unique;
    QSet<T> seen;
    for (int i = 0; i < items.size(); ++i) {
        if (seen.contains(items.at(i)))
            continue;
        seen.insert(items.at(i));
        unique.append(items.at(i));
        if (firstIndexes)
            firstIndexes->append(i);
    }
    return unique;
}
} // namespace

SqliteStore::SqliteStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

SqliteStore::~SqliteStore()
{
    if (m_db.isOpen()) {
        // A statement clears a pending sqlite3_interrupt() (LocalReader interrupts its connection
        // before closing it). Left set, it makes SQLite abandon the checkpoint it runs when the
        // last connection closes, which then leaves -wal and -shm beside the file.
        if (m_handle)
            execRaw(m_handle, "SELECT 1");
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteStore::checkpoint(int waitMs)
{
    if (!m_handle)
        return false;
    sqlite3_busy_timeout(m_handle, waitMs);
    // Run as a statement, not sqlite3_wal_checkpoint_v2(): that also clears a pending interrupt.
    // The row is (busy, WAL frames, frames copied); busy 1 means another connection kept some.
    SqliteStatement truncate(m_handle, "PRAGMA wal_checkpoint(TRUNCATE)");
    const bool done = truncate.step() && truncate.columnInt64(0) == 0;
    truncate.reset();
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    return done;
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, StoreError *error)
{
    const StoreError probe = DatabaseFileProbe::check(path, SchemaMigrator::kCurrentVersion);
    if (probe.isError()) {
        *error = probe;
        return nullptr;
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(
        QFileInfo(path).absoluteFilePath(),
        QStringLiteral("metadesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1))));
    *error = store->connect(false);
    return error->isError() ? nullptr : std::move(store);
}

std::unique_ptr<SqliteStore> SqliteStore::create(const QString &path, StoreError *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = {StoreError::Kind::AlreadyExists, info.absoluteFilePath(),
                  tr("the file already exists")};
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = {StoreError::Kind::ReadOnly, info.absoluteFilePath(),
                  tr("the folder %1 cannot be created").arg(info.absolutePath())};
        return nullptr;
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(
        info.absoluteFilePath(),
        QStringLiteral("metadesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1))));
    *error = store->connect(true);
    return error->isError() ? nullptr : std::move(store);
}

StoreError SqliteStore::sqlError(const QString &what) const
{
    return {StoreError::Kind::Sql, m_path, what};
}

StoreError SqliteStore::connect(bool create)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open())
        return {StoreError::Kind::Corrupt, m_path,
                tr("the database cannot be opened (%1)").arg(m_db.lastError().text())};
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return sqlError(tr("the SQLite driver gave no handle"));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    SqlThreadGuard::watch(m_handle);

    QSqlQuery q(m_db);
    if (!create) {
        // Read-only sanity checks first: nothing below writes until they pass.
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return {StoreError::Kind::Corrupt, m_path,
                    tr("the file is corrupt (%1)").arg(q.lastError().databaseText())};
        QSet<QString> tables;
        while (q.next())
            tables.insert(q.value(0).toString());
        const int version = SchemaMigrator::version(m_db);
        // The probe read the header in the file; the WAL may hold a newer one.
        if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
            const StoreError identity = DatabaseFileProbe::checkIdentity(
                m_path, quint32(q.value(0).toLongLong()), quint32(qMax(version, 0)),
                SchemaMigrator::kCurrentVersion);
            if (identity.isError())
                return identity;
        }
        for (const char *table : kRequiredTables) {
            const bool expected = version >= 2 || qstrcmp(table, "api_keys") != 0;
            if (version >= 1 && expected && !tables.contains(QLatin1String(table)))
                return {
                    StoreError::Kind::Corrupt, m_path,
                    tr("the database is damaged: table '%1' is missing").arg(QLatin1String(table))};
        }
        if (QFileInfo(m_path).size() <= kQuickCheckLimit) {
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok"))
                return {
                    StoreError::Kind::Corrupt, m_path,
                    tr("the file is corrupt (%1)")
                        .arg(q.isValid() ? q.value(0).toString() : q.lastError().databaseText())};
        }
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(q.lastError().text());
    }
    const QString migrationError = SchemaMigrator::migrate(m_db);
    if (!migrationError.isEmpty())
        return sqlError(migrationError);
    return {};
}

qint64 SqliteStore::dataVersion()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

int SqliteStore::schemaVersion()
{
    return SchemaMigrator::version(m_db);
}

QList<Account> SqliteStore::accounts()
{
    QList<Account> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM accounts ORDER BY id")))
        m_lastError = q.lastError().text();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

std::optional<Account> SqliteStore::findAccount(const QString &idOrName)
{
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    for (const Account &a : accounts()) {
        if ((isId && a.id == id) || a.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

qint64 SqliteStore::addAccount(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts(name) VALUES(?)"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<User> SqliteStore::users(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                               qint64 skip, QString *error)
{
    QList<User> list;
    const UserQuerySql sql(query, accountId, fieldsByName(accountId));
    if (!sql.error().isEmpty()) {
        if (error)
            *error = sql.error();
        return list;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT u.id, u.first_name, u.last_name, u.middle_name, u.alias, u.email, "
                       "u.status FROM user_accounts ua JOIN users u ON u.id = ua.user_id "
                       "WHERE ua.account_id = :account") +
        (query.isIdOrder() ? QStringLiteral(" AND ua.user_id > :after") : QString()) + sql.where() +
        QStringLiteral(" ORDER BY ") + sql.orderBy() +
        QStringLiteral(" LIMIT :limit OFFSET :skip"));
    q.bindValue(QStringLiteral(":account"), accountId);
    if (query.isIdOrder())
        q.bindValue(QStringLiteral(":after"), after);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":skip"), skip);
    sql.bind(q);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = m_lastError;
        return list;
    }
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.firstName = q.value(1).toString();
        u.lastName = q.value(2).toString();
        u.middleName = q.value(3).toString();
        u.alias = q.value(4).toString();
        u.email = q.value(5).toString();
        u.status = q.value(6).toString();
        list.append(u);
    }
    attachGroups(accountId, list);
    return list;
}

void SqliteStore::attachGroups(qint64 accountId, QList<User> &users)
{
    if (users.isEmpty())
        return;
    QHash<qint64, int> rowOf;
    for (int i = 0; i < users.size(); ++i)
        rowOf.insert(users.at(i).id, i);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.user_id, m.group_id FROM memberships m JOIN user_groups g "
                             "ON g.id = m.group_id WHERE g.account_id = ? AND m.user_id BETWEEN ? "
                             "AND ? ORDER BY m.user_id, m.group_id"));
    qint64 low = users.first().id;
    qint64 high = low;
    for (const User &u : users) {
        low = qMin(low, u.id);
        high = qMax(high, u.id);
    }
    q.addBindValue(accountId);
    q.addBindValue(low);
    q.addBindValue(high);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    while (q.next()) {
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        if (it != rowOf.constEnd())
            users[*it].groups.append(q.value(1).toLongLong());
    }
}

qint64 SqliteStore::countUsers(qint64 accountId, const UserQuery &query, QString *error)
{
    QSqlQuery q(m_db);
    if (query.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM user_accounts WHERE account_id = ?"));
        q.addBindValue(accountId);
    } else {
        const UserQuerySql sql(query, accountId, fieldsByName(accountId));
        if (!sql.error().isEmpty()) {
            if (error)
                *error = sql.error();
            return 0;
        }
        q.prepare(QStringLiteral("SELECT count(*) FROM user_accounts ua JOIN users u ON u.id = "
                                 "ua.user_id WHERE ua.account_id = :account") +
                  sql.where());
        q.bindValue(QStringLiteral(":account"), accountId);
        sql.bind(q);
    }
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = m_lastError;
        return 0;
    }
    return q.value(0).toLongLong();
}

bool SqliteStore::userInAccount(qint64 accountId, qint64 userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM user_accounts WHERE account_id = ? AND user_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(userId);
    return q.exec() && q.next();
}

bool SqliteStore::addUser(const User &user, const QList<qint64> &accountIds)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO users(id, first_name, last_name, middle_name, "
                             "alias, email, status) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.firstName);
    q.addBindValue(user.lastName);
    q.addBindValue(user.middleName);
    q.addBindValue(user.alias);
    q.addBindValue(user.email);
    q.addBindValue(user.status.isEmpty() ? QStringLiteral("active") : user.status);
    bool ok = q.exec();
    for (qint64 account : accountIds) {
        if (!ok)
            break;
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO user_accounts(account_id, user_id) VALUES(?, ?)"));
        q.addBindValue(account);
        q.addBindValue(user.id);
        ok = q.exec();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<UserGroup> SqliteStore::groups(qint64 accountId)
{
    QList<UserGroup> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM memberships m WHERE "
                             "m.group_id = g.id) FROM user_groups g WHERE g.account_id = ? "
                             "ORDER BY g.name COLLATE NOCASE, g.id"));
    q.addBindValue(accountId);
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

qint64 SqliteStore::addGroup(qint64 accountId, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO user_groups(account_id, name) VALUES(?, ?)"));
    q.addBindValue(accountId);
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<MetaField> SqliteStore::fields(qint64 accountId)
{
    QList<MetaField> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, definition FROM meta_fields WHERE account_id = ? ORDER "
                             "BY position, id"));
    q.addBindValue(accountId);
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.next())
        list.append(MetaField::fromJson(
            q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object()));
    return list;
}

QHash<QString, qint64> SqliteStore::countValuesPerField(qint64 accountId, QString *error)
{
    QHash<QString, qint64> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One row per (user, account, field): a count of rows is a count of users.
    q.prepare(QStringLiteral(
        "SELECT f.name, count(*) FROM meta_values v JOIN meta_fields f ON "
        "f.id = v.field_id WHERE v.account_id = ? AND f.account_id = ? GROUP BY f.name"));
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = m_lastError;
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QHash<QString, SqliteStore::FieldRef> SqliteStore::fieldsByName(qint64 accountId)
{
    QHash<QString, FieldRef> byName;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, definition FROM meta_fields WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.next()) {
        const QString name = q.value(1).toString();
        byName.insert(name,
                      {q.value(0).toLongLong(),
                       MetaField::fromJson(
                           name, QJsonDocument::fromJson(q.value(2).toByteArray()).object())});
    }
    return byName;
}

bool SqliteStore::putField(qint64 accountId, const MetaField &field)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta_fields(account_id, name, definition, position) VALUES(?, ?, ?, "
        "(SELECT coalesce(max(position), 0) + 1 FROM meta_fields WHERE account_id = ?)) ON "
        "CONFLICT(account_id, name) DO UPDATE SET definition = excluded.definition"));
    q.addBindValue(accountId);
    q.addBindValue(field.name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(field.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QHash<qint64, QJsonObject> SqliteStore::metaValues(qint64 accountId, const QList<qint64> &userIds,
                                                   const QStringList &fieldNames, qint64 after,
                                                   int limit)
{
    QHash<qint64, QJsonObject> result;
    const QHash<QString, FieldRef> byName = fieldsByName(accountId);
    QHash<qint64, const FieldRef *> byId;
    for (const FieldRef &ref : byName)
        byId.insert(ref.id, &ref);
    QString filter;
    if (!userIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : userIds)
            ids << QString::number(id);
        filter +=
            QStringLiteral(" AND user_id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!fieldNames.isEmpty()) {
        QStringList ids;
        for (const QString &name : fieldNames) {
            const auto it = byName.constFind(name);
            ids << QString::number(it == byName.constEnd() ? -1 : it->id);
        }
        filter +=
            QStringLiteral(" AND field_id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    // Page by users, not by values: first the page's users, then all their values.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT user_id FROM meta_values WHERE account_id = ? AND "
                             "user_id > ?") +
              filter + QStringLiteral(" ORDER BY user_id LIMIT ?"));
    q.addBindValue(accountId);
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    qint64 first = -1;
    qint64 last = -1;
    while (q.next()) {
        last = q.value(0).toLongLong();
        if (first < 0)
            first = last;
    }
    if (first < 0)
        return result;
    q.prepare(QStringLiteral("SELECT user_id, field_id, value FROM meta_values WHERE account_id = "
                             "? AND user_id BETWEEN ? AND ?") +
              filter);
    q.addBindValue(accountId);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        const FieldRef *ref = byId.value(q.value(1).toLongLong());
        if (!ref)
            continue;
        result[q.value(0).toLongLong()].insert(
            ref->field.name, MetaValueCodec::fromVariant(ref->field.type, q.value(2)));
    }
    return result;
}

std::vector<int> SqliteStore::userOrder(const QList<MetaEdit> &edits)
{
    // Working in user-id order turns random B-tree page visits into a sweep; the sort is
    // stable, so a later edit of the same user and field still wins.
    std::vector<int> order(size_t(edits.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&edits](int a, int b) { return edits.at(a).userId < edits.at(b).userId; });
    return order;
}

UserMetaOutcome SqliteStore::checkUserMeta(qint64 accountId, const QList<MetaEdit> &edits)
{
    CheckedEdits checked;
    return checkEdits(accountId, edits, fieldsByName(accountId), userOrder(edits), checked);
}

UserMetaOutcome SqliteStore::checkEdits(qint64 accountId, const QList<MetaEdit> &edits,
                                        const QHash<QString, FieldRef> &byName,
                                        const std::vector<int> &order, CheckedEdits &checked)
{
    UserMetaOutcome outcome;
    // Check everything first (docs/API.md 5.2): nothing is written unless every edit is good.
    QSet<qint64> unknownUsers;
    {
        SqliteStatement userCheck(
            m_handle, "SELECT 1 FROM user_accounts WHERE account_id = ?1 AND user_id = ?2");
        qint64 previous = -1;
        for (int i : order) {
            const qint64 userId = edits.at(i).userId;
            if (userId == previous)
                continue;
            previous = userId;
            userCheck.bind(1, accountId);
            userCheck.bind(2, userId);
            if (!userCheck.step())
                unknownUsers.insert(userId);
            userCheck.reset();
        }
    }
    checked.refs.assign(size_t(edits.size()), nullptr);
    checked.values.assign(size_t(edits.size()), QJsonValue());
    bool badUsers = false;
    bool badFields = false;
    bool badValues = false;
    for (int i = 0; i < edits.size(); ++i) {
        const MetaEdit &edit = edits.at(i);
        if (unknownUsers.contains(edit.userId)) {
            badUsers = true;
            outcome.problems.append(
                {i, EditPart::User, tr("User %1 does not exist in this account").arg(edit.userId)});
        }
        const auto field = byName.constFind(edit.field);
        if (field == byName.constEnd()) {
            badFields = true;
            outcome.problems.append(
                {i, EditPart::Field, tr("Unknown meta field '%1'").arg(edit.field)});
            continue;
        }
        checked.refs[size_t(i)] = &*field;
        if (edit.clears())
            continue;
        const ValueCheck check = ValueValidator::check(field->field, edit.value);
        if (!check.ok) {
            badValues = true;
            outcome.problems.append({i, EditPart::Value, check.message});
            continue;
        }
        checked.values[size_t(i)] = check.value;
    }
    if (badUsers || badFields || badValues) {
        outcome.status = 400;
        outcome.errorTitle = QLatin1String(badUsers    ? ErrorTitles::InvalidUsers
                                           : badFields ? ErrorTitles::InvalidFields
                                                       : ErrorTitles::InvalidValues);
    }
    return outcome;
}

UserMetaOutcome SqliteStore::applyUserMeta(qint64 accountId, const QList<MetaEdit> &edits,
                                           const ApplyControl *control)
{
    const QHash<QString, FieldRef> byName = fieldsByName(accountId);
    const std::vector<int> order = userOrder(edits);
    CheckedEdits checked;
    UserMetaOutcome outcome = checkEdits(accountId, edits, byName, order, checked);
    if (!outcome.ok())
        return outcome;
    const std::vector<const FieldRef *> &refs = checked.refs;
    const std::vector<QJsonValue> &values = checked.values;

    if (!execRaw(m_handle, "BEGIN IMMEDIATE")) {
        outcome.status = 503;
        outcome.errorTitle = tr("Database Busy");
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return outcome;
    }
    SqliteStatement upsert(m_handle,
                           "INSERT INTO meta_values(user_id, account_id, field_id, value) "
                           "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(user_id, account_id, field_id) DO "
                           "UPDATE SET value = excluded.value WHERE value IS NOT excluded.value");
    SqliteStatement remove(
        m_handle,
        "DELETE FROM meta_values WHERE user_id = ?1 AND account_id = ?2 AND field_id = ?3");
    QSet<qint64> changedUsers;
    bool failed = false;
    bool cancelled = false;
    qint64 done = 0;
    for (int i : order) {
        if (failed)
            break;
        if (control && ++done % 1000 == 0) {
            if (control->isCancelled()) {
                cancelled = true;
                break;
            }
            if (control->progress)
                control->progress(done, edits.size());
        }
        const MetaEdit &edit = edits.at(i);
        const FieldRef *ref = refs[size_t(i)];
        SqliteStatement &statement = edit.clears() ? remove : upsert;
        statement.bind(1, edit.userId);
        statement.bind(2, accountId);
        statement.bind(3, ref->id);
        if (!edit.clears())
            MetaValueCodec::bind(statement, 4, ref->field.type, values[size_t(i)]);
        failed = !statement.exec();
        if (sqlite3_changes(m_handle) > 0) {
            ++outcome.updated;
            changedUsers.insert(edit.userId);
        } else {
            ++outcome.unchanged;
        }
    }
    if (cancelled || (control && control->isCancelled())) {
        execRaw(m_handle, "ROLLBACK");
        UserMetaOutcome stopped;
        stopped.status = 0;
        stopped.errorTitle = QStringLiteral("Cancelled");
        return stopped;
    }
    if (failed || !execRaw(m_handle, "COMMIT")) {
        m_lastError = upsert.failed()   ? upsert.errorText()
                      : remove.failed() ? remove.errorText()
                                        : QString::fromUtf8(sqlite3_errmsg(m_handle));
        execRaw(m_handle, "ROLLBACK");
        UserMetaOutcome failure;
        failure.status = 500;
        failure.errorTitle = QString::fromLatin1(ErrorTitles::InternalError);
        return failure;
    }
    outcome.users = changedUsers.size();
    if (control && control->progress)
        control->progress(edits.size(), edits.size());
    return outcome;
}

GroupOutcome SqliteStore::applyGroupOperation(qint64 accountId, const GroupOperation &operation)
{
    using Kind = GroupOperation::Kind;
    GroupOutcome outcome;
    outcome.kind = operation.kind;
    ApiError &error = outcome.error;
    error.status = 400;
    auto fail = [&error](const char *title) {
        if (error.title.isEmpty())
            error.title = QLatin1String(title);
    };
    if (operation.userIds.isEmpty()) {
        fail(ErrorTitles::MissingUserIds);
        error.details.append({QStringLiteral("user_id"), tr("No user ids were given")});
    }
    if (operation.kind != Kind::Drop && operation.groups.isEmpty()) {
        fail(ErrorTitles::MissingGroupIds);
        error.details.append({QStringLiteral("group_id"), tr("No user groups were given")});
    }
    if (error.isError())
        return outcome;

    QList<int> missingUsers;
    for (int i = 0; i < operation.userIds.size(); ++i) {
        if (!userInAccount(accountId, operation.userIds.at(i)))
            missingUsers.append(i);
    }
    if (!missingUsers.isEmpty()) {
        fail(missingUsers.size() == operation.userIds.size() ? ErrorTitles::CouldNotFindUsers
                                                             : ErrorTitles::UsersMismatch);
        for (int i : missingUsers)
            error.details.append(
                {QStringLiteral("user_id.%1").arg(i),
                 tr("User %1 was not found in this account").arg(operation.userIds.at(i))});
    }

    QList<qint64> groupIds;
    if (operation.kind != Kind::Drop) {
        const QList<UserGroup> known = groups(accountId);
        QList<int> missingGroups;
        QList<int> ambiguousGroups;
        for (int i = 0; i < operation.groups.size(); ++i) {
            const GroupRef &ref = operation.groups.at(i);
            QList<qint64> matches;
            for (const UserGroup &g : known) {
                if (ref.isName()
                        ? g.name.trimmed().compare(ref.name.trimmed(), Qt::CaseInsensitive) == 0
                        : g.id == ref.id)
                    matches.append(g.id);
            }
            if (matches.isEmpty())
                missingGroups.append(i);
            else if (matches.size() > 1)
                ambiguousGroups.append(i);
            else
                groupIds.append(matches.first());
        }
        auto describe = [&operation](int i) {
            const GroupRef &ref = operation.groups.at(i);
            return ref.isName() ? QStringLiteral("'%1'").arg(ref.name) : QString::number(ref.id);
        };
        if (!ambiguousGroups.isEmpty()) {
            fail(ErrorTitles::AmbiguousGroup);
            for (int i : ambiguousGroups)
                error.details.append({QStringLiteral("group_id.%1").arg(i),
                                      tr("Several user groups are named %1").arg(describe(i))});
        }
        if (!missingGroups.isEmpty()) {
            fail(missingGroups.size() == operation.groups.size() ? ErrorTitles::CouldNotFindGroups
                                                                 : ErrorTitles::GroupsMismatch);
            for (int i : missingGroups)
                error.details.append(
                    {QStringLiteral("group_id.%1").arg(i),
                     tr("User group %1 was not found in this account").arg(describe(i))});
        }
    }
    if (error.isError())
        return outcome;

    if (!execRaw(m_handle, "BEGIN IMMEDIATE")) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        error = {503, tr("Database Busy"), {}};
        return outcome;
    }
    if (!applyMemberships(accountId, operation, withoutDuplicates(groupIds, nullptr), outcome) ||
        !execRaw(m_handle, "COMMIT")) {
        if (m_lastError.isEmpty())
            m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        execRaw(m_handle, "ROLLBACK");
        outcome.added = outcome.removed = outcome.users = 0;
        error = {500, QString::fromLatin1(ErrorTitles::InternalError), {}};
    }
    return outcome;
}

bool SqliteStore::applyMemberships(qint64 accountId, const GroupOperation &operation,
                                   const QList<qint64> &groupIds, GroupOutcome &outcome)
{
    using Kind = GroupOperation::Kind;
    SqliteStatement insert(m_handle,
                           "INSERT OR IGNORE INTO memberships(user_id, group_id) VALUES(?1, ?2)");
    SqliteStatement remove(m_handle,
                           "DELETE FROM memberships WHERE user_id = ?1 AND group_id = ?2");
    SqliteStatement current(m_handle,
                            "SELECT m.group_id FROM memberships m JOIN user_groups g ON g.id = "
                            "m.group_id WHERE m.user_id = ?1 AND g.account_id = ?2");
    const QSet<qint64> target(groupIds.cbegin(), groupIds.cend());
    for (qint64 userId : withoutDuplicates(operation.userIds, nullptr)) {
        QList<qint64> toAdd;
        QList<qint64> toRemove;
        if (operation.kind == Kind::Add) {
            toAdd = groupIds;
        } else if (operation.kind == Kind::Remove) {
            toRemove = groupIds;
        } else {
            current.bind(1, userId);
            current.bind(2, accountId);
            QSet<qint64> has;
            while (current.step())
                has.insert(current.columnInt64(0));
            current.reset();
            if (current.failed())
                return false;
            for (qint64 g : has) {
                if (operation.kind == Kind::Drop || !target.contains(g))
                    toRemove.append(g);
            }
            if (operation.kind == Kind::Replace) {
                for (qint64 g : groupIds) {
                    if (!has.contains(g))
                        toAdd.append(g);
                }
            }
        }
        bool changed = false;
        for (qint64 g : toAdd) {
            insert.bind(1, userId);
            insert.bind(2, g);
            if (!insert.exec())
                return false;
            const int n = sqlite3_changes(m_handle);
            outcome.added += n;
            changed = changed || n > 0;
        }
        for (qint64 g : toRemove) {
            remove.bind(1, userId);
            remove.bind(2, g);
            if (!remove.exec())
                return false;
            const int n = sqlite3_changes(m_handle);
            outcome.removed += n;
            changed = changed || n > 0;
        }
        if (changed)
            ++outcome.users;
    }
    return true;
}
