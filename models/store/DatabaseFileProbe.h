#pragma once

#include "StoreError.h"

#include <QString>

// Looks at a file's SQLite header before SQLite ever opens it read-write, so that a file that
// is not ours, is truncated, or is from a newer MetaDesk is refused without being touched.
//
// The header is read through SQLite's own file handle, never with a descriptor of ours: POSIX
// drops every lock a process holds on a file when it closes any descriptor of that file, so a
// QFile opened and closed while a connection of this process has the file open would silently
// unlock it, and another process could then delete the WAL from under that connection. SQLite
// keeps one lock table per file and defers closing a descriptor while locks are held.
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
    // Whether another program has the file open as an SQLite database (holds a lock on it), as
    // SQLite's own locking tells without disturbing the locks of this process. A file open in
    // rollback-journal mode between two transactions holds no lock and so is not seen.
    static bool isInUseElsewhere(const QString &path);
    // Whose file it is and which schema it has, as an open connection reads them (the WAL may
    // hold a newer header than the file itself).
    static StoreError checkIdentity(const QString &path, quint32 applicationId, quint32 userVersion,
                                    int supported);
};
