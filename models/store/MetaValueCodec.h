#pragma once

#include "domain/MetaType.h"

#include <QByteArrayView>
#include <QJsonValue>

class PayloadTree;
class SqlStatement;

// How a typed meta value is kept in SQLite: integers and booleans as INTEGER, numbers as REAL,
// arrays and json as compact JSON text, the rest as TEXT. On PostgreSQL, as jsonb (the value's
// JSON text; PostgresSchema says why). Equal values compare equal in SQL, which lets an upsert
// tell "updated" from "unchanged" without reading first.
namespace MetaValueCodec {
void bind(SqlStatement &statement, int index, MetaType type, const QJsonValue &value);
// The same for a value read into a tree, straight from its UTF-8 text where the value is of the
// field's kind (a string for a text field, a number for a number field, ...).
void bind(SqlStatement &statement, int index, MetaType type, const PayloadTree &tree, int node);
// Binds text that a String, Date or DateTime field stores as it is (checked first), from its
// UTF-8 bytes, which must outlive the statement's execution. False where only the QJsonValue
// overload can bind it (another type, PostgreSQL's JSON text).
bool bindText(SqlStatement &statement, int index, MetaType type, QByteArrayView utf8);
QJsonValue fromColumn(const SqlStatement &statement, int column, MetaType type);
// A value as JSON text, as PostgreSQL's jsonb reads it: 5, 1.5, true, "text", [..], {..}.
QByteArray jsonText(MetaType type, const QJsonValue &value);
} // namespace MetaValueCodec
