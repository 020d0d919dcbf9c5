#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// The keys Crymbo allows in usersMeta and what each value must be, as its structure answer
// gives them (DATA_TYPE STRING, ARRAY or JSON; ARRAY_TYPE such as "string[]"; VALIDATION such
// as "url").
class CrymboKeyRules
{
    Q_DECLARE_TR_FUNCTIONS(CrymboKeyRules)
public:
    struct Rule
    {
        QString dataType;   // STRING, ARRAY, JSON
        QString arrayType;  // e.g. string[]
        QString validation; // e.g. url
    };

    // Reads the structure answer's api_data; none when it is not an object of rule objects.
    static std::optional<CrymboKeyRules> fromApiData(const QJsonValue &apiData);

    bool allows(const QString &key) const { return m_rules.contains(key); }
    // Why `value` cannot be stored under `key`; none when it can.
    std::optional<QString> problem(const QString &key, const QJsonValue &value) const;

private:
    QHash<QString, Rule> m_rules;
};
