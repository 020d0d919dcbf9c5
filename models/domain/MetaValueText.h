#pragma once

#include <QJsonValue>
#include <QString>

// A typed meta value as text a person reads and edits: strings as they are, whole numbers
// without decimals, booleans as true/false, arrays and objects as compact JSON. Every such text
// is accepted back by ValueValidator for the same field.
namespace MetaValueText {
QString display(const QJsonValue &value);
} // namespace MetaValueText
