#pragma once

#include "SyncPlace.h"
#include "ThreeWayMerge.h"

// One place where the file and the server differ, as the Send Changes plan lists it: the three
// values, the merge rule's decision, and for a conflict what the person chose.
struct SyncRow
{
    enum class Choice
    {
        Undecided,
        KeepMine,   // send mine over theirs
        TakeTheirs, // the file takes the server's value; nothing is sent
        UseValue    // the person typed the value both sides get
    };

    SyncPlace place;
    // For people: the user's name and, for a membership, the group's name.
    QString userName;
    QString groupName;
    ThreeWayMerge::Value taken;
    ThreeWayMerge::Value mine;
    ThreeWayMerge::Value theirs;
    ThreeWayMerge::Decision decision = ThreeWayMerge::Decision::Unchanged;
    Choice choice = Choice::Undecided;
    ThreeWayMerge::Value chosen; // the value of UseValue

    bool isConflict() const { return decision == ThreeWayMerge::Decision::Conflict; }
    // A conflict nobody decided yet: nothing happens to it, it stays in the file.
    bool isHeld() const { return isConflict() && choice == Choice::Undecided; }
    // Whether a value goes to the server, and which.
    bool sends() const;
    ThreeWayMerge::Value sentValue() const;
    // What the file holds once the plan is carried out (the server holds the same then).
    ThreeWayMerge::Value settledValue() const;
};
