#include "PubNubPlanner.h"

#include "payload/JsonWriter.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>

std::optional<QString> PubNubPlanner::uuidProblem(const QString &uuid)
{
    if (uuid.isEmpty())
        return tr("The PubNub uuid is empty.");
    if (uuid.size() > kMaxUuidCharacters || uuid.toUtf8().size() > kMaxUuidBytes)
        return tr("The PubNub uuid \"%1\" is longer than %2 characters or %3 bytes.")
            .arg(uuid)
            .arg(kMaxUuidCharacters)
            .arg(kMaxUuidBytes);
    for (const QChar c : uuid) {
        if (c == QLatin1Char(',') || c == QLatin1Char('/') || c == QLatin1Char('\\') ||
            c == QLatin1Char('*') || c == QLatin1Char(':'))
            return tr("The PubNub uuid \"%1\" holds \"%2\", which PubNub does not allow.")
                .arg(uuid, QString(c));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The PubNub uuid \"%1\" holds a control character.").arg(uuid);
    }
    // The list of prohibited characters names the word "channel" too; taken as it is written.
    if (uuid.contains(QLatin1String("channel")))
        return tr("The PubNub uuid \"%1\" holds \"channel\", which PubNub does not allow.")
            .arg(uuid);
    return std::nullopt;
}

std::optional<QString> PubNubPlanner::valueProblem(const QJsonValue &value)
{
    if (value.isArray() || value.isObject())
        return tr("PubNub custom values must be scalars (text, number or true/false), no lists "
                  "or objects.");
    return std::nullopt;
}

PubNubPlanner::Prepared PubNubPlanner::prepare(const QList<MetaEdit> &edits, const RemoteIdMap &ids)
{
    Prepared prepared;
    prepared.editCount = int(edits.size());
    const MappedEdits mapped = MappedEdits::map(edits, ids);
    prepared.heldBack = mapped.heldBack;
    QHash<QString, int> userOf;
    for (const MappedEdit &m : mapped.mapped) {
        std::optional<QString> problem = uuidProblem(m.remoteId);
        if (!problem && !m.edit.clears())
            problem = valueProblem(m.edit.value);
        if (problem) {
            prepared.heldBack.append(
                {m.editIndex, m.edit, MappedEdits::location(m.edit), *problem});
            continue;
        }
        auto it = userOf.find(m.remoteId);
        if (it == userOf.end()) {
            it = userOf.insert(m.remoteId, int(prepared.users.size()));
            prepared.users.append({m.remoteId, {}});
        }
        prepared.users[it.value()].edits.append(m);
    }
    return prepared;
}

namespace {
QString objectPath(const TargetSettings &settings, const QString &uuid, const QString &auth)
{
    QString path =
        QStringLiteral("/v2/objects/%1/uuids/%2?include=custom")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(settings.pubNubSubscribeKey)),
                 QString::fromLatin1(QUrl::toPercentEncoding(uuid)));
    if (!auth.isEmpty())
        path += QStringLiteral("&auth=") + QString::fromLatin1(QUrl::toPercentEncoding(auth));
    return path;
}
} // namespace

TargetRequest PubNubPlanner::readRequest(const TargetSettings &settings, const QString &uuid,
                                         const QString &auth)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = objectPath(settings, uuid, auth);
    return request;
}

TargetRequest PubNubPlanner::setRequest(const TargetSettings &settings, const QString &uuid,
                                        const QJsonObject &custom, const QByteArray &eTag,
                                        const QString &auth)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = objectPath(settings, uuid, auth);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!eTag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), eTag});
    request.body = JsonWriter::compact(QJsonObject{{QStringLiteral("custom"), custom}});
    return request;
}

QJsonObject PubNubPlanner::merged(QJsonObject custom, const QList<MappedEdit> &edits)
{
    for (const MappedEdit &m : edits) {
        if (m.edit.clears())
            custom.remove(m.edit.field);
        else
            custom.insert(m.edit.field, m.edit.value);
    }
    return custom;
}

TargetPlan PubNubPlanner::plan(const TargetSettings &settings, const Prepared &prepared,
                               const QString &auth)
{
    TargetPlan plan;
    plan.editCount = prepared.editCount;
    plan.heldBack = prepared.heldBack;
    for (const UserEdits &user : prepared.users) {
        TargetRequest read = readRequest(settings, user.uuid, auth);
        TargetRequest set = setRequest(settings, user.uuid, merged({}, user.edits),
                                       QByteArrayLiteral("<eTag>"), auth);
        for (const MappedEdit &m : user.edits) {
            read.editIndexes.append(m.editIndex);
            set.editIndexes.append(m.editIndex);
        }
        QStringList cleared;
        for (const MappedEdit &m : user.edits) {
            if (m.edit.clears())
                cleared << m.edit.field;
        }
        set.note = cleared.isEmpty()
                       ? tr("custom is the object just read with these fields put in; <eTag> is "
                            "the one just read.")
                       : tr("custom is the object just read with these fields put in and %1 "
                            "taken out; <eTag> is the one just read.")
                             .arg(cleared.join(QStringLiteral(", ")));
        plan.requests << read << set;
    }
    return plan;
}
