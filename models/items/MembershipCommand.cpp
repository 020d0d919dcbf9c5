#include "MembershipCommand.h"

#include <QUndoStack>

MembershipCommand::MembershipCommand(MembershipChange change, const QString &text)
    : QUndoCommand(text)
    , m_change(std::make_shared<MembershipChange>(std::move(change)))
{}

const MembershipCommand *MembershipCommand::at(const QUndoStack *stack, int index)
{
    if (!stack || index < 0 || index >= stack->count())
        return nullptr;
    return dynamic_cast<const MembershipCommand *>(stack->command(index));
}
