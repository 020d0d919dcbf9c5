#pragma once

#include "domain/MetaType.h"
#include "domain/ServerChanges.h"
#include "sync/SyncComparison.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

class SqlStatement;
class SqliteStore;
class SqlConnection;

// Lays an offline copy beside what its server reports as changed since the copy was taken:
// every place the file changed (OfflineCopyFile::changesToSend) gets the server's value where the
// server changed it too, and every place only the server changed gets the file's taken and
// current values. SendPlan decides from there.
class ServerChangesComparer
{
    Q_DECLARE_TR_FUNCTIONS(ServerChangesComparer)
public:
    explicit ServerChangesComparer(SqliteStore &store);
    ~ServerChangesComparer();

    // False (with errorText()) when the file could not be read.
    bool compare(qint64 accountId, const ServerChanges &changes, SyncComparison &out);
    QString errorText() const { return m_error; }

private:
    struct FieldSlot
    {
        qint64 id = 0;
        MetaType type = MetaType::String;
    };
    bool readFieldSlots(qint64 accountId);
    // The file's side of a place only the server changed; false when the file has no such place.
    bool readCell(qint64 accountId, qint64 userId, const QString &field, SyncRow &row);
    bool readMembership(qint64 accountId, qint64 userId, qint64 groupId, SyncRow &row);

    SqliteStore &m_store;
    SqlConnection *m_db;
    // Prepared once per comparison: a server may report many thousands of places.
    std::unique_ptr<SqlStatement> m_cellQuery;
    std::unique_ptr<SqlStatement> m_membershipQuery;
    QHash<QString, FieldSlot> m_slots;
    QString m_error;
};
