#pragma once

#include "domain/ServerChanges.h"

#include <QString>
#include <optional>

class SqlStore;

// Reads what changed in an account after a revision, and forgets old tombstones
// (docs/API.md 10). Values and memberships are paged by user, in id order: a page holds every
// change of at most `limit` users; the field definitions come with the first page (after = 0).
class ChangeLog
{
public:
    struct Page
    {
        ServerChanges changes;
        bool expired = false;       // `since` is older than the oldest tombstone kept
        std::optional<qint64> next; // the last user id of this page, when more follow
        QString error;              // a SQL failure; nothing else is set then
    };

    // Up to `sparseLimit` changed places since the asked revision are found through the
    // revision indexes; past it, by walking users in id order (the cheaper way then).
    static constexpr int kSparseLimit = 20000;
    explicit ChangeLog(SqlStore &store, int sparseLimit = kSparseLimit);
    Page read(qint64 accountId, qint64 since, qint64 after, int limit);
    // Every page of read(), as one answer.
    Page readAll(qint64 accountId, qint64 since);
    // Forgets tombstones removed before `cutoffSeconds` (since 1970) in every account, and
    // remembers per account the highest revision forgotten. False on a SQL failure.
    bool prune(qint64 cutoffSeconds);

private:
    // Sets *few when at most m_sparseLimit places changed after `since`; false on a SQL failure.
    bool fewChanges(qint64 accountId, qint64 since, bool *few, QString *error);

    SqlStore &m_store;
    int m_sparseLimit;
};
