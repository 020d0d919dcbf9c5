#include "MembershipPlanner.h"

#include <QHash>
#include <QSet>

QString MembershipPlanner::Preview::text() const
{
    // Whole sentences with the counts as arguments, so a translation orders them its own way.
    if (adds == 0 && removes == 0)
        return tr("Changes nothing for %Ln user(s)", nullptr, int(users));
    const QString forUsers = tr("%Ln user(s)", nullptr, int(usersChanged));
    const QString added = tr("%Ln membership(s)", nullptr, int(adds));
    const QString removed = tr("%Ln membership(s)", nullptr, int(removes));
    if (removes == 0)
        return tr("Adds %1 for %2").arg(added, forUsers);
    if (adds == 0)
        return tr("Removes %1 from %2").arg(removed, forUsers);
    return tr("Adds %1 and removes %2 for %3").arg(added, removed, forUsers);
}

MembershipPlanner::Preview MembershipPlanner::preview(GroupOperation::Kind kind,
                                                      const QList<User> &users,
                                                      const QList<qint64> &groupIds)
{
    using Kind = GroupOperation::Kind;
    Preview p;
    const QSet<qint64> chosen(groupIds.cbegin(), groupIds.cend());
    QHash<qint64, int> groupAt; // group id -> index in p.groups
    auto changeOf = [&p, &groupAt](qint64 group) -> GroupChange & {
        auto it = groupAt.constFind(group);
        if (it == groupAt.constEnd()) {
            it = groupAt.insert(group, int(p.groups.size()));
            p.groups.append({group, 0, 0});
        }
        return p.groups[*it];
    };
    if (kind != Kind::Drop) {
        for (qint64 id : groupIds)
            changeOf(id);
    }
    QSet<qint64> seen;
    for (const User &u : users) {
        if (seen.contains(u.id))
            continue;
        seen.insert(u.id);
        ++p.users;
        AffectedUser affected{u, {}, {}};
        if (kind == Kind::Add || kind == Kind::Replace) {
            for (qint64 g : groupIds) {
                if (!u.groups.contains(g))
                    affected.gains << g;
            }
        }
        for (qint64 g : u.groups) {
            const bool loses = kind == Kind::Drop || (kind == Kind::Remove && chosen.contains(g)) ||
                               (kind == Kind::Replace && !chosen.contains(g));
            if (loses)
                affected.losses << g;
        }
        if (affected.gains.isEmpty() && affected.losses.isEmpty())
            continue;
        for (qint64 g : std::as_const(affected.gains))
            ++changeOf(g).gaining;
        for (qint64 g : std::as_const(affected.losses))
            ++changeOf(g).losing;
        p.adds += affected.gains.size();
        p.removes += affected.losses.size();
        ++p.usersChanged;
        p.affected.append(std::move(affected));
    }
    return p;
}

QList<GroupOperation> MembershipPlanner::operations(GroupOperation::Kind kind,
                                                    const QList<User> &users,
                                                    const QList<qint64> &groupIds,
                                                    int usersPerRequest)
{
    QList<GroupOperation> ops;
    QList<GroupRef> groups;
    for (qint64 id : groupIds)
        groups << GroupRef::byId(id);
    QSet<qint64> seen;
    GroupOperation current{
        kind, {}, kind == GroupOperation::Kind::Drop ? QList<GroupRef>{} : groups};
    for (const User &u : users) {
        if (seen.contains(u.id))
            continue;
        seen.insert(u.id);
        current.userIds << u.id;
        if (current.userIds.size() == usersPerRequest) {
            ops << current;
            current.userIds.clear();
        }
    }
    if (!current.userIds.isEmpty())
        ops << current;
    return ops;
}
