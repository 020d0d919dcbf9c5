#pragma once

#include "ApplyJob.h"
#include "ClientError.h"
#include "SchemaWriter.h"
#include "UserQuery.h"
#include "domain/Account.h"
#include "domain/EditSet.h"
#include "domain/MetaField.h"
#include "domain/ServerChanges.h"
#include "domain/User.h"
#include "domain/UserGroup.h"
#include "payload/MetaValuePages.h"
#include "payload/PayloadPlanner.h"
#include "sync/OfflineOrigin.h"
#include "sync/SyncComparison.h"
#include "sync/SyncRow.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

// An answer from a Store: the value, or an error with its kind saying what went wrong.
template<typename T>
struct StoreReply
{
    T value{};
    ClientError error;
    bool ok() const { return !error.isError(); }
    // The translated sentence, for a status line or a dialog.
    QString errorText() const { return error.text; }
};

// One keyset page of users (docs/API.md section 7).
struct UserPage
{
    QList<User> users;
    qint64 total = -1; // users matching the query, in all pages (-1: not counted for this page)
    qint64 next = -1;  // the `after` of the next page; -1 when this is the last
};

// How an apply is sent. With `ifMatchRevision`, every request is conditional (docs/API.md 10):
// one whose places changed after that revision writes nothing and comes back with the kind
// Conflict, its places and their current values in the error's ApiError.
struct ApplyOptions
{
    std::optional<qint64> ifMatchRevision;
};

// The seam between the item models and where the data lives: a database file (LocalStore) or a
// server (RemoteStore). Both follow one behaviour suite. Every call answers through its callback,
// which is dropped if `context` is destroyed first. Answers always come later, from the event
// loop: no store runs SQL or waits for the network on the calling (GUI) thread.
class Store : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const StoreReply<T> &)>;

    using QObject::QObject;

    // A file path or a base URL, for the status bar.
    virtual QString location() const = 0;
    virtual bool isRemote() const = 0;

    virtual void fetchAccounts(QObject *context, Callback<QList<Account>> done) = 0;
    // Keyset page: users after the id `after` (id order). The first page (after == 0) carries
    // the total.
    virtual void fetchUsers(qint64 accountId, const UserQuery &query, qint64 after, int limit,
                            QObject *context, Callback<UserPage> done) = 0;
    // Whether fetchUsersAt works: a view can then jump straight to any row, in any order.
    virtual bool canSeek() const { return false; }
    // The users from position `offset` on, in the query's order. Stores that cannot seek
    // answer with an error.
    virtual void fetchUsersAt(qint64 accountId, const UserQuery &query, qint64 offset, int limit,
                              QObject *context, Callback<UserPage> done);
    virtual void fetchGroups(qint64 accountId, QObject *context,
                             Callback<QList<UserGroup>> done) = 0;
    // The account's own meta-field schema, in display order.
    virtual void fetchFields(qint64 accountId, QObject *context,
                             Callback<QList<MetaField>> done) = 0;
    // Values of the given users (all fields when `fieldNames` is empty).
    virtual void fetchMetaValues(qint64 accountId, const QList<qint64> &userIds,
                                 const QStringList &fieldNames, QObject *context,
                                 Callback<QHash<qint64, QJsonObject>> done) = 0;
    // The same as read, for many users at once (an offline copy): a server's answers as they
    // came, a file's values put into one page.
    virtual void fetchMetaValuePages(qint64 accountId, const QList<qint64> &userIds,
                                     const QStringList &fieldNames, QObject *context,
                                     Callback<MetaValuePages> done);
    // Writes an EditSet: meta edits, then group operations in order, as PayloadPlanner plans it
    // with planOptions() and `schema` (edits the schema refuses are held back, not sent).
    virtual ApplyJob *apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema,
                            const ApplyOptions &options) = 0;
    ApplyJob *apply(qint64 accountId, const EditSet &edits, const QList<MetaField> &schema)
    {
        return apply(accountId, edits, schema, ApplyOptions());
    }
    ApplyJob *apply(qint64 accountId, const EditSet &edits)
    {
        return apply(accountId, edits, {}, ApplyOptions());
    }
    // What changed in the account after revision `since` (docs/API.md 10), every page in one
    // answer: a file reads its own revisions, a server its change feed. The kind Expired when
    // `since` is older than what is still known: the caller takes a fresh copy instead.
    virtual void fetchChanges(qint64 accountId, qint64 since, QObject *context,
                              Callback<ServerChanges> done) = 0;
    // The limits, format and encoding this store's applies are planned with (without a schema),
    // so a preview plans exactly what apply() sends.
    virtual PlanOptions planOptions() const;
    virtual void putFields(qint64 accountId, const QList<SchemaChange> &changes,
                           SchemaWriteOptions options, QObject *context,
                           Callback<SchemaOutcome> done) = 0;
    // How many users of the account hold a value, per field name (fields nobody holds are left
    // out). A file counts with one query, a server answers GET /api/egress/user_meta/counts; the
    // default, for a store with neither, pages through the users and their values
    // (FieldValueCounter).
    virtual void countFieldValues(qint64 accountId, QObject *context,
                                  Callback<QHash<QString, qint64>> done);

    // Whether the store can filter by meta values and sort by any column (else: id order and
    // the search and group filters only).
    virtual bool canQueryMeta() const { return false; }

    // Whether reading or writing `path` as a plain file would touch what this store holds open
    // (its database file or the journals beside it): such a file is never opened outside SQLite.
    virtual bool usesFile(const QString &path) const
    {
        Q_UNUSED(path)
        return false;
    }

    // Looks at once whether the data changed elsewhere (stores that can tell also look on their
    // own, and say so with changedOutside()).
    virtual void checkForOutsideChanges() {}

    // An offline copy of a server account (a file that File › Take Offline Copy made). A store
    // that is no offline copy (a server, a plain file) answers an invalid origin and no changes,
    // and refuses to revert or settle.
    virtual void fetchOfflineOrigin(QObject *context, Callback<OfflineOrigin> done);
    // Every cell and membership that differs from what was taken (taken and mine; theirs is the
    // taken value, as nothing of the server is known here), with user and group names.
    virtual void fetchChangesToSend(qint64 accountId, QObject *context,
                                    Callback<QList<SyncRow>> done);
    // Gives the places their taken values back.
    virtual void revertChanges(qint64 accountId, const QList<SyncPlace> &places, QObject *context,
                               Callback<bool> done);
    // After a send or Get Server Changes: the file takes each row's settled value (fileUpdates:
    // the server's or a chosen value; sentRows: what landed), and the taken snapshot moves to it,
    // as the server now holds it; with `takenRevision` the copy stands at that revision.
    virtual void settle(qint64 accountId, const QList<SyncRow> &fileUpdates,
                        const QList<SyncRow> &sentRows, std::optional<qint64> takenRevision,
                        QObject *context, Callback<bool> done);
    // The account's revision now (docs/API.md 10): where an offline copy taken next starts.
    virtual void fetchRevision(qint64 accountId, QObject *context, Callback<qint64> done);
    // The offline copy beside what the server reports as changed since it was taken
    // (ServerChangesComparer).
    virtual void compareWithServer(qint64 accountId, const ServerChanges &changes, QObject *context,
                                   Callback<SyncComparison> done);
    // Field definitions the server changed, taken into the offline copy; the answer lists those
    // it could not take, each with why.
    virtual void takeServerFields(qint64 accountId, const QList<ServerChanges::Field> &fields,
                                  QObject *context, Callback<QStringList> done);

Q_SIGNALS:
    // Something other than this store's own reads and direct writes changed the data (another
    // process, or an apply job): views should read again what they show.
    void changedOutside();

protected:
    // Why a store that is no offline copy refuses what only a copy does.
    static ClientError notACopy();
    // Calls `done` unless `context` is gone (take the QPointer when the call is made).
    template<typename T>
    static void reply(const QPointer<QObject> &context, const Callback<T> &done,
                      const StoreReply<T> &answer)
    {
        if (context && done)
            done(answer);
    }
    // Like reply(), from the event loop (answers never come inside the call).
    template<typename T>
    void answerLater(QObject *context, const Callback<T> &done, const StoreReply<T> &answer)
    {
        const QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this, [guard, done, answer] { reply<T>(guard, done, answer); }, Qt::QueuedConnection);
    }
};
