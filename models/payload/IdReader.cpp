#include "IdReader.h"

#include "TextCodec.h"

#include <cmath>
#include <limits>

namespace {
QString shown(const QString &text)
{
    return QLatin1Char('\'') + (text.size() > 40 ? text.left(40) + QStringLiteral("…") : text) +
           QLatin1Char('\'');
}
} // namespace

bool IdReader::looksNumeric(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype i = t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+')) ? 1 : 0;
    if (i == t.size())
        return false;
    for (; i < t.size(); ++i) {
        if (t[i] < QLatin1Char('0') || t[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}

IdReader::Result IdReader::read(const QJsonValue &value)
{
    Result r;
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        const bool whole = i != 0 ? double(i) == d : d == 0;
        if (!whole && std::isfinite(d) && std::floor(d) == d)
            r.problem = tr("%1 does not fit in a 64-bit id").arg(QString::number(d, 'g', 20));
        else if (!whole)
            r.problem = tr("%1 is not a whole number").arg(QString::number(d));
        else
            return readInteger(i);
        return r;
    }
    if (!value.isString()) {
        r.problem = value.isNull() ? tr("an id must not be empty")
                                   : tr("an id must be a number or a numeric string");
        return r;
    }
    return readText(value.toString());
}

IdReader::Result IdReader::readInteger(qint64 value)
{
    Result r;
    if (value <= 0)
        r.problem = tr("%1 is not a valid id: ids are positive").arg(value);
    else
        r.id = value;
    return r;
}

IdReader::Result IdReader::readText(const QString &raw)
{
    Result r;
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        r.problem = tr("an id must not be empty");
        return r;
    }
    if (!looksNumeric(text)) {
        r.problem = tr("%1 is not a number").arg(shown(text));
        return r;
    }
    if (text.startsWith(QLatin1Char('-'))) {
        r.problem = tr("%1 is not a valid id: ids are positive").arg(shown(text));
        return r;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        r.problem = tr("%1 does not fit in a 64-bit id").arg(shown(text));
    else if (id <= 0)
        r.problem = tr("%1 is not a valid id: ids are positive").arg(shown(text));
    else
        r.id = id;
    return r;
}

IdReader::Result IdReader::readUtf8(QByteArrayView text)
{
    // Up to 18 digits always fit; readText decides everything else, messages included.
    if (!text.isEmpty() && text.size() <= 18) {
        qint64 id = 0;
        bool digits = true;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            id = id * 10 + (c - '0');
        }
        if (digits && id > 0) {
            Result r;
            r.id = id;
            return r;
        }
    }
    return readText(TextCodec::utf8Text(text));
}
