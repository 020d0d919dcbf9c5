#pragma once

#include <QList>
#include <QString>

// A group named by id or by name (docs/API.md section 6).
struct GroupRef
{
    qint64 id = 0;
    QString name; // set when the group is named, id is then 0

    bool isName() const { return !name.isNull(); }
    static GroupRef byId(qint64 id) { return GroupRef{id, QString()}; }
    static GroupRef byName(const QString &name) { return GroupRef{0, name}; }
    friend bool operator==(const GroupRef &a, const GroupRef &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};

// One request against /api/ingress/user_group_members.
struct GroupOperation
{
    enum class Kind
    {
        Add,     // POST
        Replace, // PUT
        Remove,  // DELETE
        Drop     // DELETE .../drop
    };

    Kind kind = Kind::Add;
    QList<qint64> userIds;
    QList<GroupRef> groups; // ignored by Drop

    friend bool operator==(const GroupOperation &a, const GroupOperation &b)
    {
        return a.kind == b.kind && a.userIds == b.userIds && a.groups == b.groups;
    }
};
