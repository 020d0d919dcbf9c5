#include "GroupOutcome.h"

#include "IngressMessages.h"

#include <QJsonArray>

QString GroupOutcome::message() const
{
    switch (kind) {
    case GroupOperation::Kind::Add:
        return IngressMessages::groupsChanged("Added", added, users);
    case GroupOperation::Kind::Replace:
        return IngressMessages::groupsReplaced(added, removed, users);
    case GroupOperation::Kind::Remove:
        return IngressMessages::groupsChanged("Removed", removed, users);
    case GroupOperation::Kind::Drop:
        break;
    }
    return IngressMessages::groupsChanged("Dropped", removed, users);
}

QJsonObject GroupOutcome::successJson() const
{
    QJsonObject o{{QStringLiteral("message"), message()}};
    if (kind == GroupOperation::Kind::Add || kind == GroupOperation::Kind::Replace)
        o.insert(QStringLiteral("added"), added);
    if (kind != GroupOperation::Kind::Add)
        o.insert(QStringLiteral("removed"), removed);
    o.insert(QStringLiteral("users"), users);
    o.insert(QStringLiteral("revision"), revision);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
