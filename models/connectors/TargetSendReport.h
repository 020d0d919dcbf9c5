#pragma once

#include "TargetHeldBack.h"
#include "store/ClientError.h"

#include <QJsonValue>
#include <QList>
#include <optional>

// Exactly what a send to another system did, one row per edit handed to it.
struct TargetSendReport
{
    enum class Outcome
    {
        Landed,    // the target answered that it took it (and, where it can be read, keeps it)
        NotLanded, // it did not: held back before sending, refused, not sent (reason says)
        Uncertain, // sent, but no answer says whether it landed
        Conflict   // the target's data changed since it was read: nothing was overwritten
    };
    struct Row
    {
        int editIndex = -1;
        MetaEdit edit;
        Outcome outcome = Outcome::NotLanded;
        QString location;
        QString reason; // translated; empty for a plain landing
        // A conflict: the target's value now (undefined when it holds none).
        std::optional<QJsonValue> current;
    };

    QList<Row> rows;  // in the order of the edits
    int requests = 0; // requests that went on the wire (retries included)
    bool cancelled = false;
    ClientError error; // what stopped the send as a whole (kind None if nothing did)

    int count(Outcome outcome) const
    {
        int n = 0;
        for (const Row &row : rows)
            n += row.outcome == outcome ? 1 : 0;
        return n;
    }
};
