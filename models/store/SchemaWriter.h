#pragma once

#include "domain/DomainError.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class SqlStore;

// One entry of PUT /api/ingress/user_meta/fields: a checked definition, or none to delete.
struct SchemaChange
{
    QString name;
    std::optional<MetaField> definition;
    QString location; // "fields.<name>", for errors
};

// How a schema change is carried out. A dry run checks and counts everything as a real write
// would, then writes nothing: the GUI asks the person with exact counts before a conversion or
// a deletion.
struct SchemaWriteOptions
{
    bool force = false; // delete fields that still hold values, with their values
    bool dryRun = false;
};

struct SchemaOutcome
{
    DomainError error; // refused: the locations are fields.<name>
    int created = 0;
    int replaced = 0;
    int deleted = 0;
    int unchanged = 0;
    qint64 valuesConverted = 0; // stored values rewritten for a changed definition
    qint64 valuesDeleted = 0;   // stored values removed with a deleted (forced) field
    qint64 revision = 0;        // the account's revision after the write (docs/API.md 10)

    bool ok() const { return !error.isError(); }
};

// Creates, replaces and deletes one account's meta field definitions in one transaction
// (docs/API.md 8).
// Every stored value must fit its field afterwards: a replaced definition is checked against all
// of them (and they are rewritten in the new type's form); a field that still holds values is
// deleted only when forced. Definitions must already be checked (MetaFieldDefinitionParser).
class SchemaWriter
{
    Q_DECLARE_TR_FUNCTIONS(SchemaWriter)
public:
    // At most this many offending users are listed one by one; the rest are counted.
    static constexpr int kMaxListedUsers = 1000;

    explicit SchemaWriter(SqlStore &store);
    // Changes the schema of `accountId` only; other accounts' fields and values are untouched.
    // With `ifMatch`, a definition the request would change that changed after that revision
    // makes it write nothing and answer the kind Conflict (docs/API.md 10).
    SchemaOutcome apply(qint64 accountId, const QList<SchemaChange> &changes,
                        SchemaWriteOptions options, std::optional<qint64> ifMatch = std::nullopt);

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
                     const SchemaChange &change, QList<Rewrite> &rewrites, DomainError &error);

    SqlStore &m_store;
};
