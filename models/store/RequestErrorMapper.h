#pragma once

#include "domain/ApiError.h"
#include "domain/GroupOperation.h"
#include "domain/MetaEdit.h"
#include "payload/PayloadCompiler.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Turns the locations of an error answer (docs/API.md 4) back into what the refused request
// carried: the exact meta edit, or the user / group of a group operation.
class RequestErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(RequestErrorMapper)
public:
    struct MetaReasons
    {
        QHash<int, QStringList> byEdit; // EditSet::metaEdits index -> messages about that edit
        QStringList general;            // details that name no edit of the request
    };

    // `request` is a compiled user_meta request; `edits` the EditSet's meta edits.
    static MetaReasons mapMeta(const CompiledRequest &request, const QList<MetaEdit> &edits,
                               const ApiError &error);
    // One sentence for a refused group request that carried `users` (in the order sent) and
    // the groups of `operation`: each detail names the user or group it is about.
    static QString describeGroupError(const GroupOperation &operation, const QList<qint64> &users,
                                      const ApiError &error);
};
