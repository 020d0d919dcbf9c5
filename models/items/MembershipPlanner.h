#pragma once

#include "domain/GroupOperation.h"
#include "domain/User.h"

#include <QCoreApplication>

// Works out, before anything is sent, what a membership operation will change for a set of
// users, and splits it into requests of a sensible size.
class MembershipPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MembershipPlanner)
public:
    // Per group, how many users gain it and how many lose it.
    struct GroupChange
    {
        qint64 groupId = 0;
        qint64 gaining = 0;
        qint64 losing = 0;
    };
    // A user whose memberships change, and how.
    struct AffectedUser
    {
        User user;
        QList<qint64> gains;
        QList<qint64> losses;
    };
    struct Preview
    {
        qint64 adds = 0;
        qint64 removes = 0;
        qint64 usersChanged = 0;
        qint64 users = 0;
        QList<GroupChange> groups;    // the chosen groups first, then others a user loses
        QList<AffectedUser> affected; // in the order the users were given
        QString text() const;         // "Adds 37 memberships for 20 users"
    };

    static constexpr int kUsersPerRequest = 1000;

    // `users` carry their current groups in the account.
    static Preview preview(GroupOperation::Kind kind, const QList<User> &users,
                           const QList<qint64> &groupIds);
    static QList<GroupOperation> operations(GroupOperation::Kind kind, const QList<User> &users,
                                            const QList<qint64> &groupIds,
                                            int usersPerRequest = kUsersPerRequest);
};
