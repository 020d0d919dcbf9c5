#pragma once

#include "store/ClientError.h"

#include <QStringList>

// What Send Changes or Get Server Changes did, exactly: how many places went to the server and
// landed, which did not and why, what the file took from the server, what stays held.
struct SyncOutcome
{
    qint64 landed = 0;      // places written on the server
    qint64 notLanded = 0;   // places that were to be sent and were not: still to send
    qint64 fileUpdated = 0; // places the file took from the server or settled
    qint64 held = 0;        // conflicts nobody decided: they stay as they are
    qint64 unknownPlaces = 0;
    QStringList problems; // each place or operation that did not land, and why
    QStringList notes;    // field definitions not taken, and the like
    QStringList heldBack; // a plain file's users and groups the server lacks, not sent
    ClientError error;    // what stopped it as a whole (kind None if nothing did)
    bool cancelled = false;
    bool revisionMoved = false; // the copy stands at the server's revision now

    bool complete() const { return notLanded == 0 && !error.isError() && !cancelled; }
};
