#include "GroupsTableModel.h"

#include "store/Store.h"

#include <QLocale>
#include <algorithm>

namespace {
bool sameGroups(const QList<UserGroup> &a, const QList<UserGroup> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const UserGroup &x, const UserGroup &y) { return x.id == y.id; });
}
} // namespace

GroupsTableModel::GroupsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GroupsTableModel::setStore(Store *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
    m_checked.clear();
    reload();
}

void GroupsTableModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        beginResetModel();
        m_groups.clear();
        endResetModel();
        return;
    }
    m_store->fetchGroups(
        m_accountId, this, [this, generation](const StoreReply<QList<UserGroup>> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                Q_EMIT loadFailed(reply.errorText());
                return;
            }
            // The same groups with new names or counts (a write here or in another program):
            // update in place so that views keep their selection and scroll position.
            if (sameGroups(m_groups, reply.value)) {
                m_groups = reply.value;
                if (!m_groups.isEmpty())
                    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                return;
            }
            beginResetModel();
            m_groups = reply.value;
            endResetModel();
        });
}

QList<qint64> GroupsTableModel::checkedGroupIds() const
{
    QList<qint64> ids;
    for (const UserGroup &g : m_groups) {
        if (m_checked.contains(g.id))
            ids << g.id;
    }
    return ids;
}

void GroupsTableModel::setChecked(qint64 groupId, bool checked)
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == groupId)
            setData(index(row, NameColumn), checked ? Qt::Checked : Qt::Unchecked,
                    Qt::CheckStateRole);
    }
}

void GroupsTableModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QString GroupsTableModel::nameOf(qint64 groupId) const
{
    for (const UserGroup &g : m_groups) {
        if (g.id == groupId)
            return g.name;
    }
    return QString::number(groupId);
}

int GroupsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UserGroup &g = m_groups.at(index.row());
    if (role == GroupIdRole)
        return g.id;
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return m_checked.contains(g.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return g.name;
    case MembersColumn:
        return role == RawValueRole ? QVariant(g.members) : QVariant(QLocale().toString(g.members));
    case IdColumn:
        return role == RawValueRole ? QVariant(g.id) : QVariant(QString::number(g.id));
    case ColumnCount:
        break;
    }
    return {};
}

bool GroupsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_groups.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags GroupsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant GroupsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Group");
    case MembersColumn:
        return tr("Members");
    case IdColumn:
        return tr("ID");
    case ColumnCount:
        break;
    }
    return {};
}
