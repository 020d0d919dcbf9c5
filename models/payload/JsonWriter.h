#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QStringView>

// Writes compact JSON into a QByteArray by appending. The compiler uses it for bodies with a
// million entries, where building a QJsonDocument first would cost several times the time and
// memory. Output is RFC 8259 JSON that QJsonDocument reads back to the same values.
namespace JsonWriter {

// Appends `text` as a quoted, escaped JSON string.
void appendString(QByteArray &out, QStringView text);
// The same for text that is already UTF-8 (must be valid UTF-8).
void appendUtf8String(QByteArray &out, QByteArrayView utf8);
// Appends a whole number, or a double in its shortest exact form. `value` must be finite.
void appendNumber(QByteArray &out, const QJsonValue &value);
// Appends any JSON value; undefined is written as null. False when a number is not finite.
bool appendValue(QByteArray &out, const QJsonValue &value);

} // namespace JsonWriter
