#pragma once

#include "MembershipChange.h"

#include <QUndoCommand>
#include <memory>

// A group operation as one undo step. Taking it back is sent or written like the operation
// itself, after the same preview, and may fail or be cancelled, so it cannot happen inside
// QUndoStack::undo(): whoever runs Undo applies change()'s operations first and moves the stack
// once all of them landed. undo() and redo() themselves change nothing; the change is shared so
// that an apply still running outlives the command if the stack drops it.
class MembershipCommand : public QUndoCommand
{
public:
    MembershipCommand(MembershipChange change, const QString &text);

    void undo() override {}
    void redo() override {}

    std::shared_ptr<MembershipChange> change() const { return m_change; }
    // The command at `index` of `stack` if it is one, else null.
    static const MembershipCommand *at(const QUndoStack *stack, int index);

private:
    std::shared_ptr<MembershipChange> m_change;
};
