#pragma once

#include <QByteArray>
#include <QStringList>

// QJsonObject keeps its keys sorted and merges repeated keys, so the order a client wrote and
// any repetition are gone after parsing. This scans well-formed JSON text (already accepted by
// QJsonDocument) for the keys of one member object of the top-level object, in written order,
// repetitions included.
class JsonKeyOrder
{
public:
    // The keys of the object `member` of the top-level object, e.g. the user ids of
    // {"users": {"15": {...}, "015": {...}}}; empty when there is no such object.
    static QStringList memberKeys(const QByteArray &json, const QString &member);
};
