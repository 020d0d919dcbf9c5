#include "RequestErrorMapper.h"

namespace {
// The edit of `request` that carries (user, field), or -1.
int findEdit(const CompiledRequest &request, const QList<MetaEdit> &edits, qint64 user,
             const QString &field)
{
    for (const int i : request.editIndexes) {
        if (edits.at(i).userId == user && edits.at(i).field == field)
            return i;
    }
    return -1;
}

QList<int> editsOfUser(const CompiledRequest &request, const QList<MetaEdit> &edits, qint64 user)
{
    QList<int> found;
    for (const int i : request.editIndexes) {
        if (edits.at(i).userId == user)
            found.append(i);
    }
    return found;
}

// Indices into the request's edits that `location` names.
QList<int> editsAt(const CompiledRequest &request, const QList<MetaEdit> &edits,
                   const QString &location)
{
    const QStringList parts = location.split(QLatin1Char('.'));
    if (request.format == 1 && parts.size() >= 2 && parts.at(0) == QLatin1String("users")) {
        bool ok = false;
        const qint64 user = parts.at(1).toLongLong(&ok);
        if (!ok)
            return {};
        if (parts.size() == 2)
            return editsOfUser(request, edits, user);
        // Field names may contain dots: everything after the id is the field.
        const QString field = parts.mid(2).join(QLatin1Char('.'));
        const int i = findEdit(request, edits, user, field);
        return i >= 0 ? QList<int>{i} : QList<int>{};
    }
    if (request.format == 2 && parts.size() >= 2 && parts.at(0) == QLatin1String("fields")) {
        bool ok = false;
        const int position = parts.at(1).toInt(&ok);
        if (!ok || position < 0 || position >= request.editIndexes.size())
            return {};
        return {request.editIndexes.at(position)};
    }
    if (request.format == 3 && request.editIndexes.size() == 1 &&
        (location == QLatin1String("user_id") || location == QLatin1String("field") ||
         location == QLatin1String("value")))
        return {request.editIndexes.first()};
    return {};
}
} // namespace

RequestErrorMapper::MetaReasons RequestErrorMapper::mapMeta(const CompiledRequest &request,
                                                            const QList<MetaEdit> &edits,
                                                            const ApiError &error)
{
    MetaReasons reasons;
    for (const ErrorDetail &d : error.details) {
        const QList<int> hit = editsAt(request, edits, d.location);
        if (hit.isEmpty()) {
            reasons.general << (d.location.isEmpty()
                                    ? d.message
                                    : d.location + QStringLiteral(": ") + d.message);
            continue;
        }
        for (const int i : hit) {
            if (!reasons.byEdit[i].contains(d.message))
                reasons.byEdit[i] << d.message;
        }
    }
    return reasons;
}

QString RequestErrorMapper::describeGroupError(const GroupOperation &operation,
                                               const QList<qint64> &users, const ApiError &error)
{
    QStringList details;
    for (const ErrorDetail &d : error.details) {
        const QStringList parts = d.location.split(QLatin1Char('.'));
        bool ok = false;
        const int position = parts.size() == 2 ? parts.at(1).toInt(&ok) : -1;
        if (ok && parts.at(0) == QLatin1String("user_id") && position >= 0 &&
            position < users.size()) {
            details << tr("user %1: %2").arg(users.at(position)).arg(d.message);
        } else if (ok && parts.at(0) == QLatin1String("group_id") && position >= 0 &&
                   position < operation.groups.size()) {
            const GroupRef &g = operation.groups.at(position);
            details << tr("group %1: %2")
                           .arg(g.isName() ? QLatin1Char('\'') + g.name + QLatin1Char('\'')
                                           : QString::number(g.id),
                                d.message);
        } else {
            details << d.message;
        }
    }
    return details.isEmpty()
               ? error.title
               : error.title + QStringLiteral(": ") + details.join(QStringLiteral("; "));
}
