#include "MetaType.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<MetaType, const char *>, 8> kNames{{
    {MetaType::String, "string"},
    {MetaType::Integer, "integer"},
    {MetaType::Number, "number"},
    {MetaType::Boolean, "boolean"},
    {MetaType::Date, "date"},
    {MetaType::DateTime, "datetime"},
    {MetaType::Array, "array"},
    {MetaType::Json, "json"},
}};
} // namespace

namespace MetaTypes {

QString name(MetaType type)
{
    for (const auto &[t, n] : kNames) {
        if (t == type)
            return QString::fromLatin1(n);
    }
    return {};
}

std::optional<MetaType> fromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

QStringList allNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

bool isScalar(MetaType type)
{
    return type != MetaType::Array && type != MetaType::Json;
}

} // namespace MetaTypes
