#pragma once

#include "ClientError.h"
#include "domain/GroupOperation.h"
#include "domain/MetaEdit.h"

#include <QList>
#include <QStringList>

// Exactly what an apply did: which edits landed and which did not, each with its reason.
// Whatever happened (refusal, cancel, a server gone mid-push), every edit sent is in one list.
struct ApplyReport
{
    struct EditFailure
    {
        MetaEdit edit;
        QString reason; // translated, for the cell
        // False when the edit itself is fine and only went down with others (same transaction
        // or chunk refused, cancelled, connection lost): the cell stays plainly pending.
        bool ownFault = true;
    };
    struct GroupResult
    {
        GroupOperation operation;
        bool landed = false;
        QString message; // the server's sentence, or why it did not land
        // The memberships it changed, when it landed (docs/API.md 6: added, removed).
        qint64 added = 0;
        qint64 removed = 0;
    };

    QList<MetaEdit> landed;
    QList<EditFailure> notLanded;
    QList<GroupResult> groupResults;
    QStringList messages; // success sentences, in the order they came
    qint64 updated = 0;
    qint64 unchanged = 0;
    bool cancelled = false;
    ClientError error; // what stopped the apply as a whole (kind None if nothing did)

    bool complete() const
    {
        if (!notLanded.isEmpty() || cancelled || error.isError())
            return false;
        for (const GroupResult &g : groupResults) {
            if (!g.landed)
                return false;
        }
        return true;
    }
};
