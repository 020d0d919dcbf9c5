#include "UsersTableModel.h"

#include "PendingEditCommand.h"
#include "PendingEdits.h"
#include "domain/MetaValueText.h"
#include "store/SqliteStore.h"

#include <QColor>
#include <QStringList>
#include <QUndoStack>
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

void UsersTableModel::setMetaColumns(const QList<MetaField> &fields)
{
    beginResetModel();
    m_metaColumns = fields;
    m_metaNames.clear();
    for (const MetaField &f : fields)
        m_metaNames << f.name;
    m_pages.clear(); // pages carry only the values of the shown fields
    endResetModel();
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
    return parent.isValid() ? 0 : ColumnCount + int(m_metaColumns.size());
}

const UsersTableModel::Page *UsersTableModel::page(int pageIndex) const
{
    if (const Page *cached = m_pages.object(pageIndex))
        return cached;
    // Start from the nearest page whose keyset anchor is known and skip forward from there.
    int anchorPage = pageIndex;
    while (!m_pageAfter.contains(anchorPage))
        --anchorPage;
    const qint64 skip = qint64(pageIndex - anchorPage) * kPageSize;
    auto *loaded = new Page;
    loaded->users =
        m_store->users(m_accountId, m_query, m_pageAfter.value(anchorPage), kPageSize, skip);
    if (!loaded->users.isEmpty()) {
        m_pageAfter.insert(pageIndex + 1, loaded->users.last().id);
        if (!m_metaNames.isEmpty()) {
            QList<qint64> ids;
            ids.reserve(loaded->users.size());
            for (const User &u : loaded->users)
                ids << u.id;
            loaded->values = m_store->metaValues(m_accountId, ids, m_metaNames, 0, kPageSize);
        }
    }
    m_pages.insert(pageIndex, loaded);
    return m_pages.object(pageIndex);
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
        return QVariant::fromValue(int(!pending                      ? EditState::Stored
                                       : pending->problem.isEmpty() ? EditState::Pending
                                                                    : EditState::Refused));
    case Qt::BackgroundRole:
        if (!pending)
            return {};
        return pending->problem.isEmpty() ? QColor(255, 244, 186) : QColor(255, 205, 205);
    case Qt::ToolTipRole: {
        if (!pending)
            return {};
        QString tip = tr("Pending. Was: %1")
                          .arg(stored.isUndefined() ? tr("(no value)")
                                                    : MetaValueText::display(stored));
        if (pending->value.isNull())
            tip += QLatin1Char('\n') + tr("The value will be cleared.");
        if (!pending->problem.isEmpty())
            tip += QLatin1Char('\n') + tr("Refused: %1").arg(pending->problem);
        return tip;
    }
    default:
        return {};
    }
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Page *p = nullptr;
    const User *user = userAt(index.row(), &p);
    if (!user)
        return {};
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
    if (!user)
        return false;
    const MetaField &field = m_metaColumns.at(index.column() - ColumnCount);
    const QJsonValue stored = p->values.value(user->id).value(field.name);
    // Editors hand over text or a typed value; an empty text clears the field.
    QJsonValue typed = QJsonValue::fromVariant(value);
    if (typed.isString() && typed.toString().isEmpty())
        typed = QJsonValue(QJsonValue::Null);
    const PendingEdits::Key key{m_accountId, user->id, field.name};
    PendingEditCommand::Change change;
    change.key = key;
    if (const PendingEdits::Entry *before = m_pending->find(key))
        change.before = *before;
    const bool backToStored = MetaValueText::display(typed) == MetaValueText::display(stored) &&
                              typed.isNull() == stored.isUndefined();
    if (!backToStored)
        change.after = PendingEdits::Entry{typed, stored, {}};
    if (!change.before && !change.after)
        return true;
    auto *command = new PendingEditCommand(
        m_pending, {change}, tr("Edit %1 of user %2").arg(field.displayName()).arg(user->id));
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
