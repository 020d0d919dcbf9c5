#include "UserQuerySql.h"

#include "MetaValueCodec.h"
#include "SqlDialect.h"
#include "SqlStatement.h"
#include "payload/ValueValidator.h"

namespace {
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

UserQuerySql::UserQuerySql(const UserQuery &query, qint64 accountId,
                           const QHash<QString, FieldInfo> &fields, const SqlDialect &dialect)
{
    const QString search = query.search.trimmed();
    // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
    const QString like = QLatin1String(dialect.like());
    if (!search.isEmpty()) {
        m_where +=
            QStringLiteral(
                " AND (u.id = :qid OR u.first_name %1 :like ESCAPE '\\' OR u.last_name %1 "
                ":like ESCAPE '\\' OR u.middle_name %1 :like ESCAPE '\\' OR u.alias %1 :like "
                "ESCAPE '\\' OR u.email %1 :like ESCAPE '\\' OR (u.first_name || ' ' || "
                "u.last_name) %1 :like ESCAPE '\\')")
                .arg(like);
        bool isNumber = false;
        const qint64 id = search.toLongLong(&isNumber);
        m_binds.insert(QStringLiteral(":qid"), isNumber ? id : qint64(-1));
        m_binds.insert(QStringLiteral(":like"), likePattern(search));
    }
    if (query.groupId != 0) {
        m_where += QStringLiteral(" AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = "
                                  "ua.user_id AND m.group_id = :group)");
        m_binds.insert(QStringLiteral(":group"), query.groupId);
    }
    m_binds.insert(QStringLiteral(":metaAccount"), accountId);
    const QList<MetaFilter> filters = query.metaFilters();
    for (int i = 0; i < filters.size(); ++i) {
        const MetaFilter &filter = filters.at(i);
        const auto field = fields.constFind(filter.field);
        if (field == fields.constEnd()) {
            m_error = tr("Unknown meta field '%1'").arg(filter.field);
            m_errorFilter = i;
            return;
        }
        const QString n = QString::number(i);
        m_binds.insert(QStringLiteral(":metaField") + n, field->id);
        // Driven from the (field, account, value) index: the matching users first, then their
        // records, instead of probing every user of the account.
        const QString value =
            QStringLiteral(" ua.user_id IN (SELECT v.user_id FROM meta_values v WHERE "
                           "v.field_id = :metaField%1 AND v.account_id = :metaAccount")
                .arg(n);
        switch (filter.match) {
        case MetaFilter::Match::IsMissing:
            m_where += QStringLiteral(" AND NOT") + value + QLatin1Char(')');
            break;
        case MetaFilter::Match::Contains:
            m_where += QStringLiteral(" AND") + value +
                       QStringLiteral(" AND %1 %2 :metaLike%3 ESCAPE '\\')")
                           .arg(dialect.valueText(QStringLiteral("v.value")), like, n);
            m_binds.insert(QStringLiteral(":metaLike") + n, likePattern(filter.text));
            break;
        case MetaFilter::Match::Equals: {
            // The text is read as the field's type, so "5" finds the integer 5.
            const ValueCheck check = ValueValidator::check(field->field, filter.text);
            if (!check.ok) {
                m_error = check.message;
                m_errorFilter = i;
                return;
            }
            m_where += QStringLiteral(" AND") + value +
                       QStringLiteral(" AND v.value = :metaValue%1)").arg(n);
            m_valueBinds.push_back(
                {QStringLiteral(":metaValue") + n, field->field.type, check.value});
            break;
        }
        }
    }

    // Read from the end, the whole order turns round.
    const QString direction =
        query.descending != query.fromEnd ? QStringLiteral(" DESC") : QString();
    switch (query.sort) {
    case UserQuery::Sort::Id:
        m_orderBy = QStringLiteral("ua.user_id") + direction;
        return;
    case UserQuery::Sort::FirstName:
        m_orderBy = QStringLiteral("u.first_name") + direction;
        break;
    case UserQuery::Sort::LastName:
        m_orderBy = QStringLiteral("u.last_name") + direction;
        break;
    case UserQuery::Sort::Email:
        m_orderBy = QStringLiteral("u.email") + direction;
        break;
    case UserQuery::Sort::Status:
        m_orderBy = QStringLiteral("u.status") + direction;
        break;
    case UserQuery::Sort::Meta: {
        const auto field = fields.constFind(query.sortField);
        if (field == fields.constEnd()) {
            m_error = tr("Unknown meta field '%1'").arg(query.sortField);
            m_errorInSort = true;
            return;
        }
        m_sortFieldId = field->id;
        m_binds.insert(QStringLiteral(":sortField"), field->id);
        // Over the users holding a value (`s`, walked in the value index's order); the users
        // without one are listed apart, after them (SqliteStore::users).
        m_orderBy =
            QStringLiteral("s.value") + direction + QStringLiteral(", s.user_id") + direction;
        return;
    }
    }
    // Ties keep a stable order, so offset pages never repeat or skip a user.
    m_orderBy += QStringLiteral(", ua.user_id") + direction;
}

void UserQuerySql::bind(SqlStatement &statement) const
{
    for (auto it = m_binds.cbegin(); it != m_binds.cend(); ++it)
        statement.bind(it.key(), it.value());
    for (const ValueBind &v : m_valueBinds) {
        const int index = statement.parameterIndex(v.name);
        if (index > 0)
            MetaValueCodec::bind(statement, index, v.type, v.value);
    }
}
