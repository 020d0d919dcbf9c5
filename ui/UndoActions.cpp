#include "UndoActions.h"

#include "Icons.h"

#include <QAction>
#include <QUndoStack>

namespace {
// QUndoStack's own action renames itself after every step ("Undo Paste 46 cells"); this puts the
// fixed label back after it and keeps the full text where a person looks for it.
void keepLabel(QAction *action, const QString &label, const QString &full)
{
    action->setText(label);
    action->setIconText(QString(label).remove(QLatin1Char('&')));
    action->setToolTip(full);
    action->setStatusTip(full);
}
} // namespace

QAction *UndoActions::undo(QUndoStack *stack, QObject *parent, const std::function<void()> &run)
{
    QAction *action = stack->createUndoAction(parent);
    if (run) {
        QObject::disconnect(action, &QAction::triggered, stack, &QUndoStack::undo);
        QObject::connect(action, &QAction::triggered, action, run);
    }
    action->setObjectName(QStringLiteral("actionUndo"));
    action->setIcon(Icons::action("undo"));
    action->setShortcut(QKeySequence::Undo);
    auto update = [action](const QString &step) {
        keepLabel(action, tr("&Undo"),
                  step.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1").arg(step));
    };
    QObject::connect(stack, &QUndoStack::undoTextChanged, action, update);
    update(stack->undoText());
    return action;
}

QAction *UndoActions::redo(QUndoStack *stack, QObject *parent, const std::function<void()> &run)
{
    QAction *action = stack->createRedoAction(parent);
    if (run) {
        QObject::disconnect(action, &QAction::triggered, stack, &QUndoStack::redo);
        QObject::connect(action, &QAction::triggered, action, run);
    }
    action->setObjectName(QStringLiteral("actionRedo"));
    action->setIcon(Icons::action("redo"));
    action->setShortcut(QKeySequence::Redo);
    auto update = [action](const QString &step) {
        keepLabel(action, tr("&Redo"),
                  step.isEmpty() ? tr("Nothing to redo") : tr("Redo: %1").arg(step));
    };
    QObject::connect(stack, &QUndoStack::redoTextChanged, action, update);
    update(stack->redoText());
    return action;
}
