#pragma once

#include "GroupOperation.h"
#include "MetaEdit.h"

#include <QList>

// What a person changed and has not written yet: meta edits and group-membership operations.
struct EditSet
{
    QList<MetaEdit> metaEdits;
    QList<GroupOperation> groupOperations;

    bool isEmpty() const { return metaEdits.isEmpty() && groupOperations.isEmpty(); }
    friend bool operator==(const EditSet &a, const EditSet &b)
    {
        return a.metaEdits == b.metaEdits && a.groupOperations == b.groupOperations;
    }
};
