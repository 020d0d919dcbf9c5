#pragma once

#include <QCoreApplication>
#include <functional>

class QAction;
class QObject;
class QUndoStack;

// Edit › Undo and Redo over a stack. Their labels stay "Undo" and "Redo" so the toolbar does not
// jump as the step changes; what would be undone or redone is in the tooltip and status tip.
class UndoActions
{
    Q_DECLARE_TR_FUNCTIONS(UndoActions)
public:
    // With `run`, triggering the action calls it instead of the stack (a step that has to be
    // sent first moves the stack itself).
    static QAction *undo(QUndoStack *stack, QObject *parent, const std::function<void()> &run = {});
    static QAction *redo(QUndoStack *stack, QObject *parent, const std::function<void()> &run = {});
};
