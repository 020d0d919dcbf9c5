#pragma once

#include "MetaType.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// One meta field definition (docs/API.md section 8). This is a plain value; checking a definition
// that came from outside is MetaFieldDefinitionParser's job.
struct MetaField
{
    enum class Validation
    {
        None,
        Url,
        Email
    };

    static constexpr qint64 kDefaultMaxLength = 2048;

    QString name;
    MetaType type = MetaType::String;
    MetaType items = MetaType::String; // item type when type == Array
    QString label;
    QString description;
    QString group;
    Validation validation = Validation::None;
    QString pattern;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<double> min;
    std::optional<double> max;
    QJsonArray options;

    qint64 effectiveMaxLength() const { return maxLength.value_or(kDefaultMaxLength); }
    // The label if there is one, else the name: what a person sees as a column title.
    QString displayName() const { return label.isEmpty() ? name : label; }

    // The definition as the wire and the database carry it (without the name).
    QJsonObject toJson() const;
    // Reads a definition this program wrote itself (the database); unknown keys are ignored.
    static MetaField fromJson(const QString &name, const QJsonObject &definition);

    friend bool operator==(const MetaField &a, const MetaField &b);
    friend bool operator!=(const MetaField &a, const MetaField &b) { return !(a == b); }
};
