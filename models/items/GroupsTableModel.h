#pragma once

#include "domain/UserGroup.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class Store;

// The groups of one account with their member counts; the name column is checkable so a
// person can choose groups for a membership operation.
class GroupsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        GroupIdRole = Qt::UserRole + 1,
        RawValueRole
    };

    explicit GroupsTableModel(QObject *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
    // Reads the groups again; the same groups (by id, in order) are updated in place.
    void reload();
    const QList<UserGroup> &groups() const { return m_groups; }
    QList<qint64> checkedGroupIds() const;
    void setChecked(qint64 groupId, bool checked);
    void clearChecks();
    QString nameOf(qint64 groupId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();
    void loadFailed(const QString &error);

private:
    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    QList<UserGroup> m_groups;
    QSet<qint64> m_checked;
    quint64 m_generation = 0;
};
