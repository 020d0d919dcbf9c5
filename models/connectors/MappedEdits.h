#pragma once

#include "RemoteIdMap.h"
#include "TargetHeldBack.h"

#include <QCoreApplication>
#include <QList>

// One edit with the remote user it goes to.
struct MappedEdit
{
    int editIndex = -1;
    MetaEdit edit;
    QString remoteId;
};

// The first step of every plan to another system: each edit gets its remote user, and edits
// that have none, or whose remote user another local user also maps to, are held back (two
// people's values must never land on one remote user).
class MappedEdits
{
    Q_DECLARE_TR_FUNCTIONS(MappedEdits)
public:
    static MappedEdits map(const QList<MetaEdit> &edits, const RemoteIdMap &ids);

    // The place of an edit, the way every report of a send names it.
    static QString location(const MetaEdit &edit);

    QList<MappedEdit> mapped;
    QList<TargetHeldBack> heldBack;
};
