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
#include <QSet>

class PendingEdits;
class Store;
class QUndoStack;

// The users of one account as a table, loaded lazily in pages through the Store: only the pages
// a view looks at are in memory, so a million users cost a count and a few pages. data() only
// reads the page cache; a missing page is requested and shows as "…" until it arrives (every
// store answers later, so no query ever runs inside data() or a paint). Meta-field columns show the
// stored value, or the pending edit over it.
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

    explicit UsersTableModel(QObject *parent = nullptr);

    void setStore(Store *store, qint64 accountId);
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
    // Re-reads the data after a write without a reset: rows stay where they are, so the
    // selection and the scroll position survive; only a changed count adds or removes rows.
    void refresh();
    // True once the first page (and so the count) has arrived for the current query.
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_error; }
    // The user on a row if its page is loaded (0 otherwise).
    qint64 userIdAt(int row) const;
    // The groups of the user on a loaded row.
    // The user's record at `row` (names, email, status, groups); an empty one (id 0) when its
    // page is not loaded.
    User recordAt(int row) const;
    QList<qint64> groupsAt(int row) const;
    // Whether the row and its meta values have arrived (cells can be edited from then on).
    bool valuesLoadedAt(int row) const;
    // The stored (not pending) value of a loaded cell; undefined if none or not loaded.
    QJsonValue storedValue(int row, const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The first page of a (re)load arrived: the row count is known.
    void loaded();
    // A query or page could not be loaded; the sentence says why.
    void loadFailed(const QString &error);

private:
    struct Page
    {
        QList<User> users;
        QHash<qint64, QJsonObject> values; // user id -> field -> typed value
        bool valuesLoaded = false;
    };
    const User *userAt(int row, const Page **page = nullptr) const;
    const Page *page(int pageIndex) const;
    void requestPage(int pageIndex) const;
    void fetchFirstPage();
    void pageArrived(int pageIndex, quint64 generation, const QList<User> &users, qint64 total,
                     qint64 next);
    void valuesArrived(int pageIndex, quint64 generation, const QHash<qint64, QJsonObject> &values);
    QString groupNames(const User &user) const;
    QVariant metaData(const User &user, const Page &page, const MetaField &field, int role) const;
    void pendingEntryChanged(qint64 accountId, qint64 userId, const QString &field);
    void allPendingChanged();
    void emitPageChanged(int pageIndex);

    QPointer<Store> m_store;
    qint64 m_accountId = 0;
    UserQuery m_query;
    int m_count = 0;
    bool m_loaded = false;
    bool m_refreshing = false;
    QString m_error;
    QList<MetaField> m_metaColumns;
    QStringList m_metaNames;
    QHash<qint64, QString> m_groupNames;
    QPointer<PendingEdits> m_pending;
    QPointer<QUndoStack> m_undoStack;
    // Pages arrive on request; the cache, the keyset anchors and the requests in flight are
    // lookup state, not model state, so they change in const functions.
    quint64 m_generation = 0; // answers for an older query are dropped
    mutable QCache<int, Page> m_pages{64};
    mutable QHash<int, qint64> m_pageAfter; // page index -> last user id of the page before it
    mutable QSet<int> m_requested;
    mutable QSet<int> m_wanted; // pages asked for that need earlier pages first (no seeking)
};
