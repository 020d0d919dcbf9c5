#pragma once

#include "TargetHeldBack.h"
#include "TargetRequest.h"

#include <QList>

// What a send to another system will do: the requests in order, and the edits held back.
struct TargetPlan
{
    QList<TargetRequest> requests;
    QList<TargetHeldBack> heldBack;
    int editCount = 0; // edits planned (held back included)

    int sendableEdits() const { return editCount - int(heldBack.size()); }
};
