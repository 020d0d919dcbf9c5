#include "GroupMembersPayload.h"
#include "domain/ApiContract.h"

#include "IdReader.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QString kPath = QLatin1String(ApiContract::Paths::GroupMembers);
const QString kDropPath = QLatin1String(ApiContract::Paths::GroupMembersDrop);
const QStringList kUserKeys{QStringLiteral("user_id"), QStringLiteral("user_ids"),
                            QStringLiteral("users")};
const QStringList kGroupKeys{QStringLiteral("group_id"), QStringLiteral("group_ids"),
                             QStringLiteral("groups")};

struct Items
{
    QString key;              // which alias was used; null when none
    QList<QJsonValue> values; // one per position; csv strings split
    bool wrongShape = false;
};

// The first alias present; a later alias that is also present is named in a warning.
Items collect(const QJsonObject &document, const QStringList &aliases, QStringList *warnings)
{
    Items items;
    for (const QString &alias : aliases) {
        if (!document.contains(alias))
            continue;
        if (!items.key.isNull()) {
            warnings->append(GroupMembersPayload::tr("%1 was ignored because %2 was given")
                                 .arg(alias, items.key));
            continue;
        }
        items.key = alias;
        const QJsonValue v = document.value(alias);
        if (v.isString()) {
            const QStringList parts = v.toString().split(QLatin1Char(','));
            for (const QString &part : parts)
                items.values.append(part);
        } else if (v.isDouble()) {
            items.values.append(v);
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const auto &item : a)
                items.values.append(item);
        } else if (v.isObject()) { // a PHP list with gaps: users[0]=1&users[5]=2
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                items.values.append(it.value());
        } else {
            items.wrongShape = true;
        }
    }
    return items;
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace

QString GroupMembersPayload::userLocation(int position)
{
    return QStringLiteral("user_id.") + QString::number(position);
}

QString GroupMembersPayload::groupLocation(int position)
{
    return QStringLiteral("group_id.") + QString::number(position);
}

GroupMembersRequest GroupMembersPayload::parse(const QJsonObject &document,
                                               GroupOperation::Kind kind)
{
    GroupMembersRequest out;
    out.operation.kind = kind;
    QList<ErrorDetail> missingUsers, badUsers, missingGroups, badGroups;

    const Items users = collect(document, kUserKeys, &out.warnings);
    QSet<qint64> seenUsers;
    for (int i = 0; i < users.values.size(); ++i) {
        const QJsonValue &v = users.values[i];
        if (isBlank(v))
            continue;
        const IdReader::Result r = IdReader::read(v);
        if (!r.ok()) {
            badUsers.append({userLocation(i), tr("invalid user id: %1").arg(r.problem)});
            continue;
        }
        if (seenUsers.contains(r.id))
            continue;
        seenUsers.insert(r.id);
        out.operation.userIds.append(r.id);
        out.userPositions.append(i);
    }
    if (users.wrongShape)
        badUsers.append(
            {QStringLiteral("user_id"), tr("user ids must be a csv string, an integer or a list")});
    else if (out.operation.userIds.isEmpty() && badUsers.isEmpty())
        missingUsers.append(
            {QStringLiteral("user_id"), tr("no user ids given (send user_id, user_ids or users)")});

    if (kind == GroupOperation::Kind::Drop) {
        QStringList ignored;
        for (const QString &alias : kGroupKeys) {
            if (document.contains(alias))
                ignored << alias;
        }
        if (!ignored.isEmpty())
            out.warnings.append(tr("%1 was ignored: drop removes every group membership of the "
                                   "users")
                                    .arg(ignored.join(QStringLiteral(", "))));
    } else {
        const Items groups = collect(document, kGroupKeys, &out.warnings);
        QSet<qint64> seenIds;
        QSet<QString> seenNames;
        for (int i = 0; i < groups.values.size(); ++i) {
            const QJsonValue &v = groups.values[i];
            if (isBlank(v))
                continue;
            GroupRef ref;
            if (v.isDouble() || (v.isString() && IdReader::looksNumeric(v.toString()))) {
                const IdReader::Result r = IdReader::read(v);
                if (!r.ok()) {
                    badGroups.append({groupLocation(i), tr("invalid group id: %1").arg(r.problem)});
                    continue;
                }
                if (seenIds.contains(r.id))
                    continue;
                seenIds.insert(r.id);
                ref = GroupRef::byId(r.id);
            } else if (v.isString()) {
                const QString name = v.toString().trimmed();
                const QString folded = name.toCaseFolded();
                if (seenNames.contains(folded))
                    continue;
                seenNames.insert(folded);
                ref = GroupRef::byName(name);
            } else {
                badGroups.append({groupLocation(i), tr("a group must be an id or a name")});
                continue;
            }
            out.operation.groups.append(ref);
            out.groupPositions.append(i);
        }
        if (groups.wrongShape)
            badGroups.append({QStringLiteral("group_id"),
                              tr("groups must be a csv string, an integer or a list")});
        else if (out.operation.groups.isEmpty() && badGroups.isEmpty())
            missingGroups.append({QStringLiteral("group_id"),
                                  tr("no user groups given (send group_id, group_ids or groups)")});
    }

    // Titles in the contract's order; a malformed id is one that cannot be found.
    const auto add = [&](const char *title, const QList<ErrorDetail> &details) {
        if (details.isEmpty())
            return;
        if (!out.error.isError())
            out.error.title = QString::fromLatin1(title);
        out.error.details += details;
    };
    add(ErrorTitles::MissingUserIds, missingUsers);
    add(out.operation.userIds.isEmpty() ? ErrorTitles::CouldNotFindUsers
                                        : ErrorTitles::UsersMismatch,
        badUsers);
    add(ErrorTitles::MissingGroupIds, missingGroups);
    add(out.operation.groups.isEmpty() ? ErrorTitles::CouldNotFindGroups
                                       : ErrorTitles::GroupsMismatch,
        badGroups);
    return out;
}

std::optional<GroupOperation::Kind> GroupMembersPayload::kindFor(const QByteArray &method,
                                                                 const QString &path)
{
    const QByteArray m = method.toUpper();
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p == kDropPath)
        return m == "DELETE" ? std::optional(GroupOperation::Kind::Drop) : std::nullopt;
    if (p != kPath)
        return std::nullopt;
    if (m == "POST")
        return GroupOperation::Kind::Add;
    if (m == "PUT")
        return GroupOperation::Kind::Replace;
    if (m == "DELETE")
        return GroupOperation::Kind::Remove;
    return std::nullopt;
}

QByteArray GroupMembersPayload::method(GroupOperation::Kind kind)
{
    switch (kind) {
    case GroupOperation::Kind::Add:
        return QByteArrayLiteral("POST");
    case GroupOperation::Kind::Replace:
        return QByteArrayLiteral("PUT");
    case GroupOperation::Kind::Remove:
    case GroupOperation::Kind::Drop:
        break;
    }
    return QByteArrayLiteral("DELETE");
}

QString GroupMembersPayload::path(GroupOperation::Kind kind)
{
    return kind == GroupOperation::Kind::Drop ? kDropPath : kPath;
}
