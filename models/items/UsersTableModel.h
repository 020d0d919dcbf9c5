#pragma once

#include "domain/MetaField.h"
#include "domain/User.h"
#include "store/UserQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class PendingEdits;
class SqliteStore;
class QUndoStack;

// The users of one account as a table, loaded lazily in keyset pages: only the pages a view
// looks at are in memory, so a million users cost a count and a few pages. data() only reads
// the page cache. Meta-field columns show the stored value, or the pending edit over it.
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
        ColumnCount // meta-field columns follow
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the value to sort and filter by (typed JSON for meta)
        UserIdRole,
        EditStateRole, // an EditState for meta cells
        FieldNameRole  // the meta field's name, for meta columns
    };
    enum class EditState
    {
        Stored,
        Pending,
        Refused
    };
    static constexpr int kPageSize = 256;

    explicit UsersTableModel(SqliteStore *store, QObject *parent = nullptr);

    void setStore(SqliteStore *store, qint64 accountId);
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    // The meta fields shown as columns after the fixed ones.
    void setMetaColumns(const QList<MetaField> &fields);
    const QList<MetaField> &metaColumns() const { return m_metaColumns; }
    // Edits of meta cells become pending edits there, through the undo stack when one is set.
    void setPendingEdits(PendingEdits *pending, QUndoStack *undoStack);
    // Re-reads the count, the group names and drops every cached page.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Page
    {
        QList<User> users;
        QHash<qint64, QJsonObject> values; // user id -> field -> typed value
    };
    const User *userAt(int row, const Page **page = nullptr) const;
    const Page *page(int pageIndex) const;
    QString groupNames(const User &user) const;
    QVariant metaData(const User &user, const Page &page, const MetaField &field, int role) const;
    void pendingEntryChanged(qint64 accountId, qint64 userId, const QString &field);
    void allPendingChanged();

    SqliteStore *m_store = nullptr;
    qint64 m_accountId = 0;
    UserQuery m_query;
    int m_count = 0;
    QList<MetaField> m_metaColumns;
    QStringList m_metaNames;
    QHash<qint64, QString> m_groupNames;
    QPointer<PendingEdits> m_pending;
    QPointer<QUndoStack> m_undoStack;
    // Pages are fetched on demand; the cache and the keyset anchors are lookup state, not
    // model state, so they may change in const functions.
    mutable QCache<int, Page> m_pages{64};
    mutable QHash<int, qint64> m_pageAfter; // page index -> last user id of the page before it
};
