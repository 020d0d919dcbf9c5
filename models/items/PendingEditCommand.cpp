#include "PendingEditCommand.h"

PendingEditCommand::PendingEditCommand(PendingEdits *pending, QList<Change> changes,
                                       const QString &text)
    : QUndoCommand(text)
    , m_pending(pending)
    , m_changes(std::move(changes))
{
}

void PendingEditCommand::put(PendingEdits *pending, const PendingEdits::Key &key,
                             const std::optional<PendingEdits::Entry> &entry)
{
    if (entry)
        pending->set(key, *entry);
    else
        pending->remove(key);
}

void PendingEditCommand::redo()
{
    for (const Change &c : m_changes)
        put(m_pending, c.key, c.after);
}

void PendingEditCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        put(m_pending, it->key, it->before);
}
