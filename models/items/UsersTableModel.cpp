#include "UsersTableModel.h"

#include "PendingChangeRule.h"
#include "PendingEdits.h"
#include "StateColours.h"
#include "domain/MetaValueText.h"
#include "store/Store.h"

#include <QColor>
#include <QStringList>
#include <QUndoStack>
#include <algorithm>
#include <limits>

UsersTableModel::UsersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsersTableModel::setStore(Store *store, qint64 accountId)
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

void UsersTableModel::setMetaColumns(const QList<MetaField> &fields)
{
    m_metaColumns = fields;
    m_metaNames.clear();
    for (const MetaField &f : fields)
        m_metaNames << f.name;
    // Pages carry only the values of the shown fields.
    reload();
}

void UsersTableModel::setPendingEdits(PendingEdits *pending, QUndoStack *undoStack)
{
    if (m_pending)
        disconnect(m_pending, nullptr, this, nullptr);
    m_pending = pending;
    m_undoStack = undoStack;
    if (pending) {
        connect(pending, &PendingEdits::entryChanged, this, [this](const PendingEdits::Key &key) {
            pendingEntryChanged(key.accountId, key.userId, key.field);
        });
        connect(pending, &PendingEdits::reset, this, &UsersTableModel::allPendingChanged);
    }
    allPendingChanged();
}

void UsersTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pageAfter.clear();
    m_pageAfter.insert(0, 0);
    m_requested.clear();
    m_wanted.clear();
    m_groupNames.clear();
    m_count = 0;
    m_loaded = false;
    m_refreshing = false;
    m_error.clear();
    endResetModel();
    if (!m_store)
        return;
    fetchFirstPage();
}

void UsersTableModel::refresh()
{
    if (!m_store || !m_loaded) {
        reload();
        return;
    }
    ++m_generation;
    m_pages.clear();
    m_pageAfter.clear();
    m_pageAfter.insert(0, 0);
    m_requested.clear();
    m_wanted.clear();
    m_refreshing = true;
    // A reload starts clean: what failed before (a server that was down) is asked again.
    m_error.clear();
    fetchFirstPage();
}

void UsersTableModel::fetchFirstPage()
{
    const quint64 generation = m_generation;
    m_store->fetchGroups(
        m_accountId, this, [this, generation](const StoreReply<QList<UserGroup>> &reply) {
            if (generation != m_generation || !reply.ok())
                return;
            for (const UserGroup &g : reply.value)
                m_groupNames.insert(g.id, g.name);
            if (m_count > 0)
                Q_EMIT dataChanged(index(0, GroupsColumn), index(m_count - 1, GroupsColumn));
        });
    requestPage(0);
}

int UsersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int UsersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_metaColumns.size());
}

void UsersTableModel::requestPage(int pageIndex) const
{
    if (!m_store || m_requested.contains(pageIndex))
        return;
    // Requests finish through callbacks that change the model: they belong to the non-const
    // model, which a const data() only asks for a page it does not hold yet.
    auto *self = const_cast<UsersTableModel *>(this);
    const quint64 generation = m_generation;
    auto failed = [self, pageIndex, generation](const QString &error) {
        if (generation != self->m_generation)
            return;
        self->m_requested.remove(pageIndex);
        self->m_error = error;
        // Never from inside data(): a view may be painting.
        QMetaObject::invokeMethod(
            self, [self, error] { Q_EMIT self->loadFailed(error); }, Qt::QueuedConnection);
    };
    const bool anchored = m_pageAfter.contains(pageIndex) && m_query.isIdOrder();
    if (anchored) {
        m_requested.insert(pageIndex);
        m_store->fetchUsers(m_accountId, m_query, m_pageAfter.value(pageIndex), kPageSize, self,
                            [self, pageIndex, generation, failed](const StoreReply<UserPage> &r) {
                                if (!r.ok())
                                    return failed(r.errorText());
                                self->pageArrived(pageIndex, generation, r.value.users,
                                                  r.value.total, r.value.next);
                            });
    } else if (m_store->canSeek()) {
        m_requested.insert(pageIndex);
        const qint64 start = qint64(pageIndex) * kPageSize;
        if (m_loaded && start > m_count / 2) {
            // Far pages are read from the other end: the same rows in reverse order, so the
            // database skips few rows instead of nearly all of them (jump to the last row).
            UserQuery reversed = m_query;
            reversed.fromEnd = !m_query.fromEnd;
            const qint64 end = qMin<qint64>(start + kPageSize, m_count);
            m_store->fetchUsersAt(
                m_accountId, reversed, m_count - end, int(end - start), self,
                [self, pageIndex, generation, failed](const StoreReply<UserPage> &r) {
                    if (!r.ok())
                        return failed(r.errorText());
                    QList<User> users = r.value.users;
                    std::reverse(users.begin(), users.end());
                    self->pageArrived(pageIndex, generation, users, -1, -1);
                });
            return;
        }
        m_store->fetchUsersAt(m_accountId, m_query, start, kPageSize, self,
                              [self, pageIndex, generation, failed](const StoreReply<UserPage> &r) {
                                  if (!r.ok())
                                      return failed(r.errorText());
                                  self->pageArrived(pageIndex, generation, r.value.users,
                                                    r.value.total, -1);
                              });
    } else {
        // Keyset only: walk forward from the nearest page whose anchor is known.
        m_wanted.insert(pageIndex);
        int known = pageIndex;
        while (!m_pageAfter.contains(known))
            --known;
        requestPage(known);
    }
}

void UsersTableModel::pageArrived(int pageIndex, quint64 generation, const QList<User> &users,
                                  qint64 total, qint64 next)
{
    Q_UNUSED(next)
    if (generation != m_generation)
        return;
    m_requested.remove(pageIndex);
    auto *arrived = new Page;
    arrived->users = users;
    arrived->valuesLoaded = m_metaNames.isEmpty();
    if (!users.isEmpty())
        m_pageAfter.insert(pageIndex + 1, users.last().id);
    m_pages.insert(pageIndex, arrived);

    if (pageIndex == 0 && m_refreshing) {
        m_refreshing = false;
        const int rows =
            int(qMin<qint64>(total >= 0 ? total : users.size(), std::numeric_limits<int>::max()));
        if (rows > m_count) {
            beginInsertRows({}, m_count, rows - 1);
            m_count = rows;
            endInsertRows();
        } else if (rows < m_count) {
            beginRemoveRows({}, rows, m_count - 1);
            m_count = rows;
            endRemoveRows();
        }
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
        Q_EMIT loaded();
    }
    if (pageIndex == 0 && !m_loaded) {
        m_loaded = true;
        const qint64 count = total >= 0 ? total : users.size();
        const int rows = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
        if (rows > 0) {
            beginInsertRows({}, 0, rows - 1);
            m_count = rows;
            endInsertRows();
        }
        Q_EMIT loaded();
    }
    if (!users.isEmpty() && !m_metaNames.isEmpty()) {
        QList<qint64> ids;
        ids.reserve(users.size());
        for (const User &u : users)
            ids << u.id;
        m_store->fetchMetaValues(
            m_accountId, ids, m_metaNames, this,
            [this, pageIndex, generation](const StoreReply<QHash<qint64, QJsonObject>> &r) {
                if (r.ok())
                    valuesArrived(pageIndex, generation, r.value);
            });
    }
    // Pages further on that were waiting for this one's anchor.
    const QSet<int> wanted = m_wanted;
    for (int w : wanted) {
        if (m_pageAfter.contains(w)) {
            m_wanted.remove(w);
            requestPage(w);
        } else if (w > pageIndex && !users.isEmpty()) {
            requestPage(pageIndex + 1);
        }
    }
    emitPageChanged(pageIndex);
}

void UsersTableModel::valuesArrived(int pageIndex, quint64 generation,
                                    const QHash<qint64, QJsonObject> &values)
{
    if (generation != m_generation)
        return;
    Page *p = m_pages.object(pageIndex);
    if (!p)
        return;
    p->values = values;
    p->valuesLoaded = true;
    emitPageChanged(pageIndex);
}

void UsersTableModel::emitPageChanged(int pageIndex)
{
    const int first = pageIndex * kPageSize;
    const int last = qMin(m_count, first + kPageSize) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

const UsersTableModel::Page *UsersTableModel::page(int pageIndex) const
{
    if (const Page *cached = m_pages.object(pageIndex))
        return cached;
    // Only asks: every store answers later, off this thread, and dataChanged() follows.
    requestPage(pageIndex);
    return nullptr;
}

const User *UsersTableModel::userAt(int row, const Page **pageOut) const
{
    if (row < 0 || row >= m_count || !m_store)
        return nullptr;
    const Page *p = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (!p || offset >= p->users.size())
        return nullptr;
    if (pageOut)
        *pageOut = p;
    return &p->users.at(offset);
}

qint64 UsersTableModel::userIdAt(int row) const
{
    const Page *p = m_pages.object(row / kPageSize);
    const int offset = row % kPageSize;
    return p && row >= 0 && offset < p->users.size() ? p->users.at(offset).id : 0;
}

User UsersTableModel::recordAt(int row) const
{
    const User *u = userAt(row);
    return u ? *u : User{};
}

QList<qint64> UsersTableModel::groupsAt(int row) const
{
    const Page *p = m_pages.object(row / kPageSize);
    const int offset = row % kPageSize;
    return p && row >= 0 && offset < p->users.size() ? p->users.at(offset).groups : QList<qint64>{};
}

bool UsersTableModel::valuesLoadedAt(int row) const
{
    const Page *p = m_pages.object(row / kPageSize);
    return p && row >= 0 && row % kPageSize < p->users.size() && p->valuesLoaded;
}

QJsonValue UsersTableModel::storedValue(int row, const QString &field) const
{
    const Page *p = m_pages.object(row / kPageSize);
    const int offset = row % kPageSize;
    if (!p || row < 0 || offset >= p->users.size())
        return QJsonValue(QJsonValue::Undefined);
    return p->values.value(p->users.at(offset).id).value(field);
}

QString UsersTableModel::groupNames(const User &user) const
{
    QStringList names;
    for (qint64 id : user.groups)
        names << m_groupNames.value(id, QString::number(id));
    return names.join(QStringLiteral(", "));
}

QVariant UsersTableModel::metaData(const User &user, const Page &page, const MetaField &field,
                                   int role) const
{
    const QJsonValue stored = page.values.value(user.id).value(field.name);
    const PendingEdits::Entry *pending =
        m_pending ? m_pending->find({m_accountId, user.id, field.name}) : nullptr;
    const QJsonValue shown = pending ? pending->value : stored;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return MetaValueText::display(shown);
    case RawValueRole:
        return shown.toVariant();
    case FieldNameRole:
        return field.name;
    case EditStateRole:
        return QVariant::fromValue(int(!pending                     ? EditState::Stored
                                       : pending->problem.isEmpty() ? EditState::Pending
                                                                    : EditState::Refused));
    case Qt::BackgroundRole:
        if (!pending)
            return {};
        return StateColours::background(pending->problem.isEmpty() ? StateColours::Tone::Pending
                                                                   : StateColours::Tone::Problem);
    case Qt::ToolTipRole: {
        if (!pending)
            return {};
        return PendingEdits::describe(*pending, stored, m_store && m_store->isRemote());
    }
    default:
        return {};
    }
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // The column's field is known before its rows arrive.
    if (role == FieldNameRole && index.column() >= ColumnCount)
        return m_metaColumns.at(index.column() - ColumnCount).name;
    const Page *p = nullptr;
    const User *user = userAt(index.row(), &p);
    if (!user) {
        // The page is on its way.
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return QStringLiteral("…");
        return {};
    }
    if (role == UserIdRole)
        return user->id;
    if (index.column() >= ColumnCount)
        return metaData(*user, *p, m_metaColumns.at(index.column() - ColumnCount), role);
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
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

Qt::ItemFlags UsersTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= ColumnCount && m_pending)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UsersTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_pending || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() < ColumnCount)
        return false;
    const Page *p = nullptr;
    const User *user = userAt(index.row(), &p);
    // Until the stored values arrive the edit's base is unknown: nothing to compare it with.
    if (!user || !p->valuesLoaded)
        return false;
    const MetaField &field = m_metaColumns.at(index.column() - ColumnCount);
    const QJsonValue stored = p->values.value(user->id).value(field.name);
    // Editors hand over text or a typed value; checked as entered, so a bad value is marked
    // before anything is sent.
    const std::optional<PendingEditCommand::Change> change = PendingChangeRule::change(
        *m_pending, {m_accountId, user->id, field.name},
        PendingChangeRule::enter(field, QJsonValue::fromVariant(value)), stored);
    if (!change)
        return true;
    auto *command = new PendingEditCommand(
        m_pending, {*change}, tr("Edit %1 of user %2").arg(field.displayName()).arg(user->id));
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return true;
}

void UsersTableModel::pendingEntryChanged(qint64 accountId, qint64 userId, const QString &field)
{
    if (accountId != m_accountId)
        return;
    const int column = int(m_metaNames.indexOf(field));
    if (column < 0)
        return;
    for (int pageIndex : m_pages.keys()) {
        const Page *p = m_pages.object(pageIndex);
        for (int i = 0; i < p->users.size(); ++i) {
            if (p->users.at(i).id == userId) {
                const QModelIndex cell = index(pageIndex * kPageSize + i, ColumnCount + column);
                Q_EMIT dataChanged(cell, cell);
                return;
            }
        }
    }
}

void UsersTableModel::allPendingChanged()
{
    if (m_count > 0 && !m_metaColumns.isEmpty())
        Q_EMIT dataChanged(index(0, ColumnCount), index(m_count - 1, columnCount() - 1));
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount && section < columnCount()) {
        const MetaField &field = m_metaColumns.at(section - ColumnCount);
        if (role == Qt::DisplayRole)
            return field.displayName();
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(field.name, MetaTypes::name(field.type));
        return {};
    }
    if (role != Qt::DisplayRole)
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

void UsersTableModel::sort(int column, Qt::SortOrder order)
{
    UserQuery query = m_query;
    query.descending = order == Qt::DescendingOrder;
    query.sortField.clear();
    switch (column) {
    case IdColumn:
        query.sort = UserQuery::Sort::Id;
        break;
    case FirstNameColumn:
        query.sort = UserQuery::Sort::FirstName;
        break;
    case LastNameColumn:
        query.sort = UserQuery::Sort::LastName;
        break;
    case EmailColumn:
        query.sort = UserQuery::Sort::Email;
        break;
    case StatusColumn:
        query.sort = UserQuery::Sort::Status;
        break;
    default:
        if (column < ColumnCount || column >= columnCount())
            return; // groups: no meaningful order
        query.sort = UserQuery::Sort::Meta;
        query.sortField = m_metaColumns.at(column - ColumnCount).name;
        break;
    }
    if (m_store && !m_store->canQueryMeta() && !query.isIdOrder()) {
        Q_EMIT loadFailed(tr("The server lists users in ascending id order only."));
        return;
    }
    if (query == m_query)
        return;
    setQuery(query);
}
