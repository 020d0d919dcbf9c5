#pragma once

#include "SyncRow.h"
#include "domain/EditSet.h"

#include <QList>

// What Send Changes (and Get Server Changes) will do, place by place: which of the file's changes
// go to the server, which are already there, which server changes the file takes, and the
// conflicts the person decides. Nothing is sent for a conflict nobody decided.
class SendPlan
{
public:
    SendPlan() = default;
    // Rows with nothing to do (Unchanged) are left out.
    explicit SendPlan(const QList<SyncRow> &rows);

    const QList<SyncRow> &rows() const { return m_rows; }
    qint64 count(ThreeWayMerge::Decision decision) const;
    qint64 toSend() const;    // places whose value goes to the server, decided conflicts included
    qint64 undecided() const; // conflicts still to decide
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Choices for a conflict (other rows ignore them). `value` is for UseValue.
    void choose(int row, SyncRow::Choice choice, const ThreeWayMerge::Value &value = {});
    void chooseForAllConflicts(SyncRow::Choice choice);

    // How the group operations name their groups: by the places' group ids, or by the rows'
    // group names (for a server whose group ids are not known, docs/API.md 6).
    enum class GroupNaming
    {
        ById,
        ByName
    };
    // The requests' content: one meta edit per sent cell (absent clears it) and, per group, one
    // operation adding and one removing users, in requests of at most `usersPerRequest` users.
    EditSet edits(int usersPerRequest = kUsersPerRequest,
                  GroupNaming naming = GroupNaming::ById) const;
    // The rows whose file value changes (server changes taken, conflicts settled for theirs or a
    // typed value).
    QList<SyncRow> fileUpdates() const;

    static constexpr int kUsersPerRequest = 1000;

private:
    QList<SyncRow> m_rows;
};
