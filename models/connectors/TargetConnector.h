#pragma once

#include "CrymboKeyRules.h"
#include "RemoteIdMap.h"
#include "TargetPlan.h"
#include "TargetSendJob.h"
#include "TargetSettings.h"
#include "domain/MetaField.h"
#include "sync/SyncRow.h"

#include <QCoreApplication>
#include <optional>

// The one place a target's kind picks its planner and its send job, so that a preview shows
// exactly what the job will send.
class TargetConnector
{
    Q_DECLARE_TR_FUNCTIONS(TargetConnector)
public:
    // The requests with the secret as its placeholder (`hasSecret` false: a PubNub profile
    // without an Access Manager token sends none). `crymboRules`: Crymbo's key structure when
    // it was read (CrymboStructureCheck), so that what it refuses is held back in the preview.
    static TargetPlan preview(const TargetSettings &settings, const QList<MetaEdit> &edits,
                              const QList<MetaField> &schema, const RemoteIdMap &ids,
                              bool hasSecret,
                              const std::optional<CrymboKeyRules> &crymboRules = std::nullopt);
    // What the preview cannot show before anything is read from the target; empty if nothing.
    // `targetRead`: what the preview needed from the target was read (Crymbo's structure).
    static QString previewLimits(TargetKind kind, bool targetRead = false);
    // Whether the kind needs a secret to send at all (PubNub works without one).
    static bool needsSecret(TargetKind kind) { return kind != TargetKind::PubNub; }
    // A job not started yet; null for a TLD server (which has its own apply).
    static TargetSendJob *makeJob(const TargetSettings &settings, const QString &secret,
                                  const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                                  const RemoteIdMap &ids, const RemoteOptions &options,
                                  QObject *parent);
    // An offline copy's changed cells as edits (mine; a removed value clears). Memberships are
    // not meta data and have no place in the other systems.
    static QList<MetaEdit> editsOf(const QList<SyncRow> &rows);
};
