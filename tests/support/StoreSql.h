#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class SqliteStore;
class SqlStore;

// Lets a test look into a database through a store's own connection (it sees what the store
// sees), by SqliteStatement like the product.
namespace StoreSql {
// Every row of `sql`, each column as qint64, double, QString, QByteArray (blob) or null. Empty
// with `error` set when the statement failed.
QList<QVariantList> rows(SqliteStore &store, const QString &sql, QString *error = nullptr);
// Every row of `sql` on either backend (a file or PostgreSQL), through the store's own
// SqlStatement: each column as its text, or null. Empty with `error` set when it failed.
QList<QVariantList> textRows(SqlStore &store, const QString &sql, QString *error = nullptr);
// The first column of the first row; invalid when there is none.
QVariant scalar(SqliteStore &store, const QString &sql);
// One meta value of `user` in `account` as stored (invalid when there is none).
QVariant metaValue(SqliteStore &store, qint64 account, qint64 user, const QString &field);
} // namespace StoreSql
