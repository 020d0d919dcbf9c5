#pragma once

#include "domain/ApiError.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// The outcome of reading one field definition that came from outside.
struct MetaFieldDefinition
{
    MetaField field;
    QList<ErrorDetail> errors; // every problem, each at its location

    bool ok() const { return errors.isEmpty(); }
};

// Reads and checks a meta field definition (docs/API.md section 8) from the schema endpoint or
// the schema editor. Unlike MetaField::fromJson, which trusts what this program wrote, it reports
// every problem with its location.
class MetaFieldDefinitionParser
{
    Q_DECLARE_TR_FUNCTIONS(MetaFieldDefinitionParser)
public:
    // `location` is where the definition stands in its document (e.g. "fields.color"); problems
    // are reported at "<location>.<key>".
    static MetaFieldDefinition parse(const QString &name, const QJsonValue &definition,
                                     const QString &location);
    // Empty when `name` is a valid field name, else why not.
    static QString fieldNameProblem(const QString &name);
    // Whether a value rule (min_length, max_length, pattern, validation: strings; min, max:
    // integers and numbers) applies to a field of `type` (arrays: of `items`).
    static bool ruleApplies(const QString &key, MetaType type, MetaType items);
    static constexpr int kMaxNameLength = 255;
};
