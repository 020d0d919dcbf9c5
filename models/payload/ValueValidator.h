#pragma once

#include "domain/MetaField.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// The outcome of checking one raw value against a field definition.
struct ValueCheck
{
    bool ok = false;
    QJsonValue value; // the typed, normalised value (docs/API.md 5.3 "stored/returned as")
    QString message;  // why it was refused, in words a person understands (translated)
};

// Checks values against every type and rule of docs/API.md 5.3 and 8. One implementation for the
// GUI's cell editors, the local file and metadesk-server.
class ValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(ValueValidator)
public:
    // `raw` is a value as JSON carried it, or text as a form carried it. A clearing value (null or
    // "") is the caller's business and must not be passed here.
    static ValueCheck check(const MetaField &field, const QJsonValue &raw);
    // Whether check() accepts text given as `utf8` (valid UTF-8, not empty) exactly as it is: a
    // string field with no rule but its length, and a length within it. Lets a server store
    // request text without making a QString of it; false only means "ask check()".
    static bool acceptsAsItIs(const MetaField &field, QByteArrayView utf8);
};
