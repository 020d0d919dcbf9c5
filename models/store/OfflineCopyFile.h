#pragma once

#include "domain/MetaType.h"
#include "domain/ServerChanges.h"
#include "sync/OfflineOrigin.h"
#include "sync/SyncRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <initializer_list>
#include <optional>

class SqliteStore;
class SqlConnection;

// The offline-copy side of an open database file: where it came from, which places differ from
// what was taken (changes to send), putting taken values back (revert) and, once a send is done,
// writing the server's values and moving the taken snapshot to them (settle). A file that is no
// offline copy has an invalid origin and no changes.
//
// What was taken at a place is its own row in taken_values / taken_memberships when the place
// is noted in changed_places (the schema's triggers save it at the first change), and otherwise
// what the file holds there now.
class OfflineCopyFile
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopyFile)
public:
    // changed_places.kind (schema migration "offline copy").
    static constexpr qint64 kCellKind = 0;
    static constexpr qint64 kMembershipKind = 1;

    explicit OfflineCopyFile(SqliteStore &store);

    // Invalid for a file that is no offline copy (and on error: see errorText()).
    OfflineOrigin origin();
    // Every cell and membership of the account that differs from what was taken, in user order:
    // taken and mine filled in, theirs taken to be the taken value (nothing is known of the
    // server here), with the user's and group's names.
    QList<SyncRow> changesToSend(qint64 accountId, bool *ok = nullptr);
    // Gives the places their taken values back, in one transaction.
    bool revert(qint64 accountId, const QList<SyncPlace> &places);
    // After a send or Get Server Changes: each row's settled value goes into the file and becomes
    // the taken value (the server holds it now), in one transaction; with `takenRevision` the
    // copy stands at that server revision from now on.
    bool settle(qint64 accountId, const QList<SyncRow> &rows,
                std::optional<qint64> takenRevision = std::nullopt);
    // Field definitions the server changed, taken by the schema's own rules (SchemaWriter): new
    // ones created, changed ones replaced where the file's values fit, deleted ones removed with
    // their values unless this file changed some of them. `notes` gets why any was not taken.
    bool takeFields(qint64 accountId, const QList<ServerChanges::Field> &fields,
                    QStringList *notes);

    QString errorText() const { return m_error; }

private:
    struct FieldSlot
    {
        qint64 id = 0;
        MetaType type = MetaType::String;
    };
    QHash<QString, FieldSlot> fieldSlots(qint64 accountId);
    // How many places of `kind` were noted as written (an upper bound of the changes).
    qint64 countChanged(qint64 kind);
    // Both in user order; a user's cells in schema order, memberships by group name.
    bool readCells(qint64 accountId, QList<SyncRow> &rows);
    bool readMemberships(qint64 accountId, QList<SyncRow> &rows);
    // Writes `value` (absent: none) at `place` in the file's data or in its taken snapshot, and
    // forgets the place as changed when both now agree.
    bool write(qint64 accountId, const SyncPlace &place, qint64 ref, MetaType type,
               const ThreeWayMerge::Value &value, bool taken);
    bool restoreTaken(qint64 accountId, const SyncPlace &place, qint64 ref);
    bool forgetIfUnchanged(qint64 accountId, const SyncPlace &place, qint64 ref);
    // Runs each statement in turn with ?1 the user, ?2 the field or group id, ?3 the account and
    // ?4 the place's changed_places kind (a statement ignores what it does not use).
    bool runAtPlace(std::initializer_list<const char *> statements, qint64 accountId,
                    const SyncPlace &place, qint64 ref);
    bool forgetField(qint64 fieldId);
    // The field id of a cell, the group id of a membership; 0 (with errorText()) when unknown.
    qint64 refOf(const SyncPlace &place, const QHash<QString, FieldSlot> &slots);

    SqliteStore &m_store;
    SqlConnection *m_db;
    QString m_error;
};
