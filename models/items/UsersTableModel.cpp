#include "UsersTableModel.h"

#include "store/SqliteStore.h"

#include <QStringList>
#include <limits>

UsersTableModel::UsersTableModel(SqliteStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void UsersTableModel::setStore(SqliteStore *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
    reload();
}

void UsersTableModel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    reload();
}

void UsersTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    reload();
}

void UsersTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageAfter.clear();
    m_pageAfter.insert(0, 0);
    m_groupNames.clear();
    m_count = 0;
    if (m_store && m_accountId != 0) {
        const qint64 count = m_store->countUsers(m_accountId, m_query);
        m_count = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
        for (const UserGroup &g : m_store->groups(m_accountId))
            m_groupNames.insert(g.id, g.name);
    }
    endResetModel();
}

int UsersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int UsersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<User> *UsersTableModel::page(int pageIndex) const
{
    if (const QList<User> *cached = m_pages.object(pageIndex))
        return cached;
    // Start from the nearest page whose keyset anchor is known and skip forward from there.
    int anchorPage = pageIndex;
    while (!m_pageAfter.contains(anchorPage))
        --anchorPage;
    const qint64 skip = qint64(pageIndex - anchorPage) * kPageSize;
    auto *users = new QList<User>(
        m_store->users(m_accountId, m_query, m_pageAfter.value(anchorPage), kPageSize, skip));
    if (!users->isEmpty())
        m_pageAfter.insert(pageIndex + 1, users->last().id);
    m_pages.insert(pageIndex, users);
    return m_pages.object(pageIndex);
}

const User *UsersTableModel::userAt(int row) const
{
    if (row < 0 || row >= m_count || !m_store)
        return nullptr;
    const QList<User> *users = page(row / kPageSize);
    const int offset = row % kPageSize;
    return users && offset < users->size() ? &users->at(offset) : nullptr;
}

QString UsersTableModel::groupNames(const User &user) const
{
    QStringList names;
    for (qint64 id : user.groups)
        names << m_groupNames.value(id, QString::number(id));
    return names.join(QStringLiteral(", "));
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const User *user = userAt(index.row());
    if (!user)
        return {};
    if (role == UserIdRole)
        return user->id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return role == Qt::DisplayRole ? QVariant(QString::number(user->id)) : QVariant(user->id);
    case FirstNameColumn:
        return user->firstName;
    case LastNameColumn:
        return user->lastName;
    case EmailColumn:
        return user->email;
    case GroupsColumn:
        return groupNames(*user);
    case StatusColumn:
        return user->status;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("ID");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case EmailColumn:
        return tr("Email");
    case GroupsColumn:
        return tr("Groups");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
