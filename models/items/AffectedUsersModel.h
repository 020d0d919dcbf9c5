#pragma once

#include "MembershipPlanner.h"

#include <QAbstractTableModel>
#include <QHash>

// The users a group operation would change, one row each, with the groups each gains and loses:
// what the group preview lists (a whole filter can be a million rows; data() stays cheap).
class AffectedUsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        EmailColumn,
        GainsColumn,
        LossesColumn,
        ColumnCount
    };

    // `groupNames` names the groups by id (a group without a name shows its id).
    AffectedUsersModel(QList<MembershipPlanner::AffectedUser> users,
                       QHash<qint64, QString> groupNames, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every row as CSV (user_id, first_name, last_name, email, gains, losses), header first.
    QString csv() const;

private:
    QString names(const QList<qint64> &groups) const;

    QList<MembershipPlanner::AffectedUser> m_users;
    QHash<qint64, QString> m_groupNames;
};
