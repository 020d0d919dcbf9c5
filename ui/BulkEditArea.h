#pragma once

#include "domain/MetaField.h"
#include "domain/User.h"
#include "items/BulkEditModel.h"

#include <QWidget>

class PendingEdits;
class Prompter;
class QAction;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;
class QUndoStack;
class Store;
class UsersArea;
class UsersTableModel;

// The Bulk Edit area: a grid of chosen users × chosen fields over the shared pending edits, with
// the actions that change many cells at once (each one undo step), a payload preview and Apply.
class BulkEditArea : public QWidget
{
    Q_OBJECT
public:
    BulkEditArea(PendingEdits *pending, QUndoStack *undoStack, UsersArea *usersArea,
                 UsersTableModel *usersModel, QWidget *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Every field that can be a column.
    void setFields(const QList<MetaField> &fields);
    // The columns (field names, in schema order).
    void chooseFields(const QStringList &names);
    QStringList chosenFields() const;
    // The rows.
    void useUsers(const QList<User> &users);
    void useSelectedUsers();
    void useMatchingUsers();

    BulkEditModel *model() const { return m_model; }
    // The area's actions and its Fields menu, for the menu bar.
    QMenu *menu() const { return m_menu; }
    QTableView *view() const { return m_view; }

    // The grid's actions (objectNames action<Name>), for menus and tests.
    void setSelectedCells();
    void fillDown();
    void clearSelected();
    void pasteClipboard();
    void showPayloadPreview();

    // What a bulk action did, for the line under the grid: `done` ("46 cells pasted") and
    // how many of them are not valid or already held the value.
    static QString describe(const BulkEditModel::Outcome &outcome, const QString &done);

Q_SIGNALS:
    // Apply the pending edits of the account (MainWindow runs it with progress and Cancel).
    void applyRequested();

private:
    void rebuildFieldMenu();
    void resetContents();
    void updateSummary();

    BulkEditModel *m_model;
    PendingEdits *m_pending;
    UsersArea *m_usersArea;
    UsersTableModel *m_usersModel;
    QTableView *m_view;
    QToolButton *m_fieldsButton;
    QLabel *m_summary;
    QMenu *m_menu;
    QLabel *m_empty; // instead of the grid while it has no rows or no columns
    Store *m_store = nullptr;
    qint64 m_accountId = 0;
    Prompter *m_prompter = nullptr;
    QList<MetaField> m_allFields;
    QStringList m_chosen;
    QList<User> m_users;
};
