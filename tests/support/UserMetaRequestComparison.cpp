#include "UserMetaRequestComparison.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>
#include <cmath>

namespace UserMetaRequestComparison {

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toVariant().typeId() == b.toVariant().typeId() && a.toDouble() == b.toDouble() &&
               std::signbit(a.toDouble()) == std::signbit(b.toDouble());
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

bool sameRequest(const UserMetaRequest &a, const UserMetaRequest &b)
{
    if (a.format != b.format || a.error.status != b.error.status ||
        a.error.title != b.error.title || a.error.details.size() != b.error.details.size() ||
        a.edits.size() != b.edits.size())
        return false;
    for (qsizetype i = 0; i < a.error.details.size(); ++i) {
        if (a.error.details[i].location != b.error.details[i].location ||
            a.error.details[i].message != b.error.details[i].message)
            return false;
    }
    for (qsizetype i = 0; i < a.edits.size(); ++i) {
        const MetaEdit &x = a.edits[i];
        const MetaEdit &y = b.edits[i];
        if (x.userId != y.userId || x.field != y.field || x.sourceIndex != y.sourceIndex ||
            !sameValue(x.value, y.value))
            return false;
    }
    return true;
}

} // namespace UserMetaRequestComparison
