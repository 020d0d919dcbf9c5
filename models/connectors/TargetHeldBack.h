#pragma once

#include "domain/MetaEdit.h"

#include <QString>

// An edit that is not sent, found before anything was: which one, where, and why.
struct TargetHeldBack
{
    int editIndex = -1; // index into the list of edits planned
    MetaEdit edit;
    QString location; // e.g. "user 12 › plan", for the report's location column
    QString reason;   // translated
};
