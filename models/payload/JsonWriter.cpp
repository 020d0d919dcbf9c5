#include "JsonWriter.h"

#include "TextCodec.h"

#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace JsonWriter {

namespace {
// Bytes that need escaping in a JSON string: control characters, '"' and '\'.
bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void appendEscapedByte(QByteArray &out, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out.append("\\\"", 2);
        return;
    case '\\':
        out.append("\\\\", 2);
        return;
    case '\b':
        out.append("\\b", 2);
        return;
    case '\f':
        out.append("\\f", 2);
        return;
    case '\n':
        out.append("\\n", 2);
        return;
    case '\r':
        out.append("\\r", 2);
        return;
    case '\t':
        out.append("\\t", 2);
        return;
    default: {
        const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(escaped, 6);
    }
    }
}

constexpr char kMark[] = "\xEF\xBB\xBF";
constexpr char kEscapedMark[] = "\\ufeff";

} // namespace

QByteArray withMarksEscaped(QByteArray json)
{
    // Raw U+FEFF can only stand inside strings; one that follows a quote (a string's start, or
    // an escaped quote, where the escape means the same) is escaped.
    if (json.contains(kMark))
        json.replace(QByteArrayView("\"\xEF\xBB\xBF"), QByteArrayView("\"\\ufeff"));
    return json;
}

QByteArray compact(const QJsonObject &object)
{
    return withMarksEscaped(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray compact(const QJsonArray &array)
{
    return withMarksEscaped(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    if (TextCodec::startsWithByteOrderMark(utf8)) {
        out.append(kEscapedMark);
        utf8 = utf8.sliced(3);
    }
    const char *p = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype runStart = 0;
    // Copy runs of plain bytes in one append; only escapes break a run.
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (!needsEscape(c))
            continue;
        out.append(p + runStart, i - runStart);
        appendEscapedByte(out, c);
        runStart = i + 1;
    }
    out.append(p + runStart, n - runStart);
    out.append('"');
}

void appendString(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    out.append('"');
    qsizetype i = 0;
    if (n > 0 && s[0] == 0xFEFF) {
        out.append(kEscapedMark);
        i = 1;
    }
    while (i < n) {
        const char16_t c = s[i];
        if (c >= 0x80) {
            // Non-ASCII never needs escaping: encode the whole run (surrogate pairs included).
            qsizetype j = i + 1;
            while (j < n && s[j] >= 0x80)
                ++j;
            TextCodec::appendUtf8(out, text.mid(i, j - i));
            i = j;
            continue;
        }
        if (needsEscape(static_cast<unsigned char>(c)))
            appendEscapedByte(out, static_cast<unsigned char>(c));
        else
            out.append(char(c));
        ++i;
    }
    out.append('"');
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    const double d = value.toDouble();
    const qint64 i = value.toInteger();
    // Integers (and whole doubles that fit) print exactly; others in their shortest round-trip
    // form.
    if (i != 0 ? double(i) == d : d == 0) {
        out.append(QByteArray::number(i));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

bool appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        return true;
    case QJsonValue::Bool:
        if (value.toBool())
            out.append("true", 4);
        else
            out.append("false", 5);
        return true;
    case QJsonValue::Double:
        if (!std::isfinite(value.toDouble()))
            return false;
        appendNumber(out, value);
        return true;
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        bool first = true;
        for (const auto &item : array) {
            if (!first)
                out.append(',');
            first = false;
            if (!appendValue(out, item))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append('{');
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, it.key());
            out.append(':');
            if (!appendValue(out, it.value()))
                return false;
        }
        out.append('}');
        return true;
    }
    }
    return false;
}

} // namespace JsonWriter
