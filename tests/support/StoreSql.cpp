#include "StoreSql.h"

#include "store/SqlStatement.h"
#include "store/SqlStore.h"
#include "store/SqliteStatement.h"
#include "store/SqliteStore.h"

#include <sqlite3.h>

namespace StoreSql {

QList<QVariantList> rows(SqliteStore &store, const QString &sql, QString *error)
{
    QList<QVariantList> result;
    SqliteStatement q(store.handle(), sql);
    while (q.step()) {
        QVariantList row;
        for (int c = 0; c < q.columnCount(); ++c) {
            switch (q.columnType(c)) {
            case SQLITE_INTEGER:
                row << q.columnInt64(c);
                break;
            case SQLITE_FLOAT:
                row << q.columnDouble(c);
                break;
            case SQLITE_BLOB:
                row << q.columnBlob(c);
                break;
            case SQLITE_NULL:
                row << QVariant();
                break;
            default:
                row << q.columnText(c);
                break;
            }
        }
        result << row;
    }
    if (q.failed()) {
        if (error)
            *error = q.errorText();
        return {};
    }
    return result;
}

QList<QVariantList> textRows(SqlStore &store, const QString &sql, QString *error)
{
    QList<QVariantList> result;
    SqlStatement q(store.connection(), sql);
    while (q.step()) {
        QVariantList row;
        for (int c = 0; c < q.columnCount(); ++c)
            row << (q.columnIsNull(c) ? QVariant() : QVariant(q.columnText(c)));
        result << row;
    }
    if (q.failed()) {
        if (error)
            *error = q.errorText();
        return {};
    }
    return result;
}

QVariant scalar(SqliteStore &store, const QString &sql)
{
    const QList<QVariantList> found = rows(store, sql);
    return found.isEmpty() || found.first().isEmpty() ? QVariant() : found.first().first();
}

QVariant metaValue(SqliteStore &store, qint64 account, qint64 user, const QString &field)
{
    QString quoted = field;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return scalar(store, QStringLiteral("SELECT v.value FROM meta_values v JOIN meta_fields f ON "
                                        "f.id = v.field_id WHERE v.account_id = %1 AND "
                                        "v.user_id = %2 AND f.name = '%3'")
                             .arg(account)
                             .arg(user)
                             .arg(quoted));
}

} // namespace StoreSql
