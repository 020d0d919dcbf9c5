#pragma once

#include "PendingEditCommand.h"
#include "domain/MetaField.h"

#include <QJsonValue>
#include <optional>

// A value a person entered for one cell, as it becomes pending.
struct EnteredValue
{
    QJsonValue value; // typed and normalised when the field takes it; null clears
    QString problem;  // why the field refuses it (the value is then kept as entered)
};

// What makes a pending change, for every way a cell is edited: typing in the users table or
// the grid, Set Selected Cells, paste, fill and import. One rule, so the same entry gives the
// same pending value (type included) everywhere.
class PendingChangeRule
{
public:
    // Text or a typed value as entered: empty text, null or nothing clears; anything else is
    // read by the field's type (ValueValidator), normalised when it fits, kept as entered with
    // the reason when not, so the cell can say why.
    static EnteredValue enter(const MetaField &field, const QJsonValue &raw);
    // Whether `value` is what the cell holds already (clearing an empty cell included).
    static bool unchanged(const QJsonValue &value, const QJsonValue &stored);
    // The change entering makes to the cell `key` that holds `stored`: a pending entry, no
    // pending entry (back to what is stored), or nothing at all (nullopt) when the cell would
    // stay as it is.
    static std::optional<PendingEditCommand::Change> change(const PendingEdits &pending,
                                                            const PendingEdits::Key &key,
                                                            const EnteredValue &entered,
                                                            const QJsonValue &stored);
};
