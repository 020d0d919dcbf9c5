#include "TargetConnector.h"

#include "CrymboPlanner.h"
#include "CrymboSendJob.h"
#include "PubNubPlanner.h"
#include "PubNubSendJob.h"
#include "UserComPlanner.h"
#include "UserComSendJob.h"

TargetPlan TargetConnector::preview(const TargetSettings &settings, const QList<MetaEdit> &edits,
                                    const QList<MetaField> &schema, const RemoteIdMap &ids,
                                    bool hasSecret,
                                    const std::optional<CrymboKeyRules> &crymboRules)
{
    const QString secret =
        hasSecret ? QString::fromLatin1(TargetRequest::kSecretPlaceholder) : QString();
    switch (settings.kind) {
    case TargetKind::UserCom:
        return UserComPlanner::plan(settings, UserComPlanner::prepare(edits, schema, ids), secret);
    case TargetKind::PubNub:
        return PubNubPlanner::plan(settings, PubNubPlanner::prepare(edits, ids), secret);
    case TargetKind::Crymbo:
        return CrymboPlanner::plan(settings, CrymboPlanner::prepare(edits, ids, crymboRules));
    case TargetKind::Tld:
        break;
    }
    return {};
}

QString TargetConnector::previewLimits(TargetKind kind, bool targetRead)
{
    switch (kind) {
    case TargetKind::PubNub:
        return tr("Each uuid is read first: the set carries the custom object just read with "
                  "the changes merged in, and its eTag.");
    case TargetKind::Crymbo:
        if (targetRead)
            return tr("Edits Crymbo's key structure refuses are held back above (the structure "
                      "was read just now, and is read again right before sending). Each key is "
                      "updated by the id found, or created when none is found.");
        return tr("Crymbo's key structure is read right after the login: edits it refuses are "
                  "held back then, before anything is written. Each key is updated by the id "
                  "found, or created when none is found.");
    case TargetKind::UserCom:
    case TargetKind::Tld:
        break;
    }
    return {};
}

TargetSendJob *TargetConnector::makeJob(const TargetSettings &settings, const QString &secret,
                                        const QList<MetaEdit> &edits,
                                        const QList<MetaField> &schema, const RemoteIdMap &ids,
                                        const RemoteOptions &options, QObject *parent)
{
    switch (settings.kind) {
    case TargetKind::UserCom:
        return new UserComSendJob(settings, secret, edits, schema, ids, options, parent);
    case TargetKind::PubNub:
        return new PubNubSendJob(settings, secret, edits, ids, options, parent);
    case TargetKind::Crymbo:
        return new CrymboSendJob(settings, secret, edits, ids, options, parent);
    case TargetKind::Tld:
        break;
    }
    return nullptr;
}

QList<MetaEdit> TargetConnector::editsOf(const QList<SyncRow> &rows)
{
    QList<MetaEdit> edits;
    for (const SyncRow &row : rows) {
        if (row.place.kind != SyncPlace::Kind::Cell || ThreeWayMerge::same(row.taken, row.mine))
            continue;
        MetaEdit edit;
        edit.userId = row.place.userId;
        edit.field = row.place.field;
        edit.value = row.mine.value_or(QJsonValue(QJsonValue::Null));
        edits.append(edit);
    }
    return edits;
}
