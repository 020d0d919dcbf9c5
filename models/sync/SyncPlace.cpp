#include "SyncPlace.h"

QString SyncPlace::location() const
{
    if (kind == Kind::Cell)
        return QStringLiteral("users.%1.%2").arg(userId).arg(field);
    return QStringLiteral("users.%1.groups.%2").arg(userId).arg(groupId);
}
