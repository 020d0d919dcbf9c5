#include "BulkEditModel.h"

#include "PendingChangeRule.h"
#include "StateColours.h"
#include "domain/MetaValueText.h"
#include "exchange/DelimitedText.h"
#include "payload/ValueValidator.h"
#include "store/Store.h"

#include <QColor>
#include <QMap>
#include <QUndoStack>

BulkEditModel::BulkEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkEditModel::setStore(Store *store, qint64 accountId)
{
    beginResetModel();
    m_store = store;
    m_accountId = accountId;
    m_users.clear();
    m_fields.clear();
    m_rowOfUser.clear();
    m_columnOfField.clear();
    m_values.clear();
    m_written.clear();
    ++m_generation;
    m_loaded = false;
    endResetModel();
}

void BulkEditModel::setPendingEdits(PendingEdits *pending, QUndoStack *undoStack)
{
    if (m_pending)
        disconnect(m_pending, nullptr, this, nullptr);
    m_pending = pending;
    m_undoStack = undoStack;
    if (pending) {
        connect(pending, &PendingEdits::entryChanged, this, &BulkEditModel::pendingEntryChanged);
        connect(pending, &PendingEdits::reset, this, &BulkEditModel::allChanged);
        connect(pending, &PendingEdits::reportTaken, this, &BulkEditModel::reportTaken);
    }
    allChanged();
}

void BulkEditModel::setContents(const QList<User> &users, const QList<MetaField> &fields)
{
    beginResetModel();
    m_users = users;
    m_fields = fields;
    m_rowOfUser.clear();
    m_columnOfField.clear();
    for (int r = 0; r < m_users.size(); ++r)
        m_rowOfUser.insert(m_users.at(r).id, r);
    for (int c = 0; c < m_fields.size(); ++c)
        m_columnOfField.insert(m_fields.at(c).name, c);
    m_values.clear();
    m_written.clear();
    endResetModel();
    reloadValues();
}

void BulkEditModel::reloadValues()
{
    ++m_generation;
    m_loaded = false;
    m_error.clear();
    if (!m_store || m_users.isEmpty() || m_fields.isEmpty()) {
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    fetchValues(0, m_generation);
}

void BulkEditModel::fetchValues(int from, quint64 generation)
{
    QList<qint64> ids;
    const int to = qMin(int(m_users.size()), from + kValueBatch);
    ids.reserve(to - from);
    for (int r = from; r < to; ++r)
        ids << m_users.at(r).id;
    QStringList names;
    for (const MetaField &f : m_fields)
        names << f.name;
    m_store->fetchMetaValues(
        m_accountId, ids, names, this,
        [this, from, to, generation, ids](const StoreReply<QHash<qint64, QJsonObject>> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                m_error = reply.errorText();
                Q_EMIT loadFailed(reply.errorText());
                return;
            }
            for (qint64 id : ids)
                m_values.insert(id, reply.value.value(id));
            if (to > from)
                Q_EMIT dataChanged(index(from, 0), index(to - 1, columnCount() - 1));
            if (to < m_users.size()) {
                // One batch per event-loop turn: a long list never blocks the window.
                QMetaObject::invokeMethod(
                    this, [this, to, generation] { fetchValues(to, generation); },
                    Qt::QueuedConnection);
                return;
            }
            m_loaded = true;
            Q_EMIT loaded();
        });
}

const MetaField *BulkEditModel::fieldOf(const QString &name) const
{
    const auto it = m_columnOfField.constFind(name);
    return it == m_columnOfField.constEnd() ? nullptr : &m_fields.at(*it);
}

int BulkEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int BulkEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

const PendingEdits::Entry *BulkEditModel::pendingAt(int row, int column) const
{
    if (!m_pending)
        return nullptr;
    return m_pending->find({m_accountId, m_users.at(row).id, m_fields.at(column).name});
}

QJsonValue BulkEditModel::storedValue(int row, int column) const
{
    if (row < 0 || row >= m_users.size() || column < 0 || column >= m_fields.size())
        return QJsonValue(QJsonValue::Undefined);
    return m_values.value(m_users.at(row).id).value(m_fields.at(column).name);
}

QJsonValue BulkEditModel::shownValue(int row, int column) const
{
    if (row < 0 || row >= m_users.size() || column < 0 || column >= m_fields.size())
        return QJsonValue(QJsonValue::Undefined);
    if (const PendingEdits::Entry *pending = pendingAt(row, column))
        return pending->value;
    return storedValue(row, column);
}

BulkEditModel::CellState BulkEditModel::cellState(int row, int column) const
{
    if (const PendingEdits::Entry *pending = pendingAt(row, column))
        return pending->problem.isEmpty() ? CellState::Pending : CellState::Refused;
    if (m_written.contains({m_users.at(row).id, m_fields.at(column).name}))
        return CellState::Written;
    return CellState::Stored;
}

QVariant BulkEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const MetaField &field = m_fields.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return MetaValueText::display(shownValue(row, column));
    case RawValueRole:
        return shownValue(row, column).toVariant();
    case UserIdRole:
        return m_users.at(row).id;
    case FieldNameRole:
        return field.name;
    case EditStateRole:
        return int(cellState(row, column));
    case ProblemRole: {
        const PendingEdits::Entry *pending = pendingAt(row, column);
        return pending ? pending->problem : QString();
    }
    case Qt::BackgroundRole:
        switch (cellState(row, column)) {
        case CellState::Pending:
            return StateColours::background(StateColours::Tone::Pending);
        case CellState::Refused:
            return StateColours::background(StateColours::Tone::Problem);
        case CellState::Written:
            return StateColours::background(StateColours::Tone::Done);
        case CellState::Stored:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        const PendingEdits::Entry *pending = pendingAt(row, column);
        if (!pending) {
            return cellState(row, column) == CellState::Written ? tr("Written by the last apply.")
                                                                : QVariant();
        }
        return PendingEdits::describe(*pending, storedValue(row, column),
                                      m_store && m_store->isRemote());
    }
    default:
        return {};
    }
}

Qt::ItemFlags BulkEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_pending)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BulkEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_fields.size()) {
        const MetaField &field = m_fields.at(section);
        if (role == Qt::DisplayRole)
            return field.displayName();
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(field.name, MetaTypes::name(field.type));
        return {};
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_users.size()) {
        const User &user = m_users.at(section);
        if (role == Qt::DisplayRole) {
            const QString name = user.fullName();
            return name.trimmed().isEmpty() ? QString::number(user.id)
                                            : tr("%1 · %2").arg(user.id).arg(name);
        }
        if (role == Qt::ToolTipRole)
            return user.email;
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool BulkEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const MetaField &field = m_fields.at(index.column());
    setCells({{index.row(), index.column(), QJsonValue::fromVariant(value)}},
             tr("Edit %1 of user %2").arg(field.displayName()).arg(m_users.at(index.row()).id));
    return true;
}

int BulkEditModel::setCells(const QList<CellValue> &cells, const QString &undoText,
                            Outcome *outcome)
{
    Outcome counted;
    if (outcome)
        counted.clipped = outcome->clipped;
    if (!m_pending) {
        if (outcome)
            *outcome = counted;
        return 0;
    }
    QList<PendingEditCommand::Change> changes;
    changes.reserve(cells.size());
    // The same text in one column is checked once (a fill of 100,000 cells).
    QHash<std::pair<int, QString>, EnteredValue> checked;
    QSet<std::pair<int, int>> seen;
    for (const CellValue &cell : cells) {
        if (cell.row < 0 || cell.row >= m_users.size() || cell.column < 0 ||
            cell.column >= m_fields.size())
            continue;
        if (seen.contains({cell.row, cell.column}))
            continue; // the first value for a cell wins within one action
        seen.insert({cell.row, cell.column});
        const MetaField &field = m_fields.at(cell.column);
        EnteredValue entered;
        if (cell.value.isString()) {
            const std::pair<int, QString> cacheKey{cell.column, cell.value.toString()};
            const auto hit = checked.constFind(cacheKey);
            entered =
                hit != checked.constEnd()
                    ? *hit
                    : checked.insert(cacheKey, PendingChangeRule::enter(field, cell.value)).value();
        } else {
            entered = PendingChangeRule::enter(field, cell.value);
        }
        ++counted.cells;
        if (!entered.problem.isEmpty())
            ++counted.invalid;
        const PendingEdits::Key key{m_accountId, m_users.at(cell.row).id, field.name};
        std::optional<PendingEditCommand::Change> change =
            PendingChangeRule::change(*m_pending, key, entered, storedValue(cell.row, cell.column));
        if (change)
            changes.append(std::move(*change));
        else
            ++counted.unchanged;
    }
    counted.changed = int(changes.size());
    if (outcome)
        *outcome = counted;
    if (changes.isEmpty())
        return 0;
    const int changed = int(changes.size());
    auto *command = new PendingEditCommand(m_pending, std::move(changes), undoText);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return changed;
}

int BulkEditModel::setText(const QModelIndexList &cells, const QString &text)
{
    QList<CellValue> values;
    values.reserve(cells.size());
    for (const QModelIndex &i : cells)
        values.append({i.row(), i.column(), QJsonValue(text)});
    return setCells(values, tr("Set %Ln cell(s) to “%1”", nullptr, int(values.size())).arg(text));
}

int BulkEditModel::clearCells(const QModelIndexList &cells)
{
    QList<CellValue> values;
    values.reserve(cells.size());
    for (const QModelIndex &i : cells)
        values.append({i.row(), i.column(), QJsonValue(QJsonValue::Null)});
    return setCells(values, tr("Clear %Ln cell(s)", nullptr, int(values.size())));
}

int BulkEditModel::fillDown(const QModelIndexList &cells)
{
    QMap<int, QList<int>> rowsByColumn;
    for (const QModelIndex &i : cells)
        rowsByColumn[i.column()].append(i.row());
    QList<CellValue> values;
    for (auto it = rowsByColumn.begin(); it != rowsByColumn.end(); ++it) {
        std::sort(it->begin(), it->end());
        const QJsonValue top = shownValue(it->first(), it.key());
        const QJsonValue value = top.isUndefined() ? QJsonValue(QJsonValue::Null) : top;
        for (int k = 1; k < it->size(); ++k)
            values.append({it->at(k), it.key(), value});
    }
    return setCells(values, tr("Fill down %Ln cell(s)", nullptr, int(values.size())));
}

BulkEditModel::Outcome BulkEditModel::paste(const QString &text, const QModelIndex &from)
{
    const QList<QStringList> rows = DelimitedText::parse(text);
    const int row0 = from.isValid() ? from.row() : 0;
    const int column0 = from.isValid() ? from.column() : 0;
    QList<CellValue> values;
    Outcome outcome;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const int row = row0 + r;
            const int column = column0 + c;
            if (row >= m_users.size() || column >= m_fields.size()) {
                ++outcome.clipped;
                continue;
            }
            values.append({row, column, QJsonValue(cells.at(c))});
        }
    }
    setCells(values, tr("Paste %Ln cell(s)", nullptr, int(values.size())), &outcome);
    return outcome;
}

void BulkEditModel::pendingEntryChanged(const PendingEdits::Key &key)
{
    if (key.accountId != m_accountId)
        return;
    const auto row = m_rowOfUser.constFind(key.userId);
    const auto column = m_columnOfField.constFind(key.field);
    if (row == m_rowOfUser.constEnd() || column == m_columnOfField.constEnd())
        return;
    const QModelIndex cell = index(*row, *column);
    Q_EMIT dataChanged(cell, cell);
}

void BulkEditModel::allChanged()
{
    if (!m_users.isEmpty() && !m_fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void BulkEditModel::reportTaken(qint64 accountId, const ApplyReport &report)
{
    if (accountId != m_accountId)
        return;
    m_written.clear();
    for (const MetaEdit &e : report.landed) {
        if (!m_rowOfUser.contains(e.userId) || !m_columnOfField.contains(e.field))
            continue;
        // What landed is now what is stored; no need to read it back.
        QJsonObject &values = m_values[e.userId];
        if (e.clears())
            values.remove(e.field);
        else if (const MetaField *field = fieldOf(e.field)) {
            const ValueCheck check = ValueValidator::check(*field, e.value);
            values.insert(e.field, check.ok ? check.value : e.value);
        }
        m_written.insert({e.userId, e.field});
    }
    allChanged();
}
