#include "CrymboKeyRules.h"

#include <QJsonArray>
#include <QUrl>

namespace {
bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// Whether `value` is of the JSON type an ARRAY_TYPE item name says ("string" of "string[]").
bool hasItemType(const QJsonValue &value, const QString &itemType)
{
    if (itemType == QLatin1String("string"))
        return value.isString();
    if (itemType == QLatin1String("number"))
        return value.isDouble();
    if (itemType == QLatin1String("boolean"))
        return value.isBool();
    if (itemType == QLatin1String("object"))
        return value.isObject();
    return true; // a type this program does not know: Crymbo itself judges
}
} // namespace

std::optional<CrymboKeyRules> CrymboKeyRules::fromApiData(const QJsonValue &apiData)
{
    if (!apiData.isObject())
        return std::nullopt;
    CrymboKeyRules rules;
    const QJsonObject object = apiData.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject())
            return std::nullopt;
        const QJsonObject r = it.value().toObject();
        rules.m_rules.insert(it.key(), {r.value(QStringLiteral("DATA_TYPE")).toString(),
                                        r.value(QStringLiteral("ARRAY_TYPE")).toString(),
                                        r.value(QStringLiteral("VALIDATION")).toString()});
    }
    return rules;
}

std::optional<QString> CrymboKeyRules::problem(const QString &key, const QJsonValue &value) const
{
    const auto it = m_rules.constFind(key);
    if (it == m_rules.cend())
        return tr("Crymbo's key structure has no key \"%1\".").arg(key);
    const Rule &rule = it.value();
    const bool urls = rule.validation.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0;
    if (rule.dataType == QLatin1String("STRING")) {
        if (!value.isString())
            return tr("Crymbo keeps \"%1\" as text (STRING).").arg(key);
        if (urls && !isWebUrl(value.toString()))
            return tr("Crymbo wants a web address (http or https) for \"%1\".").arg(key);
        return std::nullopt;
    }
    if (rule.dataType == QLatin1String("ARRAY")) {
        if (!value.isArray())
            return tr("Crymbo keeps \"%1\" as a list (ARRAY).").arg(key);
        QString itemType = rule.arrayType;
        if (itemType.endsWith(QLatin1String("[]")))
            itemType.chop(2);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!itemType.isEmpty() && !hasItemType(items.at(i), itemType))
                return tr("Item %1 of \"%2\" is not of Crymbo's type %3.")
                    .arg(i + 1)
                    .arg(key, rule.arrayType);
            if (urls && (!items.at(i).isString() || !isWebUrl(items.at(i).toString())))
                return tr("Item %1 of \"%2\" is not a web address (http or https).")
                    .arg(i + 1)
                    .arg(key);
        }
        return std::nullopt;
    }
    if (rule.dataType == QLatin1String("JSON")) {
        if (!value.isObject())
            return tr("Crymbo keeps \"%1\" as a JSON object.").arg(key);
        return std::nullopt;
    }
    return tr("Crymbo's key structure gives \"%1\" the type \"%2\", which MetaDesk does not know.")
        .arg(key, rule.dataType);
}
