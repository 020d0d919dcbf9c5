#pragma once

#include "domain/MetaField.h"
#include "domain/User.h"
#include "store/UserQuery.h"

#include <QTimer>
#include <QWidget>

class GroupsTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class Store;
class UsersTableModel;

// The users table with its search box and filters (by group, by a meta field's value).
class UsersArea : public QWidget
{
    Q_OBJECT
public:
    UsersArea(UsersTableModel *model, GroupsTableModel *groups, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The fields a person can show as columns or filter by.
    void setFields(const QList<MetaField> &fields);
    // Users on the selected rows (rows still loading are left out and counted in `missing`).
    QList<User> selectedUsers(int *missing = nullptr) const;
    int selectedRowCount() const;
    // Every row is selected (Select All): operations then mean "all users matching the filter"
    // and go by query instead of by row.
    bool allSelected() const;
    void clearFilters();

Q_SIGNALS:
    void selectionChanged();

private:
    void rebuildGroupFilter();
    void scheduleQuery();
    void applyQuery();

    UsersTableModel *m_model;
    GroupsTableModel *m_groups;
    QList<MetaField> m_fields;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_groupFilter;
    QComboBox *m_metaField;
    QComboBox *m_metaMatch;
    QLineEdit *m_metaValue;
    QLabel *m_problem;
    QTimer m_delay;
};
