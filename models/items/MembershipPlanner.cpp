#include "MembershipPlanner.h"

#include <QSet>

QString MembershipPlanner::Preview::text() const
{
    if (adds == 0 && removes == 0)
        return tr("changes nothing for %n user(s)", nullptr, int(users));
    const QString forUsers = tr("for %n user(s)", nullptr, int(usersChanged));
    if (removes == 0)
        return tr("adds %n membership(s)", nullptr, int(adds)) + QLatin1Char(' ') + forUsers;
    if (adds == 0)
        return tr("removes %n membership(s)", nullptr, int(removes)) + QLatin1Char(' ') + forUsers;
    return tr("adds %n membership(s)", nullptr, int(adds)) + QLatin1Char(' ') +
           tr("and removes %n", nullptr, int(removes)) + QLatin1Char(' ') + forUsers;
}

MembershipPlanner::Preview MembershipPlanner::preview(GroupOperation::Kind kind,
                                                      const QList<User> &users,
                                                      const QList<qint64> &groupIds)
{
    using Kind = GroupOperation::Kind;
    Preview p;
    const QSet<qint64> chosen(groupIds.cbegin(), groupIds.cend());
    QSet<qint64> seen;
    for (const User &u : users) {
        if (seen.contains(u.id))
            continue;
        seen.insert(u.id);
        ++p.users;
        const QSet<qint64> has(u.groups.cbegin(), u.groups.cend());
        qint64 adds = 0;
        qint64 removes = 0;
        if (kind == Kind::Add || kind == Kind::Replace)
            adds = (chosen - has).size();
        if (kind == Kind::Remove)
            removes = (chosen & has).size();
        else if (kind == Kind::Replace)
            removes = (has - chosen).size();
        else if (kind == Kind::Drop)
            removes = has.size();
        p.adds += adds;
        p.removes += removes;
        if (adds + removes > 0)
            ++p.usersChanged;
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
