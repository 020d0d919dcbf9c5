#include "StoredFieldDefinition.h"

#include "payload/JsonWriter.h"

#include <QJsonDocument>

namespace StoredFieldDefinition {

QByteArray text(const MetaField &field)
{
    return JsonWriter::compact(field.toJson());
}

QJsonObject object(const QString &columnText)
{
    return QJsonDocument::fromJson(JsonWriter::withMarksEscaped(columnText.toUtf8())).object();
}

MetaField read(const QString &name, const QString &columnText)
{
    return MetaField::fromJson(name, object(columnText));
}

} // namespace StoredFieldDefinition
