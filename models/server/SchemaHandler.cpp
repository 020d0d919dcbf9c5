#include "SchemaHandler.h"

#include "payload/MetaFieldDefinitionParser.h"
#include "store/SchemaWriter.h"
#include "store/SqlStore.h"

namespace {
bool isYes(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes");
}

QString summary(const SchemaOutcome &o)
{
    const int changed = o.created + o.replaced + o.deleted;
    if (changed == 0)
        return QStringLiteral("No Meta Fields were Changed.");
    QStringList parts;
    const auto add = [&parts](int n, const char *verb) {
        if (n > 0)
            parts << QString::number(n) + QLatin1Char(' ') + QLatin1String(verb);
    };
    add(o.created, "Created");
    add(o.replaced, "Replaced");
    add(o.deleted, "Deleted");
    return QString::number(changed) +
           QLatin1String(changed == 1 ? " Meta Field was" : " Meta Fields were") +
           QStringLiteral(" Changed (") + parts.join(QStringLiteral(", ")) + QStringLiteral(").");
}
} // namespace

SchemaHandler::SchemaHandler(SqlStore &store)
    : m_store(store)
{}

ApiResponse SchemaHandler::putFields(qint64 accountId, const QJsonObject &document,
                                     std::optional<qint64> ifMatch)
{
    const QString kFields = QStringLiteral("fields");
    if (!document.contains(kFields) || !document.value(kFields).isObject())
        return ApiResponse::error(400, ErrorTitles::IncorrectFormat,
                                  tr("expected {\"fields\": {\"<name>\": <definition> or null}}"),
                                  kFields);
    const QJsonObject fields = document.value(kFields).toObject();
    if (fields.isEmpty())
        return ApiResponse::error(400, ErrorTitles::MissingData,
                                  tr("fields is empty: name at least one field"), kFields);
    QList<SchemaChange> changes;
    ApiError error;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString location = kFields + QLatin1Char('.') + it.key();
        // A form cannot send null; an empty value deletes as well.
        const bool deletes =
            it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
        if (deletes) {
            changes.append({it.key(), std::nullopt, location});
            continue;
        }
        const MetaFieldDefinition parsed =
            MetaFieldDefinitionParser::parse(it.key(), it.value(), location);
        if (!parsed.ok()) {
            error.status = 400;
            error.title = QString::fromLatin1(ErrorTitles::InvalidFields);
            error.details += parsed.errors;
            continue;
        }
        changes.append({it.key(), parsed.field, location});
    }
    if (error.isError()) {
        ApiResponse r = ApiResponse::error(error);
        r.entries = fields.size();
        return r;
    }
    SchemaWriter writer(m_store);
    SchemaWriteOptions options;
    options.force = isYes(document.value(QStringLiteral("force")));
    options.dryRun = isYes(document.value(QStringLiteral("dry_run")));
    const SchemaOutcome outcome = writer.apply(accountId, changes, options, ifMatch);
    ApiResponse r = outcome.ok()
                        ? ApiResponse::json(QJsonObject{
                              {QStringLiteral("message"), summary(outcome)},
                              {QStringLiteral("created"), outcome.created},
                              {QStringLiteral("replaced"), outcome.replaced},
                              {QStringLiteral("deleted"), outcome.deleted},
                              {QStringLiteral("unchanged"), outcome.unchanged},
                              {QStringLiteral("values_converted"), outcome.valuesConverted},
                              {QStringLiteral("values_deleted"), outcome.valuesDeleted},
                              {QStringLiteral("dry_run"), options.dryRun},
                              {QStringLiteral("revision"), outcome.revision}})
                        : ApiResponse::error(ApiResponse::apiError(outcome.error));
    if (outcome.ok())
        r.withRevision(outcome.revision);
    r.entries = fields.size();
    return r;
}
