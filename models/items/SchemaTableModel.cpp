#include "SchemaTableModel.h"

#include <QLocale>

SchemaTableModel::SchemaTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SchemaTableModel::setStore(Store *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
    reload();
}

void SchemaTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_fields.clear();
    m_counts.clear();
    m_counted = false;
    m_loaded = false;
    endResetModel();
    if (!m_store)
        return;
    fetchFields(m_generation, [this](const QList<MetaField> &fields, quint64 generation) {
        replaceFields(fields, generation);
    });
}

void SchemaTableModel::replaceFields(const QList<MetaField> &fields, quint64 generation)
{
    beginResetModel();
    m_fields = fields;
    m_loaded = true;
    endResetModel();
    Q_EMIT loaded();
    countValues(generation);
}

void SchemaTableModel::refresh()
{
    if (!m_store || !m_loaded) {
        reload();
        return;
    }
    // The rows shown stay until the new ones are there: a refresh never blanks the table.
    fetchFields(++m_generation, [this](const QList<MetaField> &fields, quint64 generation) {
        if (fields != m_fields)
            replaceFields(fields, generation);
        else
            countValues(generation);
    });
}

void SchemaTableModel::fetchFields(
    quint64 generation, const std::function<void(const QList<MetaField> &, quint64)> &arrived)
{
    m_store->fetchFields(m_accountId, this,
                         [this, generation, arrived](const StoreReply<QList<MetaField>> &reply) {
                             if (generation != m_generation)
                                 return; // a newer load or refresh is on its way
                             if (!reply.ok()) {
                                 Q_EMIT loadFailed(reply.errorText());
                                 return;
                             }
                             arrived(reply.value, generation);
                         });
}

void SchemaTableModel::countValues(quint64 generation)
{
    if (m_accountId == 0 || !m_store)
        return;
    m_store->countFieldValues(
        m_accountId, this, [this, generation](const StoreReply<QHash<QString, qint64>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                Q_EMIT loadFailed(r.errorText());
                return;
            }
            m_counts = r.value;
            m_counted = true;
            if (!m_fields.isEmpty())
                Q_EMIT dataChanged(index(0, ValuesColumn),
                                   index(int(m_fields.size()) - 1, ValuesColumn));
        });
}

const MetaField *SchemaTableModel::field(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_fields.at(row);
}

int SchemaTableModel::rowOf(const QString &name) const
{
    for (int r = 0; r < m_fields.size(); ++r) {
        if (m_fields.at(r).name == name)
            return r;
    }
    return -1;
}

qint64 SchemaTableModel::valueCount(const QString &name) const
{
    return m_counted ? m_counts.value(name, 0) : -1;
}

void SchemaTableModel::submit(const QList<SchemaChange> &changes, SchemaWriteOptions options,
                              const std::function<void(const StoreReply<SchemaOutcome> &)> &done)
{
    if (!m_store) {
        done({{}, ClientError::make(ClientError::Kind::File, tr("No database is open."))});
        return;
    }
    m_store->putFields(m_accountId, changes, options, this,
                       [this, done, options](const StoreReply<SchemaOutcome> &reply) {
                           const bool taken = reply.ok() && reply.value.ok() && !options.dryRun;
                           done(reply);
                           if (taken) {
                               refresh();
                               Q_EMIT schemaChanged();
                           }
                       });
}

int SchemaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int SchemaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MetaField &f = m_fields.at(index.row());
    if (role == FieldNameRole)
        return f.name;
    if (role == Qt::ToolTipRole)
        return f.description.isEmpty() ? QVariant() : QVariant(f.description);
    if (role == Qt::TextAlignmentRole && index.column() == ValuesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return f.name;
    case TypeColumn:
        return f.type == MetaType::Array ? tr("array of %1").arg(MetaTypes::name(f.items))
                                         : MetaTypes::name(f.type);
    case LabelColumn:
        return f.label;
    case GroupColumn:
        return f.group;
    case ValuesColumn: {
        const qint64 count = valueCount(f.name);
        if (role == RawValueRole)
            return count;
        return count < 0 ? QStringLiteral("…") : QLocale().toString(count);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SchemaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        return tr("Label");
    case GroupColumn:
        return tr("Group");
    case ValuesColumn:
        return tr("Users with a value");
    case ColumnCount:
        break;
    }
    return {};
}
