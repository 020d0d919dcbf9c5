#pragma once

#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>
#include <optional>

class QWidget;

// The one rule for which editor a meta value gets: spin boxes for numbers, a check box for
// booleans, date and date-time editors, a combo for options, a list editor for arrays and a JSON
// editor that validates as the person types. The grid's cells and Set Selected Cells both use it.
class MetaValueEditors
{
    Q_DECLARE_TR_FUNCTIONS(MetaValueEditors)
public:
    // The editor that fits `field`; null for a plain text field (the caller's line edit).
    static QWidget *create(const MetaField &field, QWidget *parent);
    // Shows `value` (its display text is `text`) in an editor made by create(); false if the
    // editor is not one of them.
    static bool setValue(QWidget *editor, const QJsonValue &value, const QString &text);
    // What an editor made by create() holds, as the model takes it (a text for JSON, kept even
    // when it does not parse, so nothing typed is lost); nullopt if it is not one of them.
    static std::optional<QVariant> value(const QWidget *editor);
};
