#pragma once

#include "domain/MetaType.h"

#include <QJsonValue>
#include <QVariant>

class SqliteStatement;

// How a typed meta value is kept in SQLite: integers and booleans as INTEGER, numbers as REAL,
// arrays and json as compact JSON text, the rest as TEXT. Equal values compare equal in SQL,
// which lets an upsert tell "updated" from "unchanged" without reading first.
namespace MetaValueCodec {
void bind(SqliteStatement &statement, int index, MetaType type, const QJsonValue &value);
QJsonValue fromColumn(const SqliteStatement &statement, int column, MetaType type);
QVariant toVariant(MetaType type, const QJsonValue &value);
} // namespace MetaValueCodec
