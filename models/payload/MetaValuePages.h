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

    // Calls `f(tree, userNode, valueNode)` for every value, user by user: the user's id is
    // userId(tree.key(userNode)), the field's name tree.key(valueNode) in UTF-8.
    template<typename F>
    void forEachValue(F &&f) const;
    // A user key that is not a number counts as user 0, as QString::toLongLong() reads it.
    static qint64 userId(QByteArrayView key) { return key.trimmed().toLongLong(); }

    // The same as user id -> field name -> value.
    QHash<qint64, QJsonObject> toHash() const;
    static MetaValuePages fromHash(const QHash<qint64, QJsonObject> &values);

private:
    struct Page
    {
        PayloadTree tree;
        int users = -1; // the "users" object's node
    };
    QList<Page> m_pages;
};

template<typename F>
void MetaValuePages::forEachValue(F &&f) const
{
    std::vector<int> users;
    std::vector<int> fields;
    for (const Page &page : m_pages) {
        if (page.users < 0)
            continue;
        users.clear();
        page.tree.appendUniqueMembers(page.users, users);
        for (const int user : users) {
            if (page.tree.kind(user) != PayloadTree::Kind::Object)
                continue;
            fields.clear();
            page.tree.appendUniqueMembers(user, fields);
            for (const int field : fields)
                f(page.tree, user, field);
        }
    }
}
