#pragma once

#include "items/MembershipPlanner.h"

#include <QDialog>
#include <QHash>

class AffectedUsersModel;
class Prompter;
class QTableView;
class QTableWidget;

// What a group operation will change, before anything is sent or written: per group how many
// users gain or lose it, and every user it changes (scrollable, and exportable as CSV).
class GroupPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` names the operation ("Add to VIP"); `toServer` says whether Apply sends or writes.
    GroupPreviewDialog(const QString &what, const MembershipPlanner::Preview &preview,
                       const QHash<qint64, QString> &groupNames, bool toServer, Prompter *prompter,
                       QWidget *parent = nullptr);

    QString summary() const { return m_summary; }
    QTableWidget *groups() const { return m_groups; }
    QTableView *users() const { return m_users; }
    AffectedUsersModel *usersModel() const { return m_model; }
    // Writes the affected users as CSV; false if the file cannot be written.
    bool exportTo(const QString &path) const;

private:
    void chooseAndExport();

    QString m_summary;
    Prompter *m_prompter;
    QTableWidget *m_groups;
    QTableView *m_users;
    AffectedUsersModel *m_model;
};
