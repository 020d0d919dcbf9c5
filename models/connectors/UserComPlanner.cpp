#include "UserComPlanner.h"

#include "payload/JsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

const char *const UserComPlanner::kPath = "/api/public/users/mass_update_custom_attributes/";

std::optional<QString> UserComPlanner::valueProblem(const MetaField *field, const QJsonValue &value)
{
    if (value.isArray() || value.isObject() ||
        (field && (field->type == MetaType::Array || field->type == MetaType::Json)))
        return tr("User.com takes boolean, integer, date, date & time and string values, no "
                  "lists or objects.");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) != d || std::abs(d) > 9007199254740991.0)
            return tr("User.com takes whole numbers only; %1 is not one.")
                .arg(QString::number(d, 'g', 17));
    }
    return std::nullopt;
}

UserComPlanner::Prepared UserComPlanner::prepare(const QList<MetaEdit> &edits,
                                                 const QList<MetaField> &schema,
                                                 const RemoteIdMap &ids)
{
    Prepared prepared;
    prepared.editCount = int(edits.size());
    QHash<QString, const MetaField *> fields;
    for (const MetaField &f : schema)
        fields.insert(f.name, &f);
    const MappedEdits mapped = MappedEdits::map(edits, ids);
    prepared.heldBack = mapped.heldBack;
    QHash<QByteArray, int> groupOf; // (attribute, value) -> index into groups
    for (const MappedEdit &m : mapped.mapped) {
        const MetaEdit &edit = m.edit;
        const auto holdBack = [&](const QString &reason) {
            prepared.heldBack.append({m.editIndex, edit, MappedEdits::location(edit), reason});
        };
        bool numeric = false;
        const qint64 remote = m.remoteId.toLongLong(&numeric);
        if (!numeric || remote <= 0) {
            holdBack(
                tr("User.com user ids are positive integers; \"%1\" is not one.").arg(m.remoteId));
            continue;
        }
        if (edit.field.isEmpty() || edit.field.size() > kMaxAttributeLength) {
            holdBack(tr("User.com attribute names are 1 to %1 characters long.")
                         .arg(kMaxAttributeLength));
            continue;
        }
        if (edit.clears()) {
            holdBack(tr("User.com's mass update sets a value; it cannot clear an attribute."));
            continue;
        }
        if (const std::optional<QString> problem =
                valueProblem(fields.value(edit.field), edit.value)) {
            holdBack(*problem);
            continue;
        }
        const QByteArray key =
            edit.field.toUtf8() + '\x1f' + JsonWriter::compact(QJsonArray{edit.value});
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(prepared.groups.size()));
            prepared.groups.append({edit.field, edit.value, {}, {}});
        }
        Group &group = prepared.groups[it.value()];
        group.ids.append(remote);
        group.editIndexes.append(m.editIndex);
    }
    return prepared;
}

QList<TargetRequest> UserComPlanner::requests(const TargetSettings &settings, const Group &group,
                                              const QString &token)
{
    QList<TargetRequest> list;
    const int chunk = qMax(1, settings.userComChunkSize);
    for (qsizetype start = 0; start < group.ids.size(); start += chunk) {
        QJsonArray ids;
        TargetRequest request;
        for (qsizetype i = start; i < qMin(group.ids.size(), start + chunk); ++i) {
            ids.append(group.ids.at(i));
            request.editIndexes.append(group.editIndexes.at(i));
        }
        request.method = settings.userComMethod;
        request.path = QString::fromLatin1(kPath);
        request.headers = {
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Token ") + token.toUtf8()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        request.body =
            JsonWriter::compact(QJsonObject{{QStringLiteral("ids"), ids},
                                            {QStringLiteral("attribute"), group.attribute},
                                            {QStringLiteral("value"), group.value}});
        list.append(request);
    }
    return list;
}

TargetPlan UserComPlanner::plan(const TargetSettings &settings, const Prepared &prepared,
                                const QString &token)
{
    TargetPlan plan;
    plan.editCount = prepared.editCount;
    plan.heldBack = prepared.heldBack;
    for (const Group &group : prepared.groups)
        plan.requests += requests(settings, group, token);
    return plan;
}
