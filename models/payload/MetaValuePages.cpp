#include "MetaValuePages.h"

void MetaValuePages::append(PayloadTree answer)
{
    int users = answer.member(PayloadTree::kRoot, "users");
    if (users >= 0 && answer.kind(users) != PayloadTree::Kind::Object)
        users = -1;
    m_pages.append({std::move(answer), users});
}

QHash<qint64, QJsonObject> MetaValuePages::toHash() const
{
    QHash<qint64, QJsonObject> values;
    for (const Page &page : m_pages) {
        if (page.users < 0)
            continue;
        for (const int user : page.tree.uniqueMembers(page.users))
            values.insert(userId(page.tree.key(user)), page.tree.toJsonValue(user).toObject());
    }
    return values;
}

MetaValuePages MetaValuePages::fromHash(const QHash<qint64, QJsonObject> &values)
{
    QJsonObject users;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        users.insert(QString::number(it.key()), it.value());
    MetaValuePages pages;
    pages.append(PayloadTree::fromJsonObject(QJsonObject{{QStringLiteral("users"), users}}));
    return pages;
}
