#pragma once

#include "MappedEdits.h"
#include "TargetPlan.h"
#include "TargetSettings.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

// User.com's mass update of custom attributes (docs/API.md, "User.com"): one request sets one
// attribute to one value on many users, so edits are grouped by (attribute, value) and each
// group's user ids are sent in chunks.
class UserComPlanner
{
    Q_DECLARE_TR_FUNCTIONS(UserComPlanner)
public:
    static constexpr int kMaxAttributeLength = 255;
    static const char *const kPath;

    // One (attribute, value) and the users that get it.
    struct Group
    {
        QString attribute;
        QJsonValue value;
        QList<qint64> ids;      // remote ids, in the order the edits came
        QList<int> editIndexes; // parallel to ids
    };
    struct Prepared
    {
        QList<Group> groups;
        QList<TargetHeldBack> heldBack;
        int editCount = 0;
    };

    // Why User.com cannot take `value` for `field` (may be null: not in the schema); none when
    // it can. Clearing values are not passed here.
    static std::optional<QString> valueProblem(const MetaField *field, const QJsonValue &value);
    static Prepared prepare(const QList<MetaEdit> &edits, const QList<MetaField> &schema,
                            const RemoteIdMap &ids);
    // One request per chunk of a group's ids; `token` is the API key or the placeholder.
    static QList<TargetRequest> requests(const TargetSettings &settings, const Group &group,
                                         const QString &token);
    static TargetPlan plan(const TargetSettings &settings, const Prepared &prepared,
                           const QString &token);
};
