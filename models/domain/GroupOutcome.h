#pragma once

#include "DomainError.h"
#include "GroupOperation.h"

#include <QJsonObject>
#include <QStringList>

// What a group-membership operation did, or why it did nothing (docs/API.md section 6).
struct GroupOutcome
{
    GroupOperation::Kind kind = GroupOperation::Kind::Add;
    DomainError error; // locations are user_id.<index> / group_id.<index>
    qint64 added = 0;
    qint64 removed = 0;
    qint64 users = 0;    // users whose memberships changed
    qint64 revision = 0; // the account's revision after the write (docs/API.md 10)
    QStringList warnings;

    bool ok() const { return !error.isError(); }
    QString message() const;
    QJsonObject successJson() const;
};
