#pragma once

#include "MetaEdit.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// Meta edits as a store checks and writes them, whoever holds them: a list a person made
// (MetaEditList) or the edits a server read from a request's tree (TreeEdits), whose values are
// made only when asked for.
class MetaEditSource
{
public:
    virtual ~MetaEditSource() = default;

    virtual qsizetype size() const = 0;
    virtual qint64 userId(qsizetype i) const = 0;
    virtual const QString &field(qsizetype i) const = 0;
    // As MetaEdit::clears: null, or empty text.
    virtual bool clears(qsizetype i) const = 0;
    virtual QJsonValue value(qsizetype i) const = 0;
    // The value as UTF-8 when it is text held as bytes, so that it can be checked and stored
    // without a QString; false when it is not (then value() tells).
    virtual bool utf8Text(qsizetype i, QByteArrayView *text) const
    {
        Q_UNUSED(i)
        Q_UNUSED(text)
        return false;
    }
    virtual MetaEdit at(qsizetype i) const = 0;
};
