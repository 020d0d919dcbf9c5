#pragma once

#include "UserQuery.h"
#include "domain/MetaField.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QVariant>
#include <vector>

class SqlDialect;
class SqlStatement;

// Turns a UserQuery into the WHERE and ORDER BY parts of a query over
// `user_accounts ua JOIN users u` (and, sorted by a meta field, `meta_values s`), with bound
// parameters only. The one rule set for listing users: a file and a server both use it.
class UserQuerySql
{
    Q_DECLARE_TR_FUNCTIONS(UserQuerySql)
public:
    struct FieldInfo
    {
        qint64 id = 0;
        MetaField field;
    };

    UserQuerySql(const UserQuery &query, qint64 accountId, const QHash<QString, FieldInfo> &fields,
                 const SqlDialect &dialect);

    // Why the query cannot run (an unknown field, a value that does not fit its type); the
    // sentence is for the person who typed it.
    QString error() const { return m_error; }
    // Which meta filter (UserQuery::metaFilters) the error is about; -1 when none.
    int errorFilter() const { return m_errorFilter; }
    // Whether the error is about the sort field.
    bool errorInSort() const { return m_errorInSort; }
    QString where() const { return m_where; }
    // For a meta order: over the users that hold a value of sortFieldId(), as `s`.
    QString orderBy() const { return m_orderBy; }
    // The meta field sorted by (UserQuery::Sort::Meta); 0 for other orders.
    qint64 sortFieldId() const { return m_sortFieldId; }
    void bind(SqlStatement &statement) const;

private:
    QString m_error;
    int m_errorFilter = -1;
    bool m_errorInSort = false;
    qint64 m_sortFieldId = 0;
    QString m_where;
    QString m_orderBy;
    QHash<QString, QVariant> m_binds;
    struct ValueBind
    {
        QString name;
        MetaType type;
        QJsonValue value;
    };
    std::vector<ValueBind> m_valueBinds; // bound as the backend stores values (MetaValueCodec)
};
