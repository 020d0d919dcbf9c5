#include "UserMetaOutcome.h"

#include "IngressMessages.h"

#include <QSet>

QString UserMetaOutcome::message() const
{
    return IngressMessages::userMetaUpdated(updated, users);
}

QJsonObject UserMetaOutcome::successJson() const
{
    return QJsonObject{{QStringLiteral("message"), message()},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("revision"), revision}};
}

QList<ErrorDetail> UserMetaOutcome::problemDetails(
    const std::function<QString(int editIndex, EditPart part)> &locate) const
{
    QList<ErrorDetail> details;
    QSet<QString> seen;
    for (const EditProblem &p : problems) {
        ErrorDetail detail{locate(p.editIndex, p.part), p.message};
        const QString key = detail.location + QChar(0) + detail.message;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        details.append(detail);
    }
    return details;
}
