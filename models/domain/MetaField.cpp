#include "MetaField.h"

namespace {
const QString kType = QStringLiteral("type");
const QString kItems = QStringLiteral("items");
const QString kLabel = QStringLiteral("label");
const QString kDescription = QStringLiteral("description");
const QString kGroup = QStringLiteral("group");
const QString kValidation = QStringLiteral("validation");
const QString kPattern = QStringLiteral("pattern");
const QString kMinLength = QStringLiteral("min_length");
const QString kMaxLength = QStringLiteral("max_length");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kOptions = QStringLiteral("options");

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject MetaField::toJson() const
{
    QJsonObject o;
    o.insert(kType, MetaTypes::name(type));
    if (type == MetaType::Array)
        o.insert(kItems, MetaTypes::name(items));
    putText(o, kLabel, label);
    putText(o, kDescription, description);
    putText(o, kGroup, group);
    if (validation == Validation::Url)
        o.insert(kValidation, QStringLiteral("url"));
    else if (validation == Validation::Email)
        o.insert(kValidation, QStringLiteral("email"));
    putText(o, kPattern, pattern);
    if (minLength)
        o.insert(kMinLength, *minLength);
    if (maxLength)
        o.insert(kMaxLength, *maxLength);
    if (min)
        o.insert(kMin, *min);
    if (max)
        o.insert(kMax, *max);
    if (!options.isEmpty())
        o.insert(kOptions, options);
    return o;
}

MetaField MetaField::fromJson(const QString &name, const QJsonObject &d)
{
    MetaField f;
    f.name = name;
    f.type = MetaTypes::fromName(d.value(kType).toString()).value_or(MetaType::String);
    f.items = MetaTypes::fromName(d.value(kItems).toString()).value_or(MetaType::String);
    f.label = d.value(kLabel).toString();
    f.description = d.value(kDescription).toString();
    f.group = d.value(kGroup).toString();
    const QString validation = d.value(kValidation).toString();
    if (validation == QLatin1String("url"))
        f.validation = Validation::Url;
    else if (validation == QLatin1String("email"))
        f.validation = Validation::Email;
    f.pattern = d.value(kPattern).toString();
    if (d.contains(kMinLength))
        f.minLength = d.value(kMinLength).toInteger();
    if (d.contains(kMaxLength))
        f.maxLength = d.value(kMaxLength).toInteger();
    if (d.contains(kMin))
        f.min = d.value(kMin).toDouble();
    if (d.contains(kMax))
        f.max = d.value(kMax).toDouble();
    f.options = d.value(kOptions).toArray();
    return f;
}

bool operator==(const MetaField &a, const MetaField &b)
{
    return a.name == b.name && a.toJson() == b.toJson();
}
