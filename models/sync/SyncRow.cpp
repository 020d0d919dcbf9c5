#include "SyncRow.h"

using Decision = ThreeWayMerge::Decision;

bool SyncRow::sends() const
{
    switch (decision) {
    case Decision::Send:
        return true;
    case Decision::Conflict:
        if (choice == Choice::KeepMine)
            return true;
        // A typed value equal to theirs is already on the server.
        return choice == Choice::UseValue && !ThreeWayMerge::same(chosen, theirs);
    default:
        return false;
    }
}

ThreeWayMerge::Value SyncRow::sentValue() const
{
    return choice == Choice::UseValue ? chosen : mine;
}

ThreeWayMerge::Value SyncRow::settledValue() const
{
    switch (decision) {
    case Decision::Send:
    case Decision::AlreadyEqual:
    case Decision::Unchanged:
        return mine;
    case Decision::Incoming:
        return theirs;
    case Decision::Conflict:
        break;
    }
    switch (choice) {
    case Choice::KeepMine:
        return mine;
    case Choice::TakeTheirs:
        return theirs;
    case Choice::UseValue:
        return chosen;
    case Choice::Undecided:
        break;
    }
    return mine; // held: the file keeps its own value
}
