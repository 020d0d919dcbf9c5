#pragma once

#include "PendingEdits.h"

#include <QUndoCommand>
#include <optional>

// One undo step over any number of pending cells: a typed value, a paste or a fill is one
// command that remembers what each cell was pending before.
class PendingEditCommand : public QUndoCommand
{
public:
    struct Change
    {
        PendingEdits::Key key;
        std::optional<PendingEdits::Entry> before;
        std::optional<PendingEdits::Entry> after; // nullopt: the cell is no longer pending
    };

    PendingEditCommand(PendingEdits *pending, QList<Change> changes, const QString &text);

    void redo() override;
    void undo() override;
    int size() const { return int(m_changes.size()); }

private:
    static void put(PendingEdits *pending, const PendingEdits::Key &key,
                    const std::optional<PendingEdits::Entry> &entry);
    PendingEdits *m_pending;
    QList<Change> m_changes;
};
