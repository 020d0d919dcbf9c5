#pragma once

#include <QString>

// The few spellings in which SQLite and PostgreSQL differ, so the store's statements stay one
// text each with a small hole where they differ. Everything else (upserts with ON CONFLICT,
// RETURNING, IS DISTINCT FROM, numbered parameters) is written once in the spelling both accept.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // Starts a write transaction. SQLite takes the file's write lock at once (IMMEDIATE);
    // PostgreSQL works under READ COMMITTED and serialises the writers of one account by locking
    // its row first (accountLock()), so no statement of a writer reads before the lock.
    const char *beginWrite() const;
    const char *beginRead() const;
    // Appended to "SELECT revision FROM accounts WHERE id = ?1" by every writer of an account:
    // PostgreSQL locks the row until the transaction ends; SQLite already holds the file's lock.
    const char *accountLock() const;
    // Compares text ignoring ASCII case, as SQLite's NOCASE does (ORDER BY and equality).
    QString caseless(const QString &expression) const;
    // LIKE that ignores ASCII case, as SQLite's LIKE does.
    const char *like() const;
    // The larger of two values (SQLite's two-argument max()).
    const char *greatest() const;
    // The text of a stored meta value, for a search inside it.
    QString valueText(const QString &column) const;

private:
    Kind m_kind;
};
