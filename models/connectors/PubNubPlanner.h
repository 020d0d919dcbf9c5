#pragma once

#include "MappedEdits.h"
#include "TargetPlan.h"
#include "TargetSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// PubNub App Context's user (uuid) metadata (docs/API.md, "PubNub App Context"): per uuid, read
// the metadata with its custom object and eTag, merge the changed fields into custom (it is
// replaced whole), and set it on the condition that the eTag still holds.
class PubNubPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PubNubPlanner)
public:
    static constexpr int kMaxUuidCharacters = 64;
    static constexpr int kMaxUuidBytes = 92;

    // One uuid and the edits of its custom object.
    struct UserEdits
    {
        QString uuid;
        QList<MappedEdit> edits;
    };
    struct Prepared
    {
        QList<UserEdits> users;
        QList<TargetHeldBack> heldBack;
        int editCount = 0;
    };

    // Why `uuid` is not one PubNub takes; none when it is.
    static std::optional<QString> uuidProblem(const QString &uuid);
    // Why `value` cannot stand in custom (scalars only); clearing values are not passed here.
    static std::optional<QString> valueProblem(const QJsonValue &value);
    static Prepared prepare(const QList<MetaEdit> &edits, const RemoteIdMap &ids);

    // `auth` is the Access Manager token or its placeholder; empty when none is used.
    static TargetRequest readRequest(const TargetSettings &settings, const QString &uuid,
                                     const QString &auth);
    static TargetRequest setRequest(const TargetSettings &settings, const QString &uuid,
                                    const QJsonObject &custom, const QByteArray &eTag,
                                    const QString &auth);
    // `custom` with the edits put in (a clearing edit removes its key).
    static QJsonObject merged(QJsonObject custom, const QList<MappedEdit> &edits);
    static TargetPlan plan(const TargetSettings &settings, const Prepared &prepared,
                           const QString &auth);
};
