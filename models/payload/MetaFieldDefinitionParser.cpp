#include "MetaFieldDefinitionParser.h"

#include "ValueValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace {

const QStringList kKnownKeys{
    QStringLiteral("type"),        QStringLiteral("items"),      QStringLiteral("label"),
    QStringLiteral("description"), QStringLiteral("group"),      QStringLiteral("validation"),
    QStringLiteral("pattern"),     QStringLiteral("min_length"), QStringLiteral("max_length"),
    QStringLiteral("min"),         QStringLiteral("max"),        QStringLiteral("options")};

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_' || u == u'-' || u == u'.';
}

bool isTextual(MetaType type)
{
    return type == MetaType::String;
}

bool isNumeric(MetaType type)
{
    return type == MetaType::Integer || type == MetaType::Number;
}

} // namespace

bool MetaFieldDefinitionParser::ruleApplies(const QString &key, MetaType type, MetaType items)
{
    const MetaType ruled = type == MetaType::Array ? items : type;
    if (key == QLatin1String("min") || key == QLatin1String("max"))
        return isNumeric(ruled);
    return isTextual(ruled); // min_length, max_length, pattern, validation
}

namespace {

// Collects problems at "<base>.<key>" while one definition is read.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(MetaFieldDefinitionParser)
public:
    Reader(const QJsonObject &definition, const QString &base)
        : m_definition(definition)
        , m_base(base)
    {}

    QList<ErrorDetail> errors;

    void fail(const QString &key, const QString &message)
    {
        errors.append({key.isEmpty() ? m_base : m_base + QLatin1Char('.') + key, message});
    }
    bool has(const QString &key) const { return m_definition.contains(key); }
    QJsonValue value(const QString &key) const { return m_definition.value(key); }

    std::optional<QString> text(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        if (!value(key).isString()) {
            fail(key, tr("must be text"));
            return std::nullopt;
        }
        return value(key).toString();
    }

    std::optional<qint64> length(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || std::floor(d) != d) {
            fail(key, tr("must be a whole number"));
            return std::nullopt;
        }
        if (d < 0) {
            fail(key, tr("must not be negative"));
            return std::nullopt;
        }
        return v.toInteger();
    }

    std::optional<double> number(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key, tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

private:
    QJsonObject m_definition;
    QString m_base;
};

} // namespace

QString MetaFieldDefinitionParser::fieldNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("a field name must not be empty");
    if (name.size() > kMaxNameLength)
        return tr("a field name may have at most %1 characters").arg(kMaxNameLength);
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return tr("'%1' is not allowed in a field name (use letters, digits, _, - and .)")
                .arg(c);
    }
    return {};
}

MetaFieldDefinition MetaFieldDefinitionParser::parse(const QString &name,
                                                     const QJsonValue &definition,
                                                     const QString &location)
{
    MetaFieldDefinition result;
    result.field.name = name;
    const QString nameProblem = fieldNameProblem(name);
    if (!nameProblem.isEmpty())
        result.errors.append({location, nameProblem});
    if (!definition.isObject()) {
        result.errors.append({location, tr("a field definition must be an object")});
        return result;
    }
    const QJsonObject object = definition.toObject();
    Reader r(object, location);
    MetaField &f = result.field;

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKnownKeys.contains(it.key()))
            r.fail(it.key(), tr("unknown key '%1'").arg(it.key()));
    }

    bool typeOk = false;
    if (!r.has(QStringLiteral("type"))) {
        r.fail(QStringLiteral("type"), tr("a field definition needs a type (one of: %1)")
                                           .arg(MetaTypes::allNames().join(QStringLiteral(", "))));
    } else if (const auto typeName = r.text(QStringLiteral("type"))) {
        if (const auto type = MetaTypes::fromName(*typeName)) {
            f.type = *type;
            typeOk = true;
        } else {
            r.fail(QStringLiteral("type"),
                   tr("unknown type '%1' (use one of: %2)")
                       .arg(*typeName, MetaTypes::allNames().join(QStringLiteral(", "))));
        }
    }

    if (const auto itemsName = r.text(QStringLiteral("items"))) {
        const auto items = MetaTypes::fromName(*itemsName);
        if (typeOk && f.type != MetaType::Array)
            r.fail(QStringLiteral("items"), tr("items is only allowed for array fields"));
        else if (!items)
            r.fail(QStringLiteral("items"), tr("unknown item type '%1'").arg(*itemsName));
        else if (!MetaTypes::isScalar(*items))
            r.fail(QStringLiteral("items"),
                   tr("array items must be a scalar type, not '%1'").arg(*itemsName));
        else
            f.items = *items;
    }
    // The type the value rules apply to: the item type for arrays.
    const MetaType ruled = f.type == MetaType::Array ? f.items : f.type;

    f.label = r.text(QStringLiteral("label")).value_or(QString());
    f.description = r.text(QStringLiteral("description")).value_or(QString());
    f.group = r.text(QStringLiteral("group")).value_or(QString());

    if (const auto validation = r.text(QStringLiteral("validation"))) {
        if (*validation == QLatin1String("url"))
            f.validation = MetaField::Validation::Url;
        else if (*validation == QLatin1String("email"))
            f.validation = MetaField::Validation::Email;
        else
            r.fail(QStringLiteral("validation"),
                   tr("unknown validation '%1' (use url or email)").arg(*validation));
        if (f.validation != MetaField::Validation::None && typeOk && !isTextual(ruled))
            r.fail(QStringLiteral("validation"), tr("validation only applies to string values"));
    }

    if (const auto pattern = r.text(QStringLiteral("pattern"))) {
        const QRegularExpression re(*pattern);
        if (!re.isValid())
            r.fail(QStringLiteral("pattern"),
                   tr("'%1' is not a valid regular expression: %2 at offset %3")
                       .arg(*pattern, re.errorString())
                       .arg(re.patternErrorOffset()));
        else if (typeOk && !isTextual(ruled))
            r.fail(QStringLiteral("pattern"), tr("a pattern only applies to string values"));
        else
            f.pattern = *pattern;
    }

    f.minLength = r.length(QStringLiteral("min_length"));
    f.maxLength = r.length(QStringLiteral("max_length"));
    if ((f.minLength || f.maxLength) && typeOk && !isTextual(ruled))
        r.fail(f.minLength ? QStringLiteral("min_length") : QStringLiteral("max_length"),
               tr("lengths only apply to string values"));
    if (f.minLength && *f.minLength > f.effectiveMaxLength())
        r.fail(QStringLiteral("min_length"), tr("min_length %1 is greater than max_length %2")
                                                 .arg(*f.minLength)
                                                 .arg(f.effectiveMaxLength()));

    f.min = r.number(QStringLiteral("min"));
    f.max = r.number(QStringLiteral("max"));
    if ((f.min || f.max) && typeOk && !isNumeric(ruled))
        r.fail(f.min ? QStringLiteral("min") : QStringLiteral("max"),
               tr("min and max only apply to integer and number values"));
    if (f.min && f.max && *f.min > *f.max)
        r.fail(QStringLiteral("min"), tr("min %1 is greater than max %2")
                                          .arg(QString::number(*f.min), QString::number(*f.max)));

    if (r.has(QStringLiteral("options"))) {
        const QJsonValue options = r.value(QStringLiteral("options"));
        if (!options.isArray()) {
            r.fail(QStringLiteral("options"), tr("options must be an array"));
        } else if (typeOk && f.type == MetaType::Json) {
            r.fail(QStringLiteral("options"), tr("options do not apply to json fields"));
        } else if (typeOk && r.errors.isEmpty()) {
            // Each option must itself be a value the field accepts (the rules above included).
            MetaField optionField = f;
            optionField.type = ruled;
            const QJsonArray list = options.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where = QStringLiteral("options.") + QString::number(i);
                if (list.at(i).isNull() || list.at(i).isArray() || list.at(i).isObject()) {
                    r.fail(where, tr("an option must be a single value"));
                    continue;
                }
                const ValueCheck check = ValueValidator::check(optionField, list.at(i));
                if (!check.ok)
                    r.fail(where, check.message);
            }
            f.options = list;
        }
    }
    result.errors += r.errors;
    return result;
}
