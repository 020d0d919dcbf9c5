#pragma once

#include "MetaField.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// What changed in one account after a revision (docs/API.md 10): the answer of the change feed,
// whether a server sent it or a file was asked. Each place appears once, with its state now.
struct ServerChanges
{
    struct Value
    {
        qint64 userId = 0;
        QString field;
        std::optional<QJsonValue> value; // none: the value was cleared
        qint64 revision = 0;
    };
    struct Membership
    {
        qint64 userId = 0;
        qint64 groupId = 0;
        bool member = false; // false: the membership was removed
        qint64 revision = 0;
    };
    struct Field
    {
        QString name;
        std::optional<MetaField> definition; // none: the field was deleted
        qint64 revision = 0;
    };

    qint64 revision = 0; // the account's revision when the changes were read
    QList<Value> values;
    QList<Membership> memberships;
    QList<Field> fields;
};
