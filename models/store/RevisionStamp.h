#pragma once

#include "domain/ApiError.h"
#include "domain/MetaType.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class SqlConnection;
class SqlStatement;

// The one rule of revisions (docs/API.md 10), used by every writer of an account inside its
// SqlTransaction: a write that changes something bumps the account's revision by exactly one
// (finish()), everything it sets carries that revision (revision()), and everything it removes
// leaves a tombstone with it. With an If-Match revision, each place the write would change is
// checked first; one changed after that revision (or removed after it) is a conflict, and the
// writer writes nothing.
class RevisionStamp
{
public:
    RevisionStamp(SqlConnection *db, qint64 accountId,
                  std::optional<qint64> ifMatch = std::nullopt);
    ~RevisionStamp();
    RevisionStamp(const RevisionStamp &) = delete;
    RevisionStamp &operator=(const RevisionStamp &) = delete;

    // False when the account's revision could not be read.
    bool isValid() const { return m_valid; }
    // The revision this write stamps on what it changes.
    qint64 revision() const { return m_current + 1; }
    // The account's revision: revision() once finish() recorded a change.
    qint64 after() const { return m_finished && m_changed ? m_current + 1 : m_current; }

    // If-Match checks of the places the write would change; each returns false on a SQL error.
    bool checking() const { return m_ifMatch.has_value(); }
    // A meta value set to `value` (compared as stored, like the upsert) or cleared (null).
    bool checkValue(qint64 userId, qint64 fieldId, MetaType type, const QJsonValue *value,
                    const QString &location);
    bool checkMembership(qint64 userId, qint64 groupId, bool add, const QString &location);
    // A definition created, replaced or deleted: the caller calls it only when it changes.
    bool checkField(const QString &name, const QString &location);
    const QList<ErrorDetail> &conflicts() const { return m_conflicts; }

    // What the write did, for tombstones and the bump.
    void changed() { m_changed = true; }
    bool removedValue(qint64 userId, qint64 fieldId);
    bool removedMembership(qint64 userId, qint64 groupId);
    bool removedField(const QString &name, qint64 fieldId);
    // Bumps the account's revision once if anything changed; call before committing.
    bool finish();

private:
    void conflict(const QString &location, qint64 revision,
                  const std::optional<QJsonValue> &current);
    // Prepared once per write: a bulk clear leaves thousands of tombstones.
    SqlStatement &statement(std::unique_ptr<SqlStatement> &slot, const char *sql);
    // Remembers a removed value or membership (`ref`: its field or group) at this revision.
    bool tombstone(std::unique_ptr<SqlStatement> &slot, const char *sql, qint64 userId, qint64 ref);

    SqlConnection *m_db;
    qint64 m_accountId;
    std::optional<qint64> m_ifMatch;
    qint64 m_current = 0;
    qint64 m_now = 0;
    bool m_valid = false;
    bool m_changed = false;
    bool m_finished = false;
    QList<ErrorDetail> m_conflicts;
    std::unique_ptr<SqlStatement> m_valueTombstone;
    std::unique_ptr<SqlStatement> m_membershipTombstone;
    std::unique_ptr<SqlStatement> m_valuePlace;
    std::unique_ptr<SqlStatement> m_removedValuePlace;
    std::unique_ptr<SqlStatement> m_membershipPlace;
    std::unique_ptr<SqlStatement> m_removedMembershipPlace;
};
