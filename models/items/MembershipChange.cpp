#include "MembershipChange.h"

#include <QSet>
#include <algorithm>

MembershipChange MembershipChange::record(qint64 accountId,
                                          const MembershipPlanner::Preview &preview,
                                          const ApplyReport &report)
{
    MembershipChange change;
    change.m_accountId = accountId;
    QHash<qint64, int> affectedAt; // user id -> index in preview.affected
    affectedAt.reserve(preview.affected.size());
    for (int i = 0; i < preview.affected.size(); ++i)
        affectedAt.insert(preview.affected.at(i).user.id, i);
    QSet<qint64> changed; // users whose planned changes are known to have happened
    for (const ApplyReport::GroupResult &r : report.groupResults) {
        if (!r.landed)
            continue;
        qint64 adds = 0;
        qint64 removes = 0;
        for (qint64 id : r.operation.userIds) {
            const auto it = affectedAt.constFind(id);
            if (it == affectedAt.constEnd())
                continue;
            adds += preview.affected.at(*it).gains.size();
            removes += preview.affected.at(*it).losses.size();
        }
        if (adds != r.added || removes != r.removed) {
            change.m_inexact = true;
            continue;
        }
        for (qint64 id : r.operation.userIds)
            changed.insert(id);
    }
    for (const MembershipPlanner::AffectedUser &a : preview.affected) {
        if (!changed.contains(a.user.id))
            continue;
        const int user = int(change.m_users.size());
        User u = a.user;
        u.groups.clear();
        change.m_users.append(std::move(u));
        for (const auto &[groups, gained] : {std::pair{&a.gains, true}, {&a.losses, false}}) {
            for (qint64 g : *groups) {
                change.m_index.insert({a.user.id, g}, int(change.m_changes.size()));
                change.m_changes.append({user, g, gained, true});
            }
        }
    }
    return change;
}

MembershipPlanner::Preview MembershipChange::preview(Direction direction) const
{
    MembershipPlanner::Preview p;
    QHash<qint64, int> groupAt; // group id -> index in p.groups
    int lastUser = -1;
    for (const Change &c : m_changes) {
        if (!goes(c, direction))
            continue;
        if (c.user != lastUser) {
            lastUser = c.user;
            p.affected.append({m_users.at(c.user), {}, {}});
            ++p.users;
            ++p.usersChanged;
        }
        auto it = groupAt.constFind(c.groupId);
        if (it == groupAt.constEnd()) {
            it = groupAt.insert(c.groupId, int(p.groups.size()));
            p.groups.append({c.groupId, 0, 0});
        }
        MembershipPlanner::GroupChange &group = p.groups[*it];
        if (adds(c, direction)) {
            p.affected.last().gains << c.groupId;
            ++group.gaining;
            ++p.adds;
        } else {
            p.affected.last().losses << c.groupId;
            ++group.losing;
            ++p.removes;
        }
    }
    return p;
}

QList<GroupOperation> MembershipChange::operations(Direction direction, int usersPerRequest) const
{
    // Per group, the users it goes to and the users it goes from, in user order.
    QList<qint64> groupOrder;
    QHash<qint64, std::pair<QList<qint64>, QList<qint64>>> byGroup;
    for (const Change &c : m_changes) {
        if (!goes(c, direction))
            continue;
        auto it = byGroup.find(c.groupId);
        if (it == byGroup.end()) {
            groupOrder << c.groupId;
            it = byGroup.insert(c.groupId, {});
        }
        (adds(c, direction) ? it->first : it->second) << m_users.at(c.user).id;
    }
    QList<GroupOperation> ops;
    auto append = [&ops, usersPerRequest](GroupOperation::Kind kind, qint64 group,
                                          const QList<qint64> &users) {
        for (qsizetype from = 0; from < users.size(); from += usersPerRequest)
            ops.append({kind, users.mid(from, usersPerRequest), {GroupRef::byId(group)}});
    };
    // Removals first: a person reading the requests sees what goes, then what comes back.
    for (qint64 group : std::as_const(groupOrder))
        append(GroupOperation::Kind::Remove, group, byGroup.value(group).second);
    for (qint64 group : std::as_const(groupOrder))
        append(GroupOperation::Kind::Add, group, byGroup.value(group).first);
    return ops;
}

bool MembershipChange::settle(Direction direction, const ApplyReport &report)
{
    for (const ApplyReport::GroupResult &r : report.groupResults) {
        if (!r.landed)
            continue;
        const bool added = r.operation.kind == GroupOperation::Kind::Add;
        for (const GroupRef &group : r.operation.groups) {
            for (qint64 user : r.operation.userIds) {
                const auto it = m_index.constFind({user, group.id});
                if (it == m_index.constEnd())
                    continue;
                Change &c = m_changes[*it];
                // Only the way this direction goes: an Add never takes back a removal's undo.
                if (goes(c, direction) && adds(c, direction) == added)
                    c.inEffect = direction == Direction::Redo;
            }
        }
    }
    return !canGo(direction);
}

bool MembershipChange::canGo(Direction direction) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(),
                       [direction](const Change &c) { return goes(c, direction); });
}
