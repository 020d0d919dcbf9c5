#include "CrymboPlanner.h"

#include "payload/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

const char *const CrymboPlanner::kLoginPath = "/auth/login";
const char *const CrymboPlanner::kStructurePath = "/usersMeta/structure";
const char *const CrymboPlanner::kMetaPath = "/usersMeta";

namespace {
QList<QPair<QByteArray, QByteArray>> bearer(const QString &token, bool json)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8()}};
    if (json)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return headers;
}

QByteArray metaBody(const MappedEdit &m)
{
    return JsonWriter::compact(QJsonObject{{QStringLiteral("user_id"), m.remoteId},
                                           {QStringLiteral("key"), m.edit.field},
                                           {QStringLiteral("value"), m.edit.value}});
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

CrymboPlanner::Prepared CrymboPlanner::prepare(const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                                               const std::optional<CrymboKeyRules> &rules)
{
    Prepared prepared;
    prepared.editCount = int(edits.size());
    const MappedEdits mapped = MappedEdits::map(edits, ids);
    prepared.heldBack = mapped.heldBack;
    for (const MappedEdit &m : mapped.mapped) {
        std::optional<QString> problem;
        if (m.edit.clears())
            problem = tr("Crymbo's usersMeta has no way to remove a key.");
        else if (rules)
            problem = rules->problem(m.edit.field, m.edit.value);
        if (problem)
            prepared.heldBack.append(
                {m.editIndex, m.edit, MappedEdits::location(m.edit), *problem});
        else
            prepared.edits.append(m);
    }
    return prepared;
}

TargetRequest CrymboPlanner::loginRequest(const QString &username, const CrymboCredentials &creds)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QString::fromLatin1(kLoginPath);
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = JsonWriter::compact(QJsonObject{{QStringLiteral("api_key"), creds.apiKey},
                                                   {QStringLiteral("api_secret"), creds.apiSecret},
                                                   {QStringLiteral("username"), username}});
    return request;
}

TargetRequest CrymboPlanner::structureRequest(const QString &token)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QString::fromLatin1(kStructurePath);
    request.headers = bearer(token, false);
    return request;
}

TargetRequest CrymboPlanner::findRequest(const QString &userId, const QString &key,
                                         const QString &token)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = QString::fromLatin1(kMetaPath) + QStringLiteral("/user/") + encoded(userId) +
                   QStringLiteral("/key/") + encoded(key);
    request.headers = bearer(token, false);
    return request;
}

TargetRequest CrymboPlanner::createRequest(const MappedEdit &edit, const QString &token)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QString::fromLatin1(kMetaPath);
    request.headers = bearer(token, true);
    request.body = metaBody(edit);
    request.editIndexes = {edit.editIndex};
    return request;
}

TargetRequest CrymboPlanner::updateRequest(const QString &id, const MappedEdit &edit,
                                           const QString &token)
{
    TargetRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = QString::fromLatin1(kMetaPath) + QLatin1Char('/') + encoded(id);
    request.headers = bearer(token, true);
    request.body = metaBody(edit);
    request.editIndexes = {edit.editIndex};
    return request;
}

TargetPlan CrymboPlanner::plan(const TargetSettings &settings, const Prepared &prepared)
{
    TargetPlan plan;
    plan.editCount = prepared.editCount;
    plan.heldBack = prepared.heldBack;
    const QString placeholder = QString::fromLatin1(TargetRequest::kSecretPlaceholder);
    const QString token = QStringLiteral("<token>");
    plan.requests << loginRequest(settings.crymboUsername, {placeholder, placeholder})
                  << structureRequest(token);
    for (const MappedEdit &m : prepared.edits) {
        TargetRequest find = findRequest(m.remoteId, m.edit.field, token);
        find.editIndexes = {m.editIndex};
        TargetRequest write = updateRequest(QStringLiteral("<id>"), m, token);
        write.note = tr("PUT to the id found; when none is found, POST %1 with the same body.")
                         .arg(QString::fromLatin1(kMetaPath));
        plan.requests << find << write;
    }
    return plan;
}
