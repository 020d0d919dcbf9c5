#include "MetaValueText.h"

#include "payload/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace MetaValueText {

QString display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
            return QString::number(value.toInteger());
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(JsonWriter::compact(value.toArray()));
    case QJsonValue::Object:
        return QString::fromUtf8(JsonWriter::compact(value.toObject()));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace MetaValueText
