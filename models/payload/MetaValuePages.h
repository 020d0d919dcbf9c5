#pragma once

#include "PayloadTree.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <vector>

// Values of many users as GET /api/egress/user_meta answers them (docs/API.md 7): one
// PayloadTree per answer, each read as a QJsonObject would be (one member per key: the last).
// A hundred thousand users' values cost a few flat arrays per answer instead of a QJsonObject per
// user and a QString per key, and an offline copy writes them straight from the answers' bytes.
class MetaValuePages
{
public:
    // One answer's document; its top-level "users" object holds the values (none when it is
    // missing or not an object).
    void append(PayloadTree answer);

    // Calls `f(userId, tree, userNode)` for every user the answers give values of, answer by
    // answer, each in QJsonObject's order of keys (as text). The values are userNode's members,
    // one per field name (the last): tree.appendUniqueMembers(userNode, ...); tree.key(value)
    // is the field's name in UTF-8.
    template<typename F>
    void forEachUser(F &&f) const;

    // The same as user id -> field name -> value.
    QHash<qint64, QJsonObject> toHash() const;
    static MetaValuePages fromHash(const QHash<qint64, QJsonObject> &values);

private:
    struct Page
    {
        PayloadTree tree;
        int users = -1; // the "users" object's node
    };
    // A user key that is not a number counts as user 0, as QString::toLongLong() reads it.
    static qint64 userId(QByteArrayView key) { return key.trimmed().toLongLong(); }

    QList<Page> m_pages;
};

template<typename F>
void MetaValuePages::forEachUser(F &&f) const
{
    std::vector<int> users;
    for (const Page &page : m_pages) {
        if (page.users < 0)
            continue;
        users.clear();
        page.tree.appendUniqueMembers(page.users, users);
        for (const int user : users) {
            if (page.tree.kind(user) == PayloadTree::Kind::Object)
                f(userId(page.tree.key(user)), page.tree, user);
        }
    }
}
