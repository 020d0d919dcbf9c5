#include "ThreeWayMerge.h"

bool ThreeWayMerge::same(const Value &a, const Value &b)
{
    if (!a || !b)
        return !a && !b;
    // QJsonValue compares numbers as doubles and arrays/objects by content.
    return *a == *b;
}

ThreeWayMerge::Decision ThreeWayMerge::decide(const Value &taken, const Value &mine,
                                              const Value &theirs)
{
    const bool mineChanged = !same(taken, mine);
    const bool theirsChanged = !same(taken, theirs);
    if (!mineChanged)
        return theirsChanged ? Decision::Incoming : Decision::Unchanged;
    if (!theirsChanged)
        return Decision::Send;
    return same(mine, theirs) ? Decision::AlreadyEqual : Decision::Conflict;
}
