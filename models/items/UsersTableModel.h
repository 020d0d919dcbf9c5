#pragma once

#include "domain/User.h"
#include "store/UserQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>

class SqliteStore;

// The users of one account as a table, loaded lazily in keyset pages: only the pages a view
// looks at are in memory, so a million users cost a count and a few pages. data() only reads
// the page cache.
class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        GroupsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the value to sort and filter by
        UserIdRole
    };
    static constexpr int kPageSize = 256;

    explicit UsersTableModel(SqliteStore *store, QObject *parent = nullptr);

    void setStore(SqliteStore *store, qint64 accountId);
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    // Re-reads the count, the group names and drops every cached page.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const User *userAt(int row) const;
    const QList<User> *page(int pageIndex) const;
    QString groupNames(const User &user) const;

    SqliteStore *m_store = nullptr;
    qint64 m_accountId = 0;
    UserQuery m_query;
    int m_count = 0;
    QHash<qint64, QString> m_groupNames;
    // Pages are fetched on demand; the cache and the keyset anchors are lookup state, not
    // model state, so they may change in const functions.
    mutable QCache<int, QList<User>> m_pages{64};
    mutable QHash<int, qint64> m_pageAfter; // page index -> last user id of the page before it
};
