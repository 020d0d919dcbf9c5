#include "MetaValueCodec.h"

#include "SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace {
QByteArray compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue parseJson(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}
} // namespace

namespace MetaValueCodec {

void bind(SqliteStatement &statement, int index, MetaType type, const QJsonValue &value)
{
    switch (type) {
    case MetaType::Integer:
        statement.bind(index, value.toInteger());
        return;
    case MetaType::Boolean:
        statement.bind(index, qint64(value.toBool() ? 1 : 0));
        return;
    case MetaType::Number:
        statement.bind(index, value.toDouble());
        return;
    case MetaType::Array:
    case MetaType::Json:
        statement.bindUtf8(index, compactJson(value));
        return;
    case MetaType::String:
    case MetaType::Date:
    case MetaType::DateTime:
        statement.bind(index, value.toString());
        return;
    }
}

QJsonValue fromColumn(const SqliteStatement &statement, int column, MetaType type)
{
    switch (type) {
    case MetaType::Integer:
        return statement.columnInt64(column);
    case MetaType::Boolean:
        return statement.columnInt64(column) != 0;
    case MetaType::Number:
        return statement.columnDouble(column);
    case MetaType::Array:
    case MetaType::Json:
        return parseJson(statement.columnText(column).toUtf8());
    case MetaType::String:
    case MetaType::Date:
    case MetaType::DateTime:
        break;
    }
    return statement.columnText(column);
}

QVariant toVariant(MetaType type, const QJsonValue &value)
{
    switch (type) {
    case MetaType::Integer:
        return value.toInteger();
    case MetaType::Boolean:
        return qint64(value.toBool() ? 1 : 0);
    case MetaType::Number:
        return value.toDouble();
    case MetaType::Array:
    case MetaType::Json:
        return QString::fromUtf8(compactJson(value));
    case MetaType::String:
    case MetaType::Date:
    case MetaType::DateTime:
        break;
    }
    return value.toString();
}

} // namespace MetaValueCodec
