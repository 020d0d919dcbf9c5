#include "JsonKeyOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Skips a string starting at json[at] == '"'; returns the index after its closing quote.
qsizetype skipString(const QByteArray &json, qsizetype at)
{
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return json.size();
}

// The text of the string json[begin, end) (quotes included), escapes decoded.
QString stringAt(const QByteArray &json, qsizetype begin, qsizetype end)
{
    const QByteArray raw = json.mid(begin, end - begin);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    const QJsonDocument d = QJsonDocument::fromJson('[' + raw + ']');
    return d.array().at(0).toString();
}

qsizetype skipSpace(const QByteArray &json, qsizetype i)
{
    while (i < json.size() &&
           (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r'))
        ++i;
    return i;
}
} // namespace

QStringList JsonKeyOrder::memberKeys(const QByteArray &json, const QString &member)
{
    QStringList keys;
    int depth = 0;
    bool inMember = false; // inside the wanted member's object (depth 2 is its keys' level)
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (expectKey) {
                const QString key = stringAt(json, i, end);
                if (depth == 1 && key == member) {
                    const qsizetype next = skipSpace(json, skipSpace(json, end) + 1);
                    inMember = next < json.size() && json[next] == '{';
                } else if (depth == 2 && inMember) {
                    keys.append(key);
                }
            }
            expectKey = false;
            i = end - 1;
        } else if (c == '{') {
            ++depth;
            expectKey = true;
        } else if (c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth == 1 && inMember)
                return keys; // the member's object is closed
        } else if (c == ',') {
            // Objects and arrays share the depth count; a key follows only inside an object,
            // which the member's keys always are at depth 1 and 2 of a well-formed body.
            expectKey = depth <= 2;
        }
    }
    return keys;
}
