#include "DatabaseFileProbe.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <unistd.h>

namespace {
constexpr int kHeaderSize = 100;

quint32 readBigEndian(const QByteArray &bytes, int offset, int width)
{
    quint32 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

StoreError makeError(StoreError::Kind kind, const QString &path, const QString &problem)
{
    return StoreError{kind, QFileInfo(path).absoluteFilePath(), problem};
}

// The permission bits count even for root: a person who marked a file read-only expects
// MetaDesk to leave it alone.
bool isWritable(const QString &path)
{
    // WriteUser is left out: Qt answers it for the current user, and root may write anything.
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!(QFile::permissions(path) & writeBits))
        return false;
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// The first bytes of the file, read through a read-only SQLite connection's own file handle (see
// the class comment for why never through a QFile). Nothing but the raw read happens: no
// transaction, so no lock is taken and no -wal or -shm is created. A file shorter than the header
// reads as zeros.
bool readHeader(const QString &path, QByteArray *bytes, QString *problem)
{
    sqlite3 *db = nullptr;
    const int opened =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    bool ok = opened == SQLITE_OK;
    if (!ok) {
        *problem = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(opened));
    } else {
        sqlite3_file *file = nullptr;
        ok = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK &&
             file && file->pMethods;
        if (ok) {
            bytes->fill('\0', kHeaderSize);
            const int read = file->pMethods->xRead(file, bytes->data(), kHeaderSize, 0);
            ok = read == SQLITE_OK || read == SQLITE_IOERR_SHORT_READ;
            if (!ok)
                *problem = QString::fromUtf8(sqlite3_errstr(read));
        } else {
            *problem = QStringLiteral("no file handle");
        }
    }
    sqlite3_close(db);
    return ok;
}
} // namespace

StoreError DatabaseFileProbe::check(const QString &path, int supported, Header *header)
{
    using Kind = StoreError::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Kind::Missing, path, tr("the file does not exist"));
    if (!info.isFile())
        return makeError(Kind::NotSqlite, path, tr("this is not a file"));

    QByteArray bytes;
    QString problem;
    if (!readHeader(path, &bytes, &problem))
        return makeError(Kind::ReadOnly, path, tr("the file cannot be read (%1)").arg(problem));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (info.size() < kHeaderSize || !bytes.startsWith(magic))
        return makeError(Kind::NotSqlite, path,
                         tr("this is not a MetaDesk database (it is not an SQLite database file)"));

    Header h;
    const quint32 rawPageSize = readBigEndian(bytes, 16, 2);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    h.pageCount = readBigEndian(bytes, 28, 4);
    h.userVersion = readBigEndian(bytes, 60, 4);
    h.applicationId = readBigEndian(bytes, 68, 4);
    const bool pageCountValid = readBigEndian(bytes, 24, 4) == readBigEndian(bytes, 92, 4);
    if (header)
        *header = h;

    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return makeError(Kind::Corrupt, path,
                         tr("the file is corrupt (invalid page size %1)").arg(h.pageSize));
    if (pageCountValid && quint64(info.size()) < h.pageSize * h.pageCount)
        return makeError(Kind::Corrupt, path,
                         tr("the file is truncated or corrupt (%1 bytes, expected at least %2)")
                             .arg(info.size())
                             .arg(h.pageSize * h.pageCount));
    const StoreError identity = checkIdentity(path, h.applicationId, h.userVersion, supported);
    if (identity.isError())
        return identity;
    if (!isWritable(path))
        return makeError(Kind::ReadOnly, path,
                         tr("the file is read-only; MetaDesk needs to write to it"));
    if (!isWritable(info.absolutePath()))
        return makeError(
            Kind::ReadOnly, path,
            tr("the folder %1 is read-only; MetaDesk keeps its journal beside the file")
                .arg(info.absolutePath()));
    return {};
}

bool DatabaseFileProbe::isInUseElsewhere(const QString &path)
{
    sqlite3 *db = nullptr;
    bool inUse = false;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_file *file = nullptr;
        if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK &&
            file && file->pMethods) {
            // Every connection using a WAL holds a shared lock on the file as long as it is open;
            // only SQLITE_BUSY says someone else holds one (a read-only file cannot be locked
            // for writing at all, which is no sign of use).
            const sqlite3_io_methods *io = file->pMethods;
            const int shared = io->xLock(file, SQLITE_LOCK_SHARED);
            inUse = shared == SQLITE_BUSY ||
                    (shared == SQLITE_OK && io->xLock(file, SQLITE_LOCK_EXCLUSIVE) == SQLITE_BUSY);
            io->xUnlock(file, SQLITE_LOCK_NONE);
        }
    }
    sqlite3_close(db);
    return inUse;
}

StoreError DatabaseFileProbe::checkIdentity(const QString &path, quint32 applicationId,
                                            quint32 userVersion, int supported)
{
    using Kind = StoreError::Kind;
    if (applicationId != kApplicationId)
        return makeError(Kind::NotMetaDesk, path,
                         tr("this is an SQLite database, but not a MetaDesk database"));
    if (userVersion > quint32(supported))
        return makeError(Kind::NewerVersion, path,
                         tr("the file was written by a newer MetaDesk (schema version %1; this "
                            "version reads up to %2)")
                             .arg(userVersion)
                             .arg(supported));
    return {};
}
