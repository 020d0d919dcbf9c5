#include "MetaValueEditors.h"

#include "ArrayValueEditor.h"
#include "JsonValueEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeZone>
#include <limits>

namespace {
bool fitsInt(const std::optional<double> &bound)
{
    return bound && *bound >= std::numeric_limits<int>::min() &&
           *bound <= std::numeric_limits<int>::max();
}
} // namespace

QWidget *MetaValueEditors::create(const MetaField &field, QWidget *parent)
{
    if (!field.options.isEmpty() && field.type != MetaType::Array) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("optionsEditor"));
        combo->addItem(tr("(no value)"), QString());
        for (const auto &choice : field.options)
            combo->addItem(choice.toVariant().toString(), choice.toVariant());
        return combo;
    }
    switch (field.type) {
    case MetaType::Integer:
        if (fitsInt(field.min) && fitsInt(field.max)) {
            auto *spin = new QSpinBox(parent);
            spin->setObjectName(QStringLiteral("integerEditor"));
            spin->setRange(int(*field.min), int(*field.max));
            return spin;
        } else {
            auto *line = new QLineEdit(parent);
            line->setObjectName(QStringLiteral("integerEditor"));
            line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?[0-9]{0,19}$")), line));
            return line;
        }
    case MetaType::Number: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("numberEditor"));
        spin->setDecimals(4);
        spin->setRange(field.min.value_or(-1e15), field.max.value_or(1e15));
        return spin;
    }
    case MetaType::Boolean: {
        auto *box = new QCheckBox(parent);
        box->setObjectName(QStringLiteral("booleanEditor"));
        box->setAutoFillBackground(true);
        return box;
    }
    case MetaType::Date: {
        auto *date = new QDateEdit(parent);
        date->setObjectName(QStringLiteral("dateEditor"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    case MetaType::DateTime: {
        auto *dateTime = new QDateTimeEdit(parent);
        dateTime->setObjectName(QStringLiteral("dateTimeEditor"));
        dateTime->setCalendarPopup(true);
        dateTime->setTimeSpec(Qt::UTC);
        dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        return dateTime;
    }
    case MetaType::Array:
        return new ArrayValueEditor(parent);
    case MetaType::Json:
        return new JsonValueEditor(parent);
    case MetaType::String:
        break;
    }
    return nullptr;
}

bool MetaValueEditors::setValue(QWidget *editor, const QJsonValue &value, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findText(text);
        combo->setCurrentIndex(found < 0 ? 0 : found);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(int(value.toInteger()));
    } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(editor)) {
        doubleSpin->setValue(value.toDouble());
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool() || text == QLatin1String("true"));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        date->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        dateTime->setDateTime(t.isValid() ? t.toUTC() : QDateTime::currentDateTimeUtc());
    } else if (auto *array = qobject_cast<ArrayValueEditor *>(editor)) {
        array->setItems(value.isArray() ? value.toArray()
                                        : QJsonDocument::fromJson(text.toUtf8()).array());
    } else if (auto *json = qobject_cast<JsonValueEditor *>(editor)) {
        json->setPlainText(text);
    } else {
        return false;
    }
    return true;
}

std::optional<QVariant> MetaValueEditors::value(const QWidget *editor)
{
    QVariant value;
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (const auto *spin = qobject_cast<const QSpinBox *>(editor)) {
        value = qint64(spin->value());
    } else if (const auto *doubleSpin = qobject_cast<const QDoubleSpinBox *>(editor)) {
        value = doubleSpin->value();
    } else if (const auto *box = qobject_cast<const QCheckBox *>(editor)) {
        value = box->isChecked();
    } else if (const auto *date = qobject_cast<const QDateEdit *>(editor)) {
        value = date->date().toString(Qt::ISODate);
    } else if (const auto *dateTime = qobject_cast<const QDateTimeEdit *>(editor)) {
        value = dateTime->dateTime().toUTC().toString(Qt::ISODate);
    } else if (const auto *array = qobject_cast<const ArrayValueEditor *>(editor)) {
        value = array->items().toVariantList();
    } else if (const auto *json = qobject_cast<const JsonValueEditor *>(editor)) {
        // Kept even when it does not parse: the cell then shows why, nothing typed is lost.
        value = json->toPlainText();
    } else {
        return std::nullopt;
    }
    return value;
}
