#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The value types of docs/API.md 5.3.
enum class MetaType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
    Array,
    Json
};

namespace MetaTypes {
QString name(MetaType type);
std::optional<MetaType> fromName(const QString &name);
QStringList allNames();
// Types an array item may have (docs/API.md 8.1: "a scalar type").
bool isScalar(MetaType type);
} // namespace MetaTypes
