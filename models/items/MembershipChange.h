#pragma once

#include "MembershipPlanner.h"
#include "domain/GroupOperation.h"
#include "store/ApplyReport.h"

#include <QHash>
#include <QList>

// Exactly the memberships one group operation changed (not those that already were as it asked),
// each either in effect or taken back: what Edit › Undo takes back and Redo puts again. Going
// either way is a plain list of Add and Remove operations over those memberships only, so a
// membership somebody set the same way meanwhile is not counted twice, and others are left alone.
class MembershipChange
{
public:
    enum class Direction
    {
        Undo, // take the changes back
        Redo  // make them again
    };

    // From the operation's preview (made from the users' groups before it) and what applying it
    // did. Only operations that landed count, and only those whose counts match the preview: a
    // batch that added or removed other numbers met changes made elsewhere meanwhile, and which
    // memberships it changed is not known, so it is left out (inexact() says so).
    static MembershipChange record(qint64 accountId, const MembershipPlanner::Preview &preview,
                                   const ApplyReport &report);

    qint64 accountId() const { return m_accountId; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // How many memberships it changed, and whether some landed batches were left out.
    qint64 size() const { return m_changes.size(); }
    bool inexact() const { return m_inexact; }

    // What going `direction` changes now, for the same preview as the operation had.
    MembershipPlanner::Preview preview(Direction direction) const;
    // The requests that go `direction`: one Add or Remove per group, in batches of at most
    // `usersPerRequest` users.
    QList<GroupOperation>
    operations(Direction direction,
               int usersPerRequest = MembershipPlanner::kUsersPerRequest) const;
    // Takes what applying operations(direction) did: the memberships of landed operations have
    // gone that way. True when none is left to go that way.
    bool settle(Direction direction, const ApplyReport &report);
    // Whether any membership is still to go `direction`.
    bool canGo(Direction direction) const;

private:
    struct Change
    {
        int user = 0; // index in m_users
        qint64 groupId = 0;
        bool gained = false;  // the operation added it (else it removed it)
        bool inEffect = true; // as the operation left it (false: taken back)
    };
    static bool goes(const Change &c, Direction direction)
    {
        return direction == Direction::Undo ? c.inEffect : !c.inEffect;
    }
    // Whether going `direction` adds the membership.
    static bool adds(const Change &c, Direction direction)
    {
        return direction == Direction::Undo ? !c.gained : c.gained;
    }

    qint64 m_accountId = 0;
    QList<User> m_users;                           // without their groups, which change
    QList<Change> m_changes;                       // in user order
    QHash<std::pair<qint64, qint64>, int> m_index; // (user id, group id) -> index in m_changes
    bool m_inexact = false;
};
