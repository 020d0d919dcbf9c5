#include "SchemaMigrator.h"

#include "DatabaseFileProbe.h"
#include "SqlTransaction.h"
#include "SqliteConnection.h"
#include "SqliteStatement.h"

#include <QStringList>
#include <sqlite3.h>

namespace {
// Each entry takes the schema from version i to version i + 1. Never edit a shipped entry: add one.
const char *const kMigrations[] = {
    // 1: the data itself.
    R"sql(
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    alias TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active'
);
CREATE TABLE user_accounts (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, user_id)
) WITHOUT ROWID;
CREATE INDEX user_accounts_by_user ON user_accounts(user_id);
CREATE TABLE user_groups (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE INDEX user_groups_by_name ON user_groups(account_id, name COLLATE NOCASE);
CREATE TABLE memberships (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
) WITHOUT ROWID;
CREATE INDEX memberships_by_group ON memberships(group_id, user_id);
CREATE TABLE meta_fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE meta_values (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES meta_fields(id) ON DELETE CASCADE,
    value NOT NULL,
    PRIMARY KEY (user_id, account_id, field_id)
) WITHOUT ROWID;
CREATE INDEX meta_values_by_field_value ON meta_values(field_id, account_id, value);
)sql",
    // 2: API keys for metadesk-server; only a salted hash of each key is kept.
    R"sql(
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    api_id TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    salt BLOB NOT NULL,
    key_hash BLOB NOT NULL,
    endpoints TEXT NOT NULL DEFAULT '[]',
    allowed_ips TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX api_keys_by_account ON api_keys(account_id);
)sql",
    // 3: sorting the users table by a column walks an index instead of sorting a million rows.
    R"sql(
CREATE INDEX users_by_first_name ON users(first_name);
CREATE INDEX users_by_last_name ON users(last_name);
CREATE INDEX users_by_email ON users(email);
CREATE INDEX users_by_status ON users(status);
)sql",
    // 4: meta field definitions belong to an account, as values do. Each old (shared) field is
    // copied to every account that holds users or values; values move to their account's copy.
    // Foreign keys are checked at COMMIT, when both tables are whole again.
    R"sql(
PRAGMA defer_foreign_keys = ON;
CREATE TABLE meta_fields_v4 (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, name)
);
INSERT INTO meta_fields_v4(account_id, name, definition, position)
    SELECT a.id, f.name, f.definition, f.position FROM accounts a CROSS JOIN meta_fields f
    WHERE EXISTS (SELECT 1 FROM user_accounts ua WHERE ua.account_id = a.id)
       OR EXISTS (SELECT 1 FROM meta_values v WHERE v.account_id = a.id)
    ORDER BY a.id, f.position, f.id;
CREATE TABLE meta_values_v4 (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES meta_fields_v4(id) ON DELETE CASCADE,
    value NOT NULL,
    PRIMARY KEY (user_id, account_id, field_id)
) WITHOUT ROWID;
INSERT INTO meta_values_v4(user_id, account_id, field_id, value)
    SELECT v.user_id, v.account_id, n.id, v.value FROM meta_values v
    JOIN meta_fields f ON f.id = v.field_id
    JOIN meta_fields_v4 n ON n.account_id = v.account_id AND n.name = f.name;
DROP TABLE meta_values;
DROP TABLE meta_fields;
ALTER TABLE meta_fields_v4 RENAME TO meta_fields;
ALTER TABLE meta_values_v4 RENAME TO meta_values;
CREATE INDEX meta_values_by_field_value ON meta_values(field_id, account_id, value);
)sql",
    // 5: revisions (docs/API.md 10). Each account counts its changing writes; every value,
    // membership and definition keeps the revision of its last change, and a removed one leaves a
    // tombstone with its revision and time (seconds since 1970) until it is pruned. `pruned` is
    // the highest revision whose tombstones are gone: a change feed since before it is incomplete.
    R"sql(
ALTER TABLE accounts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meta_values ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE memberships ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meta_fields ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE TABLE removed_values (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    field_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, user_id, field_id)
) WITHOUT ROWID;
CREATE TABLE removed_memberships (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, user_id, group_id)
) WITHOUT ROWID;
CREATE TABLE removed_fields (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, name)
) WITHOUT ROWID;
)sql",
    // 6: an offline copy of a server account.
    // The origin (one row, only in a copy), what was taken (values and memberships as the server
    // held them) and the places written since, noted by triggers so that "changes to send" reads
    // a few rows instead of comparing the whole file. Triggers only note; a place written back to
    // its taken value is left out when the changes are read (OfflineCopyFile).
    R"sql(
CREATE TABLE offline_origin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    base_url TEXT NOT NULL,
    api_id TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    account_name TEXT NOT NULL,
    taken_revision INTEGER NOT NULL DEFAULT 0,
    taken_at TEXT NOT NULL
);
CREATE TABLE taken_values (
    user_id INTEGER NOT NULL,
    field_id INTEGER NOT NULL REFERENCES meta_fields(id) ON DELETE CASCADE,
    value NOT NULL,
    PRIMARY KEY (user_id, field_id)
) WITHOUT ROWID;
CREATE TABLE taken_memberships (
    user_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL REFERENCES user_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
) WITHOUT ROWID;
CREATE TABLE changed_places (
    kind INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    ref INTEGER NOT NULL,
    PRIMARY KEY (kind, user_id, ref)
) WITHOUT ROWID;
CREATE TRIGGER note_value_inserted AFTER INSERT ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin)
BEGIN
    INSERT OR IGNORE INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_updated AFTER UPDATE OF value ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin)
BEGIN
    INSERT OR IGNORE INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_deleted AFTER DELETE ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin)
BEGIN
    INSERT OR IGNORE INTO changed_places(kind, user_id, ref) VALUES (0, OLD.user_id, OLD.field_id);
END;
CREATE TRIGGER note_membership_added AFTER INSERT ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin)
BEGIN
    INSERT OR IGNORE INTO changed_places(kind, user_id, ref) VALUES (1, NEW.user_id, NEW.group_id);
END;
CREATE TRIGGER note_membership_removed AFTER DELETE ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin)
BEGIN
    INSERT OR IGNORE INTO changed_places(kind, user_id, ref) VALUES (1, OLD.user_id, OLD.group_id);
END;
)sql",
    // 7: the triggers of 6 note a place only when it is not noted yet. Their OR IGNORE does not
    // hold inside an upsert (SQLite applies the outer statement's conflict handling, ABORT, to
    // the trigger's insert too), so writing a noted cell again failed.
    R"sql(
DROP TRIGGER note_value_inserted;
DROP TRIGGER note_value_updated;
DROP TRIGGER note_value_deleted;
DROP TRIGGER note_membership_added;
DROP TRIGGER note_membership_removed;
CREATE TRIGGER note_value_inserted AFTER INSERT ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = NEW.user_id AND ref = NEW.field_id)
BEGIN
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_updated AFTER UPDATE OF value ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = NEW.user_id AND ref = NEW.field_id)
BEGIN
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_deleted AFTER DELETE ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = OLD.user_id AND ref = OLD.field_id)
BEGIN
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, OLD.user_id, OLD.field_id);
END;
CREATE TRIGGER note_membership_added AFTER INSERT ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 1 AND user_id = NEW.user_id AND ref = NEW.group_id)
BEGIN
    INSERT INTO changed_places(kind, user_id, ref) VALUES (1, NEW.user_id, NEW.group_id);
END;
CREATE TRIGGER note_membership_removed AFTER DELETE ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 1 AND user_id = OLD.user_id AND ref = OLD.group_id)
BEGIN
    INSERT INTO changed_places(kind, user_id, ref) VALUES (1, OLD.user_id, OLD.group_id);
END;
)sql",
    // 8: the change feed finds what changed since a revision by these instead of reading every
    // value and membership of the account (ChangeLog).
    R"sql(
CREATE INDEX meta_values_by_revision ON meta_values(account_id, revision);
CREATE INDEX memberships_by_revision ON memberships(group_id, revision);
CREATE INDEX removed_values_by_revision ON removed_values(account_id, revision);
CREATE INDEX removed_memberships_by_revision ON removed_memberships(account_id, revision);
)sql",
    // 9: what was taken is kept only for the places changed since (copy on write): a take no
    // longer copies every value and membership a second time. The first change of a place saves
    // what it held before; a place never changed still holds what was taken. (Inside a cascade
    // from a deleted field or group nothing is saved: the place goes with it.)
    R"sql(
DROP TRIGGER note_value_inserted;
DROP TRIGGER note_value_updated;
DROP TRIGGER note_value_deleted;
DROP TRIGGER note_membership_added;
DROP TRIGGER note_membership_removed;
CREATE TRIGGER note_value_inserted AFTER INSERT ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = NEW.user_id AND ref = NEW.field_id)
BEGIN
    DELETE FROM taken_values WHERE user_id = NEW.user_id AND field_id = NEW.field_id;
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_updated AFTER UPDATE OF value ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = NEW.user_id AND ref = NEW.field_id)
BEGIN
    DELETE FROM taken_values WHERE user_id = OLD.user_id AND field_id = OLD.field_id;
    INSERT INTO taken_values(user_id, field_id, value) VALUES (OLD.user_id, OLD.field_id,
        OLD.value);
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, NEW.user_id, NEW.field_id);
END;
CREATE TRIGGER note_value_deleted AFTER DELETE ON meta_values
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 0 AND user_id = OLD.user_id AND ref = OLD.field_id)
BEGIN
    DELETE FROM taken_values WHERE user_id = OLD.user_id AND field_id = OLD.field_id;
    INSERT INTO taken_values(user_id, field_id, value) SELECT OLD.user_id, OLD.field_id,
        OLD.value WHERE EXISTS (SELECT 1 FROM meta_fields WHERE id = OLD.field_id);
    INSERT INTO changed_places(kind, user_id, ref) VALUES (0, OLD.user_id, OLD.field_id);
END;
CREATE TRIGGER note_membership_added AFTER INSERT ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 1 AND user_id = NEW.user_id AND ref = NEW.group_id)
BEGIN
    DELETE FROM taken_memberships WHERE user_id = NEW.user_id AND group_id = NEW.group_id;
    INSERT INTO changed_places(kind, user_id, ref) VALUES (1, NEW.user_id, NEW.group_id);
END;
CREATE TRIGGER note_membership_removed AFTER DELETE ON memberships
WHEN EXISTS (SELECT 1 FROM offline_origin) AND NOT EXISTS (SELECT 1 FROM changed_places
    WHERE kind = 1 AND user_id = OLD.user_id AND ref = OLD.group_id)
BEGIN
    DELETE FROM taken_memberships WHERE user_id = OLD.user_id AND group_id = OLD.group_id;
    INSERT INTO taken_memberships(user_id, group_id) SELECT OLD.user_id, OLD.group_id
        WHERE EXISTS (SELECT 1 FROM user_groups WHERE id = OLD.group_id);
    INSERT INTO changed_places(kind, user_id, ref) VALUES (1, OLD.user_id, OLD.group_id);
END;
DELETE FROM taken_values WHERE NOT EXISTS (SELECT 1 FROM changed_places c WHERE c.kind = 0
    AND c.user_id = taken_values.user_id AND c.ref = taken_values.field_id);
DELETE FROM taken_memberships WHERE NOT EXISTS (SELECT 1 FROM changed_places c WHERE c.kind = 1
    AND c.user_id = taken_memberships.user_id AND c.ref = taken_memberships.group_id);
)sql",
};
static_assert(std::size(kMigrations) == SchemaMigrator::kCurrentVersion);

QStringList statementsOf(const char *script)
{
    // Split at the semicolons that end a statement: a trigger's body holds more of them, and
    // SQLite itself says when the text so far is one whole statement.
    QStringList statements;
    QString pending;
    for (const QString &s : QString::fromUtf8(script).split(QLatin1Char(';'))) {
        if (pending.isEmpty() && s.trimmed().isEmpty())
            continue;
        pending += s + QLatin1Char(';');
        if (sqlite3_complete(pending.toUtf8().constData())) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    return statements;
}
} // namespace

int SchemaMigrator::version(sqlite3 *db)
{
    SqliteStatement q(db, "PRAGMA user_version");
    return q.step() ? int(q.columnInt64(0)) : -1;
}

QString SchemaMigrator::migrate(sqlite3 *db, int target)
{
    const int from = version(db);
    if (from < 0)
        return QStringLiteral("the schema version cannot be read");
    if (from >= target)
        return {};
    SqliteConnection connection(db);
    SqlTransaction transaction(&connection, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return transaction.errorText();
    for (int v = from; v < target; ++v) {
        for (const QString &statement : statementsOf(kMigrations[v])) {
            SqliteStatement q(db, statement);
            if (!q.exec())
                return QStringLiteral("migration to version %1 failed: %2")
                    .arg(v + 1)
                    .arg(q.errorText());
        }
    }
    // PRAGMAs cannot take bound parameters; both values are our own integers.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFileProbe::kApplicationId),
          QStringLiteral("PRAGMA user_version = %1").arg(target)}) {
        SqliteStatement q(db, pragma);
        if (!q.exec())
            return q.errorText();
    }
    if (!transaction.commit())
        return transaction.errorText();
    return {};
}
