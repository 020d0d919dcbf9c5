#pragma once

#include "domain/Account.h"
#include "domain/MetaField.h"
#include "domain/User.h"
#include "domain/UserGroup.h"
#include "sync/OfflineOrigin.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <initializer_list>

class SqliteStore;

// Writes a server account into a new database file as an offline copy: the account, its schema
// and groups with the server's ids, then users in batches with their memberships and values, and
// last the origin, with the snapshot of what was taken (what Send Changes compares with). Each
// call is one transaction, so a copy is written in a few large ones. The file's secondary indexes
// are dropped while the users are written and made again with the origin: building an index
// once from sorted rows is several times cheaper than inserting every entry at a random place.
class OfflineCopyWriter
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopyWriter)
public:
    explicit OfflineCopyWriter(SqliteStore &store);

    bool writeAccount(const Account &account, const QList<MetaField> &fields,
                      const QList<UserGroup> &groups);
    // Users of the account written before, each with its groups and `values` (user id -> field
    // name -> value; fields the schema does not know are left out).
    bool writeUsers(const QList<User> &users, const QHash<qint64, QJsonObject> &values);
    // Keeps what the file holds as taken, makes the indexes again and marks the file as an
    // offline copy: from now on, writes are noted as changes to send.
    bool writeOrigin(const OfflineOrigin &origin);

    QString errorText() const { return m_error; }

private:
    bool setPragmas(std::initializer_list<const char *> pragmas);

    struct FieldSlot
    {
        qint64 id = 0;
        MetaType type = MetaType::String;
    };

    SqliteStore &m_store;
    qint64 m_accountId = 0;
    QHash<QString, FieldSlot> m_fields;
    QList<QByteArray> m_droppedIndexes; // their CREATE INDEX statements
    QString m_error;
};
