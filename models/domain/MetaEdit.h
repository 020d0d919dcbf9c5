#pragma once

#include <QJsonValue>
#include <QString>

// One meta value to set or clear for one user, as a person typed it or a payload carried it.
// The value is untyped until ValueValidator checks it against the field's definition.
struct MetaEdit
{
    qint64 userId = 0;
    QString field;
    QJsonValue value; // null (or "") clears the field
    // Where the entry stood in the request document (format 2's array index), for error locations.
    int sourceIndex = -1;

    bool clears() const
    {
        return value.isNull() || value.isUndefined() ||
               (value.isString() && value.toString().isEmpty());
    }
    friend bool operator==(const MetaEdit &a, const MetaEdit &b)
    {
        return a.userId == b.userId && a.field == b.field && a.value == b.value;
    }
};
