#pragma once

#include "SyncRow.h"

#include <QList>
#include <QStringList>

// The file and the server side by side, as Send Changes and Get Server Changes see them: every
// place either side changed since the copy was taken, with the value taken, mine and theirs.
struct SyncComparison
{
    QList<SyncRow> rows;
    // Server changes the copy has no place for (a user, group or field it does not hold): they
    // are left out; a fresh copy has them.
    qint64 unknownPlaces = 0;
    // The server's revision the rows were compared at: If-Match for the send, and the copy's new
    // taken revision once everything is settled.
    qint64 serverRevision = 0;
    // Field definitions the server changed that the file could not take, each with why.
    QStringList fieldNotes;
    // A plain file's places that are not sent at all, each with where and why: users the
    // server's account lacks (the first few named, the rest counted) and groups it lacks.
    QStringList heldBack;
    qint64 heldBackUsers = 0;
};
