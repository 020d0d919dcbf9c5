#pragma once

#include "domain/ApiError.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class SqliteStore;

// One entry of PUT /api/ingress/user_meta/fields: a checked definition, or none to delete.
struct SchemaChange
{
    QString name;
    std::optional<MetaField> definition;
    QString location; // "fields.<name>", for errors
};

struct SchemaOutcome
{
    ApiError error;
    int created = 0;
    int replaced = 0;
    int deleted = 0;
    int unchanged = 0;
    qint64 valuesConverted = 0; // stored values rewritten for a changed definition

    bool ok() const { return !error.isError(); }
};

// Creates, replaces and deletes meta field definitions in one transaction (docs/API.md 8).
// Every stored value must fit its field afterwards: a replaced definition is checked against all
// of them (and they are rewritten in the new type's form); a field that still holds values is
// deleted only when forced. Definitions must already be checked (MetaFieldDefinitionParser).
class SchemaWriter
{
    Q_DECLARE_TR_FUNCTIONS(SchemaWriter)
public:
    // At most this many offending users are listed one by one; the rest are counted.
    static constexpr int kMaxListedUsers = 1000;

    explicit SchemaWriter(SqliteStore &store);
    // `accountId` is the caller's account: only its users are named in errors.
    SchemaOutcome apply(qint64 accountId, const QList<SchemaChange> &changes, bool force);

private:
    struct Rewrite
    {
        qint64 userId;
        qint64 accountId;
        qint64 fieldId;
        MetaType type;
        QJsonValue value;
    };
    bool checkValues(qint64 accountId, qint64 fieldId, const MetaField &oldField,
                     const SchemaChange &change, QList<Rewrite> &rewrites, ApiError &error);

    SqliteStore &m_store;
};
