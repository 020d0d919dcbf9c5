#include "IngressHandler.h"

#include "payload/GroupMembersPayload.h"
#include "payload/UserMetaPayload.h"
#include "store/SqlStore.h"

#include <QSet>

IngressHandler::IngressHandler(SqlStore &store)
    : m_store(store)
{}

ApiResponse IngressHandler::putUserMeta(qint64 accountId, const PayloadTree &parameters,
                                        std::optional<qint64> ifMatch)
{
    // Read without making values: the store checks and writes text from the body's bytes.
    const UserMetaTreeRequest request = UserMetaPayload::read(parameters);
    const qint64 entries = request.edits.size();
    // A request that is too big, or has no well-formed entry, is not checked entry by entry.
    if (!request.ok() && (request.error.status == 413 || request.edits.isEmpty())) {
        ApiResponse r = ApiResponse::error(request.error);
        r.entries = entries;
        return r;
    }
    // The store checks users, fields and values of every well-formed entry, so that one answer
    // lists every problem of the request (docs/API.md 4), even when some ids were malformed.
    const UserMetaOutcome outcome =
        request.ok() ? m_store.applyUserMeta(accountId, request.edits, nullptr, ifMatch)
                     : UserMetaOutcome();
    if (request.ok() && outcome.ok()) {
        ApiResponse r = ApiResponse::json(outcome.successJson());
        r.withRevision(outcome.revision);
        r.entries = entries;
        return r;
    }
    ApiError error;
    if (request.ok()) {
        error = ApiResponse::apiError(outcome.error);
        error.details += outcome.problemDetails([&](int index, EditPart part) {
            return UserMetaPayload::location(request.format, request.edits.at(index), part);
        });
    } else {
        // Some entries were malformed: the request is refused, but the well-formed ones are still
        // checked (without writing) so that the answer lists every problem.
        error = request.error;
        const UserMetaOutcome checked = m_store.checkUserMeta(accountId, request.edits);
        QSet<QString> seen;
        for (const EditProblem &p : checked.problems) {
            if (p.editIndex < 0 || p.editIndex >= request.edits.size())
                continue;
            const ErrorDetail detail{
                UserMetaPayload::location(request.format, request.edits.at(p.editIndex), p.part),
                p.message};
            if (seen.contains(detail.location + QChar(0) + detail.message))
                continue;
            seen.insert(detail.location + QChar(0) + detail.message);
            const char *title = p.part == EditPart::User    ? ErrorTitles::InvalidUsers
                                : p.part == EditPart::Field ? ErrorTitles::InvalidFields
                                                            : ErrorTitles::InvalidValues;
            UserMetaPayload::addErrors(error, title, {detail});
        }
    }
    ApiResponse r = ApiResponse::error(error);
    r.entries = entries;
    return r;
}

ApiResponse IngressHandler::groupMembers(qint64 accountId, GroupOperation::Kind kind,
                                         const QJsonObject &document, std::optional<qint64> ifMatch)
{
    const GroupMembersRequest request = GroupMembersPayload::parse(document, kind);
    const qint64 entries = request.operation.userIds.size();
    if (!request.ok()) {
        ApiResponse r = ApiResponse::error(request.error);
        r.entries = entries;
        return r;
    }
    GroupOutcome outcome = m_store.applyGroupOperation(accountId, request.operation, ifMatch);
    if (!outcome.ok()) {
        // The store counts positions in the de-duplicated lists; the client counts in its own.
        ApiError error = ApiResponse::apiError(outcome.error);
        for (ErrorDetail &d : error.details) {
            const QStringList parts = d.location.split(QLatin1Char('.'));
            if (parts.size() != 2)
                continue;
            const int i = parts.at(1).toInt();
            if (parts.at(0) == QLatin1String("user_id") && i < request.userPositions.size())
                d.location = GroupMembersPayload::userLocation(request.userPositions.at(i));
            else if (parts.at(0) == QLatin1String("group_id") && i < request.groupPositions.size())
                d.location = GroupMembersPayload::groupLocation(request.groupPositions.at(i));
        }
        ApiResponse r = ApiResponse::error(error);
        r.entries = entries;
        return r;
    }
    outcome.warnings = request.warnings + outcome.warnings;
    ApiResponse r = ApiResponse::json(outcome.successJson());
    r.withRevision(outcome.revision);
    r.entries = entries;
    return r;
}
