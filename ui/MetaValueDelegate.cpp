#include "MetaValueDelegate.h"

#include "ArrayValueEditor.h"
#include "JsonValueEditor.h"
#include "MetaValueEditors.h"
#include "items/UsersTableModel.h"

MetaValueDelegate::MetaValueDelegate(FieldLookup fieldOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fieldOf(std::move(fieldOf))
{}

const MetaField *MetaValueDelegate::fieldAt(const QModelIndex &index) const
{
    const QString name = index.data(UsersTableModel::FieldNameRole).toString();
    return name.isEmpty() ? nullptr : m_fieldOf(name);
}

QWidget *MetaValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const MetaField *field = fieldAt(index);
    if (QWidget *editor = field ? MetaValueEditors::create(*field, parent) : nullptr)
        return editor;
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MetaValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (!MetaValueEditors::setValue(
            editor, QJsonValue::fromVariant(index.data(UsersTableModel::RawValueRole)),
            index.data(Qt::EditRole).toString()))
        QStyledItemDelegate::setEditorData(editor, index);
}

void MetaValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (const std::optional<QVariant> value = MetaValueEditors::value(editor))
        model->setData(index, *value, Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void MetaValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QRect rect = option.rect;
    if (qobject_cast<ArrayValueEditor *>(editor) || qobject_cast<JsonValueEditor *>(editor))
        rect.setHeight(qMax(rect.height(), editor->minimumHeight()));
    rect.setWidth(qMax(rect.width(), editor->minimumSizeHint().width()));
    editor->setGeometry(rect);
    Q_UNUSED(index)
}
