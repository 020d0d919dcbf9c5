#include "SqlDialect.h"

const char *SqlDialect::beginWrite() const
{
    return isPostgres() ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN IMMEDIATE";
}

const char *SqlDialect::beginRead() const
{
    // One snapshot for every statement of a read (a page of changes and its revision agree).
    return isPostgres() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
}

const char *SqlDialect::accountLock() const
{
    return isPostgres() ? " FOR UPDATE" : "";
}

QString SqlDialect::caseless(const QString &expression) const
{
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expression)
                        : expression + QStringLiteral(" COLLATE NOCASE");
}

const char *SqlDialect::like() const
{
    return isPostgres() ? "ILIKE" : "LIKE";
}

const char *SqlDialect::greatest() const
{
    return isPostgres() ? "greatest" : "max";
}

QString SqlDialect::valueText(const QString &column) const
{
    // PostgreSQL keeps a value as jsonb: its text (#>> '{}') is the string itself, not quoted.
    return isPostgres() ? QStringLiteral("(%1 #>> '{}')").arg(column)
                        : QStringLiteral("CAST(%1 AS TEXT)").arg(column);
}
