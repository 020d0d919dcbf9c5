#include "MetaValueCodec.h"

#include "SqlDialect.h"
#include "SqlStatement.h"
#include "payload/JsonWriter.h"
#include "payload/PayloadTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return JsonWriter::compact(value.toArray());
    return JsonWriter::compact(value.toObject());
}

// Text a file or PostgreSQL holds may start a string with a raw U+FEFF, which QJsonDocument
// would drop: escaped first.
QJsonValue parseJson(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(JsonWriter::withMarksEscaped(text));
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QJsonValue fromJsonText(MetaType type, const QByteArray &text)
{
    switch (type) {
    case MetaType::Integer:
        return text.toLongLong();
    case MetaType::Boolean:
        return text == "true";
    case MetaType::Number:
        return text.toDouble();
    case MetaType::Array:
    case MetaType::Json:
        return parseJson(text);
    case MetaType::String:
    case MetaType::Date:
    case MetaType::DateTime:
        break;
    }
    const QJsonDocument doc =
        QJsonDocument::fromJson(JsonWriter::withMarksEscaped("[" + text + "]"));
    return doc.array().at(0);
}
} // namespace

namespace MetaValueCodec {

QByteArray jsonText(MetaType type, const QJsonValue &value)
{
    switch (type) {
    case MetaType::Integer:
        return QByteArray::number(value.toInteger());
    case MetaType::Boolean:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case MetaType::Array:
    case MetaType::Json:
        return compactJson(value);
    case MetaType::Number:
    case MetaType::String:
    case MetaType::Date:
    case MetaType::DateTime:
        break;
    }
    const QByteArray inArray = JsonWriter::compact(QJsonArray{value});
    return inArray.mid(1, inArray.size() - 2);
}

void bind(SqlStatement &statement, int index, MetaType type, const QJsonValue &value)
{
    if (statement.dialect().isPostgres()) {
        statement.bindUtf8(index, jsonText(type, value));
        return;
    }
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

bool bindText(SqlStatement &statement, int index, MetaType type, QByteArrayView utf8)
{
    const bool text =
        type == MetaType::String || type == MetaType::Date || type == MetaType::DateTime;
    if (!text || statement.dialect().isPostgres())
        return false;
    statement.bindUtf8(index, QByteArray::fromRawData(utf8.data(), utf8.size()));
    return true;
}

void bind(SqlStatement &statement, int index, MetaType type, const PayloadTree &tree, int node)
{
    using Kind = PayloadTree::Kind;
    const Kind kind = tree.kind(node);
    if (!statement.dialect().isPostgres()) {
        // What the QJsonValue overload binds for these, without making one.
        switch (type) {
        case MetaType::String:
        case MetaType::Date:
        case MetaType::DateTime:
            if (kind == Kind::String && bindText(statement, index, type, tree.text(node)))
                return;
            break;
        case MetaType::Integer:
            if (kind == Kind::Integer) {
                statement.bind(index, tree.integer(node));
                return;
            }
            break;
        case MetaType::Number:
            if (kind == Kind::Integer || kind == Kind::Double) {
                statement.bind(index, kind == Kind::Integer ? double(tree.integer(node))
                                                            : tree.number(node));
                return;
            }
            break;
        case MetaType::Boolean:
            if (kind == Kind::True || kind == Kind::False) {
                statement.bind(index, qint64(kind == Kind::True ? 1 : 0));
                return;
            }
            break;
        case MetaType::Array:
        case MetaType::Json:
            break;
        }
    }
    bind(statement, index, type, tree.toJsonValue(node));
}

QJsonValue fromColumn(const SqlStatement &statement, int column, MetaType type)
{
    if (statement.dialect().isPostgres())
        return fromJsonText(type, statement.columnText(column).toUtf8());
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

} // namespace MetaValueCodec
