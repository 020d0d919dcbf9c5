#pragma once

#include "StoreError.h"

#include <QString>

// Looks at a file's SQLite header before SQLite ever opens it read-write, so that a file that
// is not ours, is truncated, or is from a newer MetaDesk is refused without being touched.
class DatabaseFileProbe
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileProbe)
public:
    static constexpr quint32 kApplicationId = 0x4D444B31; // "MDK1"

    struct Header
    {
        quint32 applicationId = 0;
        quint32 userVersion = 0;
        quint64 pageSize = 0;
        quint64 pageCount = 0;
    };

    // Checks an existing file that is to be opened for writing at schema version `supported`.
    static StoreError check(const QString &path, int supported, Header *header = nullptr);
};
