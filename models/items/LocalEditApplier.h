#pragma once

#include "domain/UserMetaOutcome.h"

#include <QCoreApplication>

class PendingEdits;
class SqliteStore;

// Writes one account's pending edits to a database file through the same apply path the server
// uses. All or nothing: refused edits stay pending, each with the reason on its cell.
class LocalEditApplier
{
    Q_DECLARE_TR_FUNCTIONS(LocalEditApplier)
public:
    struct Summary
    {
        bool ok = false;
        int sent = 0;
        UserMetaOutcome outcome;
        QString message; // what to tell the person, translated
    };

    static Summary apply(SqliteStore &store, PendingEdits &pending, qint64 accountId);
};
