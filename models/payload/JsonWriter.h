#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

// Writes compact JSON into a QByteArray by appending. The compiler uses it for bodies with a
// million entries, where building a QJsonDocument first would cost several times the time and
// memory. Output is RFC 8259 JSON that QJsonDocument reads back to the same values: a string
// that starts with U+FEFF writes it as \ufeff, because Qt's reader drops a raw byte order mark
// that starts a string.
namespace JsonWriter {

// QJsonDocument's compact text of `object` / `array`, with that one change.
QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);
// JSON text with that change made, for text written elsewhere (PostgreSQL's jsonb) before
// QJsonDocument reads it.
QByteArray withMarksEscaped(QByteArray json);

// Appends `text` as a quoted, escaped JSON string.
void appendString(QByteArray &out, QStringView text);
// The same for text that is already UTF-8 (must be valid UTF-8).
void appendUtf8String(QByteArray &out, QByteArrayView utf8);
// Appends a whole number, or a double in its shortest exact form. `value` must be finite.
void appendNumber(QByteArray &out, const QJsonValue &value);
// Appends any JSON value; undefined is written as null. False when a number is not finite.
bool appendValue(QByteArray &out, const QJsonValue &value);

} // namespace JsonWriter
