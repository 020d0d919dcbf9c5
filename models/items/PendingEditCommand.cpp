#include "PendingEditCommand.h"

PendingEditCommand::PendingEditCommand(PendingEdits *pending, QList<Change> changes,
                                       const QString &text)
    : QUndoCommand(text)
    , m_pending(pending)
    , m_changes(std::move(changes))
{}

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
    if (m_changes.size() > 1) {
        QList<std::pair<PendingEdits::Key, std::optional<PendingEdits::Entry>>> batch;
        batch.reserve(m_changes.size());
        for (const Change &c : m_changes)
            batch.append({c.key, c.after});
        m_pending->setMany(batch);
        return;
    }
    for (const Change &c : m_changes)
        put(m_pending, c.key, c.after);
}

void PendingEditCommand::undo()
{
    if (m_changes.size() > 1) {
        // Reverse order, so that a key changed twice in one command ends as it began.
        QList<std::pair<PendingEdits::Key, std::optional<PendingEdits::Entry>>> batch;
        batch.reserve(m_changes.size());
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            batch.append({it->key, it->before});
        m_pending->setMany(batch);
        return;
    }
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        put(m_pending, it->key, it->before);
}
