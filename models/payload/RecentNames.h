#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The text of a short UTF-8 name, shared with the last few names asked for. Format 3 carries one
// edit a request, and a million requests name a handful of fields: a QString made anew for each
// would cost an allocation and a decode every time. Not thread-safe: one per thread.
class RecentNames
{
public:
    // `utf8` as TextCodec::utf8Text gives it.
    QString text(QByteArrayView utf8);

private:
    static constexpr int kSize = 8;
    static constexpr qsizetype kMaxBytes = 64; // longer names are made each time, not kept

    struct Entry
    {
        QByteArray utf8;
        QString text;
    };
    Entry m_entries[kSize];
    int m_next = 0; // the entry to replace next (oldest first)
};
