#pragma once

#include "ApiResponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class SqlStore;

// PUT /api/ingress/user_meta/fields (docs/API.md 8): {"fields": {"<name>": definition | null}}.
// Definitions are checked by MetaFieldDefinitionParser and written by SchemaWriter.
class SchemaHandler
{
    Q_DECLARE_TR_FUNCTIONS(SchemaHandler)
public:
    explicit SchemaHandler(SqlStore &store);
    ApiResponse putFields(qint64 accountId, const QJsonObject &document,
                          std::optional<qint64> ifMatch = std::nullopt);

private:
    SqlStore &m_store;
};
