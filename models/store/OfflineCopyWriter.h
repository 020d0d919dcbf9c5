#pragma once

#include "domain/Account.h"
#include "domain/MetaField.h"
#include "domain/User.h"
#include "domain/UserGroup.h"
#include "payload/MetaValuePages.h"
#include "store/SqliteBulkLoad.h"
#include "sync/OfflineOrigin.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <functional>

class SqlConnection;
class SqliteStore;

// Writes a server account into a new database file as an offline copy: the account, its schema
// and groups with the server's ids, then users in batches with their memberships, their values
// in batches, and last the origin. Nothing of what was taken is written apart: until a place is
// changed, the file holds what was taken there. Each call is one transaction, so a copy is
// written in a few large ones, as a bulk load (SqliteBulkLoad) that is whole with the origin.
class OfflineCopyWriter
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopyWriter)
public:
    explicit OfflineCopyWriter(SqliteStore &store);

    bool writeAccount(const Account &account, const QList<MetaField> &fields,
                      const QList<UserGroup> &groups);
    // Users of the account written before, each with its groups.
    bool writeUsers(const QList<User> &users);
    // After the last writeUsers(): the users' and memberships' indexes, built while values are
    // still on their way.
    bool finishUsers();
    // The values of `userIds`, users written before, as the server answered them; values of
    // other users and of fields the schema does not know are left out.
    bool writeValues(const QList<qint64> &userIds, const MetaValuePages &values);
    // Makes the remaining indexes again and marks the file as an offline copy: from now on,
    // writes are noted as changes to send.
    bool writeOrigin(const OfflineOrigin &origin);

    QString errorText() const { return m_error; }

private:
    struct FieldSlot
    {
        qint64 id = 0;
        MetaType type = MetaType::String;
    };

    // One transaction around `work` (which says why it failed through failed()), committed when
    // it succeeds, rolled back when not.
    bool inTransaction(const std::function<bool(SqlConnection *)> &work);
    bool failed(const QString &error); // keeps `error` for errorText(); false

    SqliteStore &m_store;
    qint64 m_accountId = 0;
    QHash<QByteArray, FieldSlot> m_fields; // by the name's UTF-8
    SqliteBulkLoad m_load;
    QString m_error;
};
