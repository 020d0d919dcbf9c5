#pragma once

#include "domain/GroupOperation.h"
#include "domain/User.h"
#include "items/MembershipChange.h"
#include "items/MembershipPlanner.h"
#include "store/ApplyReport.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class GroupsTableModel;
class MembershipCommand;
class Prompter;
class QLabel;
class QRadioButton;
class QTableView;
class QUndoStack;
class Store;
class UsersArea;
class UsersTableModel;

// Add to / Replace with / Remove from the chosen groups, or Drop all memberships, for the
// selected users or all users matching the filter. Shows what will change before anything is
// sent, then what the server said.
class MembershipPanel : public QWidget
{
    Q_OBJECT
public:
    // Up to this many users are planned at once; more on a thread (a million take seconds).
    static constexpr int kInlinePlanLimit = 20000;
    // Up to this many request results are listed one by one; more are counted.
    static constexpr int kListedResults = 5;

    MembershipPanel(GroupsTableModel *groups, UsersArea *users, UsersTableModel *usersModel,
                    QWidget *parent = nullptr);
    void setStore(Store *store, qint64 accountId);
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Where each operation goes as one undo step (exactly the memberships it changed).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Runs an operation on the chosen scope; `matching` picks all users matching the filter.
    void run(GroupOperation::Kind kind, bool matching);
    // Takes a group step back or makes it again: the same preview, then the requests; the stack
    // moves once all of them landed.
    void step(const MembershipCommand *command, MembershipChange::Direction direction);
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void membershipsChanged();
    void busyChanged(bool busy);

private:
    void updateScopeCounts();
    void send(GroupOperation::Kind kind, QList<User> users, const QList<qint64> &groups);
    void confirmAndApply(GroupOperation::Kind kind, const QList<qint64> &groups,
                         const MembershipPlanner::Preview &preview,
                         const QList<GroupOperation> &operations);
    bool confirm(const QString &what, const MembershipPlanner::Preview &preview);
    void applyOperations(qint64 accountId, const QList<GroupOperation> &operations,
                         const std::function<void(const ApplyReport &report, bool toServer)> &done);
    void moveStack(const MembershipCommand *command, MembershipChange::Direction direction);
    static QString reportText(const ApplyReport &report, bool toServer);
    void finish(const QString &message);

    GroupsTableModel *m_groups;
    UsersArea *m_users;
    UsersTableModel *m_usersModel;
    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    Prompter *m_prompter = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTableView *m_groupList;
    QRadioButton *m_selectedScope;
    QRadioButton *m_matchingScope;
    QLabel *m_result;
    QString m_lastMessage;
    bool m_busy = false;
};
