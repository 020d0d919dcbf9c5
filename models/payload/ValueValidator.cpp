#include "ValueValidator.h"

#include "JsonWriter.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Holds the rules; a class only so that tr() has the ValueValidator context (lupdate reads it).
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(ValueValidator)
public:
    static ValueCheck check(const MetaField &field, const QJsonValue &raw);

private:
    static ValueCheck scalar(MetaType type, const QJsonValue &raw);
    static ValueCheck toText(const QJsonValue &raw);
    static ValueCheck toInteger(const QJsonValue &raw);
    static ValueCheck toNumber(const QJsonValue &raw);
    static ValueCheck toBoolean(const QJsonValue &raw);
    static ValueCheck toDate(const QJsonValue &raw);
    static ValueCheck toDateTime(const QJsonValue &raw);
    static ValueCheck toArray(const MetaField &field, const QJsonValue &raw);
    static ValueCheck toJson(const QJsonValue &raw);
    static QString ruleViolation(const MetaField &field, const QJsonValue &typed);
    static QString textRuleViolation(const MetaField &field, const QString &text);
    static QString describe(const QJsonValue &raw);
};

ValueCheck accepted(const QJsonValue &value)
{
    return ValueCheck{true, value, QString()};
}

ValueCheck refused(const QString &message)
{
    return ValueCheck{false, QJsonValue(), message};
}

QString numberText(const QJsonValue &number)
{
    QByteArray text;
    JsonWriter::appendNumber(text, number);
    return QString::fromLatin1(text);
}

// Text quoted for a message, shortened so one huge value cannot flood an error list.
QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 60;
    if (text.size() <= kMax)
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    return QLatin1Char('\'') + text.left(kMax) + QStringLiteral("…'");
}

// Length in characters a person counts (code points), not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Strict decimal integer: optional sign, digits only. `overflow` is set when it has the right
// shape but does not fit in 64 bits.
bool parseInteger(QStringView text, qint64 *value, bool *overflow)
{
    *overflow = false;
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }
    if (i == text.size())
        return false;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
        const auto digit = quint64(text[i].unicode() - u'0');
        if (magnitude > (limit - digit) / 10)
            *overflow = true;
        else
            magnitude = magnitude * 10 + digit;
    }
    if (*overflow)
        return false;
    *value = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return true;
}

int twoDigits(QStringView s, qsizetype at)
{
    if (at + 2 > s.size() || !isDigit(s[at]) || !isDigit(s[at + 1]))
        return -1;
    return (s[at].unicode() - u'0') * 10 + (s[at + 1].unicode() - u'0');
}

// "YYYY-MM-DD" at the start of `s`; an invalid QDate when the shape is wrong, `shapeOk` tells
// the two failures apart.
QDate parseDate(QStringView s, bool *shapeOk)
{
    *shapeOk = false;
    if (s.size() < 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return {};
    const int centuries = twoDigits(s, 0);
    const int years = twoDigits(s, 2);
    const int month = twoDigits(s, 5);
    const int day = twoDigits(s, 8);
    if (centuries < 0 || years < 0 || month < 0 || day < 0)
        return {};
    *shapeOk = true;
    const int year = centuries * 100 + years;
    if (year == 0)
        return {};
    return QDate(year, month, day);
}

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true; // RFC 6532: UTF-8 in addresses
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(QStringView s)
{
    if (s.isEmpty() || s.front() == QLatin1Char('.') || s.back() == QLatin1Char('.'))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('.')) {
            if (s[i - 1] == QLatin1Char('.'))
                return false;
        } else if (!isAtext(s[i])) {
            return false;
        }
    }
    return true;
}

bool isQuotedLocalPart(QStringView s)
{
    if (s.size() < 2 || s.front() != QLatin1Char('"') || s.back() != QLatin1Char('"'))
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == u'\\') {
            if (++i + 1 >= s.size())
                return false;
            continue;
        }
        if (c == u'"' || (c < 0x20 && c != u'\t') || c == 0x7F)
            return false;
    }
    return true;
}

bool isDomain(QStringView s)
{
    if (s.size() >= 2 && s.front() == QLatin1Char('[') && s.back() == QLatin1Char(']')) {
        for (const QChar c : s.mid(1, s.size() - 2)) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7E || c == QLatin1Char('[') ||
                c == QLatin1Char(']') || c == QLatin1Char('\\'))
                return false;
        }
        return s.size() > 2;
    }
    if (s.isEmpty())
        return false;
    for (QStringView label : s.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-') ||
            label.back() == QLatin1Char('-'))
            return false;
        for (const QChar c : label) {
            if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

// RFC 5322 addr-spec (local-part "@" domain), without comments or folding white space.
bool isEmailAddress(const QString &text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == text.size() - 1)
        return false;
    const QStringView local = QStringView(text).left(at);
    const QStringView domain = QStringView(text).mid(at + 1);
    return (isDotAtom(local) || isQuotedLocalPart(local)) && isDomain(domain);
}

bool isHttpUrl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

// Compiled patterns, per thread (the server checks on several threads): compiling a pattern
// costs far more than matching it, and one bulk edit checks the same pattern thousands of times.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= 512) // a schema has few patterns; bound the cache against misuse
        cache.clear();
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                          QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return *cache.insert(pattern, re);
}

ValueCheck Rules::check(const MetaField &field, const QJsonValue &raw)
{
    if (field.type == MetaType::Array)
        return toArray(field, raw);
    if (field.type == MetaType::Json)
        return toJson(raw);
    ValueCheck result = scalar(field.type, raw);
    if (!result.ok)
        return result;
    const QString violation = ruleViolation(field, result.value);
    if (!violation.isEmpty())
        return refused(violation);
    return result;
}

ValueCheck Rules::scalar(MetaType type, const QJsonValue &raw)
{
    switch (type) {
    case MetaType::String:
        return toText(raw);
    case MetaType::Integer:
        return toInteger(raw);
    case MetaType::Number:
        return toNumber(raw);
    case MetaType::Boolean:
        return toBoolean(raw);
    case MetaType::Date:
        return toDate(raw);
    case MetaType::DateTime:
        return toDateTime(raw);
    case MetaType::Array:
    case MetaType::Json:
        break;
    }
    return refused(tr("%1 is not a single value").arg(describe(raw)));
}

QString Rules::describe(const QJsonValue &raw)
{
    switch (raw.type()) {
    case QJsonValue::String:
        return quoted(raw.toString());
    case QJsonValue::Double:
        return std::isfinite(raw.toDouble()) ? numberText(raw) : tr("a non-finite number");
    case QJsonValue::Bool:
        return raw.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("an empty value");
}

ValueCheck Rules::toText(const QJsonValue &raw)
{
    if (raw.isString())
        return accepted(raw);
    if (raw.isDouble() && std::isfinite(raw.toDouble()))
        return accepted(numberText(raw));
    return refused(tr("%1 is not text").arg(describe(raw)));
}

ValueCheck Rules::toInteger(const QJsonValue &raw)
{
    if (raw.isDouble()) {
        const double d = raw.toDouble();
        const qint64 i = raw.toInteger();
        if (i != 0 ? double(i) == d : d == 0)
            return accepted(QJsonValue(i));
        if (std::isfinite(d) && std::floor(d) == d)
            return refused(tr("%1 is outside the 64-bit integer range").arg(describe(raw)));
        return refused(tr("%1 is not an integer").arg(describe(raw)));
    }
    if (raw.isString()) {
        qint64 value = 0;
        bool overflow = false;
        if (parseInteger(raw.toString(), &value, &overflow))
            return accepted(QJsonValue(value));
        if (overflow)
            return refused(tr("%1 is outside the 64-bit integer range").arg(describe(raw)));
    }
    return refused(tr("%1 is not an integer").arg(describe(raw)));
}

ValueCheck Rules::toNumber(const QJsonValue &raw)
{
    if (raw.isDouble()) {
        if (std::isfinite(raw.toDouble()))
            return accepted(raw);
        return refused(tr("%1 is not a finite number").arg(describe(raw)));
    }
    if (raw.isString()) {
        const QString text = raw.toString();
        qint64 integer = 0;
        bool overflow = false;
        if (parseInteger(text, &integer, &overflow))
            return accepted(QJsonValue(integer));
        // JSON number syntax only: no spaces, no "inf"/"nan", no hex.
        static const QRegularExpression number(
            QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
        if (number.match(text).hasMatch()) {
            bool ok = false;
            const double d = text.toDouble(&ok);
            if (ok && std::isfinite(d))
                return accepted(QJsonValue(d));
            return refused(tr("%1 is outside the range of numbers").arg(describe(raw)));
        }
    }
    return refused(tr("%1 is not a number").arg(describe(raw)));
}

ValueCheck Rules::toBoolean(const QJsonValue &raw)
{
    if (raw.isBool())
        return accepted(raw);
    if (raw.isDouble()) {
        const double d = raw.toDouble();
        if (d == 1 || d == 0)
            return accepted(QJsonValue(d == 1));
    }
    if (raw.isString()) {
        const QString text = raw.toString();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return accepted(QJsonValue(true));
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return accepted(QJsonValue(false));
    }
    return refused(tr("%1 is not a boolean (use true, false, 1 or 0)").arg(describe(raw)));
}

ValueCheck Rules::toDate(const QJsonValue &raw)
{
    if (raw.isString()) {
        const QString text = raw.toString();
        bool shapeOk = false;
        const QDate date = text.size() == 10 ? parseDate(text, &shapeOk) : QDate();
        if (date.isValid())
            return accepted(raw);
        if (shapeOk)
            return refused(tr("%1 is not a real calendar date").arg(describe(raw)));
    }
    return refused(tr("%1 is not a date (YYYY-MM-DD)").arg(describe(raw)));
}

ValueCheck Rules::toDateTime(const QJsonValue &raw)
{
    const QString notDateTime =
        tr("%1 is not an ISO 8601 date and time (e.g. 2024-05-01T12:00:00Z)").arg(describe(raw));
    if (!raw.isString())
        return refused(notDateTime);
    const QString text = raw.toString();
    const QStringView s(text);
    bool shapeOk = false;
    const QDate date = parseDate(s, &shapeOk);
    if (!shapeOk || s.size() < 16 || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char('t')))
        return refused(notDateTime);
    if (!date.isValid())
        return refused(tr("%1 is not a real calendar date").arg(describe(raw)));
    const int hour = twoDigits(s, 11);
    const int minute = twoDigits(s, 14);
    if (s[13] != QLatin1Char(':') || hour < 0 || minute < 0)
        return refused(notDateTime);
    qsizetype at = 16;
    int second = 0;
    int msec = 0;
    if (at < s.size() && s[at] == QLatin1Char(':')) {
        second = twoDigits(s, at + 1);
        if (second < 0)
            return refused(notDateTime);
        at += 3;
        if (at < s.size() && (s[at] == QLatin1Char('.') || s[at] == QLatin1Char(','))) {
            ++at;
            int digits = 0;
            // Milliseconds are kept; finer digits are accepted and dropped.
            while (at < s.size() && isDigit(s[at]) && digits < 9) {
                if (digits < 3)
                    msec = msec * 10 + (s[at].unicode() - u'0');
                ++digits;
                ++at;
            }
            if (digits == 0)
                return refused(notDateTime);
            for (int d = digits; d < 3; ++d)
                msec *= 10;
        }
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid() || hour > 23)
        return refused(tr("%1 is not a real time of day").arg(describe(raw)));
    if (at == s.size())
        return refused(
            tr("%1 has no time zone: add Z or an offset such as +02:00").arg(describe(raw)));
    int offsetSeconds = 0;
    const QChar zone = s[at];
    if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
        ++at;
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        const int offsetHours = twoDigits(s, at + 1);
        at += 3;
        int offsetMinutes = 0;
        if (at < s.size()) {
            if (s[at] == QLatin1Char(':'))
                ++at;
            offsetMinutes = twoDigits(s, at);
            at += 2;
        }
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return refused(notDateTime);
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == u'-' ? -1 : 1);
    } else {
        return refused(notDateTime);
    }
    if (at != s.size())
        return refused(notDateTime);
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return refused(tr("%1 is outside the years 0001 to 9999 in UTC").arg(describe(raw)));
    QString normalised = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (msec != 0)
        normalised += utc.toString(QStringLiteral(".zzz"));
    normalised += QLatin1Char('Z');
    return accepted(normalised);
}

ValueCheck Rules::toArray(const MetaField &field, const QJsonValue &raw)
{
    QJsonArray items;
    if (raw.isArray()) {
        items = raw.toArray();
    } else if (raw.isString()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(raw.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return refused(tr("%1 is not a JSON array").arg(describe(raw)));
        items = document.array();
    } else {
        return refused(tr("%1 is not an array").arg(describe(raw)));
    }
    MetaField itemField = field;
    itemField.type = MetaTypes::isScalar(field.items) ? field.items : MetaType::String;
    QJsonArray typed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const bool empty = item.isNull() || (item.isString() && item.toString().isEmpty());
        const ValueCheck one =
            empty ? refused(tr("an empty value is not allowed")) : check(itemField, item);
        if (!one.ok)
            return refused(tr("item %1 of %2: %3").arg(i + 1).arg(items.size()).arg(one.message));
        typed.append(one.value);
    }
    return accepted(typed);
}

ValueCheck Rules::toJson(const QJsonValue &raw)
{
    if (raw.isArray() || raw.isObject())
        return accepted(raw);
    if (raw.isString()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(raw.toString().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return accepted(document.object());
        if (error.error == QJsonParseError::NoError && document.isArray())
            return accepted(document.array());
    }
    return refused(tr("%1 is not a JSON object or array").arg(describe(raw)));
}

QString Rules::textRuleViolation(const MetaField &field, const QString &text)
{
    const qsizetype length = characterCount(text);
    if (field.minLength && length < *field.minLength)
        return tr("%1 is shorter than the minimum length of %2")
            .arg(quoted(text))
            .arg(*field.minLength);
    if (length > field.effectiveMaxLength())
        return tr("%1 is longer than the maximum length of %2")
            .arg(quoted(text))
            .arg(field.effectiveMaxLength());
    if (field.validation == MetaField::Validation::Url && !isHttpUrl(text))
        return tr("%1 is not an absolute http(s) URL").arg(quoted(text));
    if (field.validation == MetaField::Validation::Email) {
        if (length > 320)
            return tr("%1 is longer than the 320 characters an email address may have")
                .arg(quoted(text));
        if (!isEmailAddress(text))
            return tr("%1 is not an email address").arg(quoted(text));
    }
    if (!field.pattern.isEmpty()) {
        const QRegularExpression &re = compiledPattern(field.pattern);
        if (!re.isValid())
            return tr("the field's pattern %1 is not a valid regular expression")
                .arg(quoted(field.pattern));
        if (!re.match(text).hasMatch())
            return tr("%1 does not match the pattern %2").arg(quoted(text), field.pattern);
    }
    return {};
}

QString Rules::ruleViolation(const MetaField &field, const QJsonValue &typed)
{
    if (field.type == MetaType::String) {
        QString violation = textRuleViolation(field, typed.toString());
        if (!violation.isEmpty())
            return violation;
    }
    if (field.type == MetaType::Integer || field.type == MetaType::Number) {
        const double d = typed.toDouble();
        if (field.min && d < *field.min)
            return tr("%1 is less than the minimum %2")
                .arg(describe(typed), numberText(QJsonValue(*field.min)));
        if (field.max && d > *field.max)
            return tr("%1 is more than the maximum %2")
                .arg(describe(typed), numberText(QJsonValue(*field.max)));
    }
    if (!field.options.isEmpty()) {
        QStringList shown;
        for (const auto &option : field.options) {
            const ValueCheck typedOption = scalar(field.type, option);
            if (typedOption.ok && typedOption.value == typed)
                return {};
            shown << (option.isString() ? option.toString() : describe(option));
        }
        return tr("%1 must be one of: %2").arg(describe(typed), shown.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

ValueCheck ValueValidator::check(const MetaField &field, const QJsonValue &raw)
{
    return Rules::check(field, raw);
}

bool ValueValidator::acceptsAsItIs(const MetaField &field, QByteArrayView utf8)
{
    if (field.type != MetaType::String || field.validation != MetaField::Validation::None ||
        !field.pattern.isEmpty() || !field.options.isEmpty())
        return false;
    const auto fits = [&field](qsizetype length) {
        return length <= field.effectiveMaxLength() &&
               (!field.minLength || length >= *field.minLength);
    };
    // A character takes one UTF-8 byte or more, so few bytes settle the maximum; otherwise
    // count characters as characterCount does (code points: one per lead byte).
    if (!field.minLength && utf8.size() <= field.effectiveMaxLength())
        return true;
    const auto characters = std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return fits(qsizetype(characters));
}
