#pragma once

#include "domain/MetaField.h"

#include <QStyledItemDelegate>
#include <functional>

// Gives each meta cell an editor that fits its field: spin boxes for numbers, a check box for
// booleans, date and date-time editors, a combo for options, a list editor for arrays and a
// JSON editor that validates as the person types. Other cells get the default editor.
class MetaValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `fieldOf` answers the definition for a field name (from the model's columns).
    using FieldLookup = std::function<const MetaField *(const QString &name)>;
    MetaValueDelegate(FieldLookup fieldOf, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    const MetaField *fieldAt(const QModelIndex &index) const;
    FieldLookup m_fieldOf;
};
