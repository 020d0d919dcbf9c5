#pragma once

#include <QHashFunctions>
#include <QString>

// One place an offline copy and a server can disagree about: a user's meta value (a cell) or a
// user's membership of a group. Both follow one merge rule (ThreeWayMerge).
struct SyncPlace
{
    enum class Kind
    {
        Cell,
        Membership
    };

    Kind kind = Kind::Cell;
    qint64 userId = 0;
    QString field;      // a cell's field name
    qint64 groupId = 0; // a membership's group

    static SyncPlace cell(qint64 userId, const QString &field)
    {
        return {Kind::Cell, userId, field, 0};
    }
    static SyncPlace membership(qint64 userId, qint64 groupId)
    {
        return {Kind::Membership, userId, QString(), groupId};
    }
    // Where the place is in a request, as the server names it: "users.15.score" (docs/API.md).
    QString location() const;

    friend bool operator==(const SyncPlace &a, const SyncPlace &b)
    {
        return a.kind == b.kind && a.userId == b.userId && a.field == b.field &&
               a.groupId == b.groupId;
    }
    friend size_t qHash(const SyncPlace &p, size_t seed = 0)
    {
        return qHashMulti(seed, int(p.kind), p.userId, p.field, p.groupId);
    }
};
