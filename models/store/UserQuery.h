#pragma once

#include <QString>

// Which users of an account to list: the search box and the group filter.
struct UserQuery
{
    QString search;   // matches id, names and email (CONTRACT.md 6, `q`)
    qint64 groupId = 0; // 0 = any group

    bool isEmpty() const { return search.isEmpty() && groupId == 0; }
};
