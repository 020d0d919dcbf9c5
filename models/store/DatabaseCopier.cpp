#include "DatabaseCopier.h"

#include "MetaValueCodec.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqlStore.h"
#include "SqlTransaction.h"
#include "StoredFieldDefinition.h"
#include "domain/MetaField.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>

namespace {
enum class Kind
{
    Integer,
    Text,
    OptionalText,
    Blob,
    Value // a meta value: typed by its field (column field_id)
};

struct Column
{
    const char *name;
    Kind kind;
};

struct Table
{
    const char *name;
    QList<Column> columns;
    const char *order;              // the primary key: rows are read in this order on both sides
    const char *identity = nullptr; // a generated id that continues after the copied ones
};

// Parents before children, so every foreign key holds as rows go in.
const QList<Table> &tables()
{
    static const QList<Table> list = {
        {"accounts",
         {{"id", Kind::Integer},
          {"name", Kind::Text},
          {"revision", Kind::Integer},
          {"pruned", Kind::Integer}},
         "id",
         "id"},
        {"users",
         {{"id", Kind::Integer},
          {"first_name", Kind::Text},
          {"last_name", Kind::Text},
          {"middle_name", Kind::Text},
          {"alias", Kind::Text},
          {"email", Kind::Text},
          {"status", Kind::Text}},
         "id"},
        {"user_accounts",
         {{"account_id", Kind::Integer}, {"user_id", Kind::Integer}},
         "account_id, user_id"},
        {"user_groups",
         {{"id", Kind::Integer}, {"account_id", Kind::Integer}, {"name", Kind::Text}},
         "id",
         "id"},
        {"memberships",
         {{"user_id", Kind::Integer}, {"group_id", Kind::Integer}, {"revision", Kind::Integer}},
         "user_id, group_id"},
        {"meta_fields",
         {{"id", Kind::Integer},
          {"account_id", Kind::Integer},
          {"name", Kind::Text},
          {"definition", Kind::Text},
          {"position", Kind::Integer},
          {"revision", Kind::Integer}},
         "id",
         "id"},
        {"meta_values",
         {{"user_id", Kind::Integer},
          {"account_id", Kind::Integer},
          {"field_id", Kind::Integer},
          {"value", Kind::Value},
          {"revision", Kind::Integer}},
         "user_id, account_id, field_id"},
        {"api_keys",
         {{"id", Kind::Integer},
          {"api_id", Kind::Text},
          {"account_id", Kind::Integer},
          {"salt", Kind::Blob},
          {"key_hash", Kind::Blob},
          {"endpoints", Kind::Text},
          {"allowed_ips", Kind::Text},
          {"created_at", Kind::Text},
          {"revoked_at", Kind::OptionalText}},
         "id",
         "id"},
        {"removed_values",
         {{"account_id", Kind::Integer},
          {"user_id", Kind::Integer},
          {"field_id", Kind::Integer},
          {"revision", Kind::Integer},
          {"removed_at", Kind::Integer}},
         "account_id, user_id, field_id"},
        {"removed_memberships",
         {{"account_id", Kind::Integer},
          {"user_id", Kind::Integer},
          {"group_id", Kind::Integer},
          {"revision", Kind::Integer},
          {"removed_at", Kind::Integer}},
         "account_id, user_id, group_id"},
        {"removed_fields",
         {{"account_id", Kind::Integer},
          {"name", Kind::Text},
          {"revision", Kind::Integer},
          {"removed_at", Kind::Integer}},
         "account_id, name"},
    };
    return list;
}

QByteArray selectSql(const Table &table)
{
    QByteArray sql = "SELECT ";
    for (int i = 0; i < table.columns.size(); ++i)
        sql += (i ? ", " : "") + QByteArray(table.columns.at(i).name);
    return sql + " FROM " + table.name + " ORDER BY " + table.order;
}

QByteArray insertSql(const Table &table)
{
    QByteArray names;
    QByteArray places;
    for (int i = 0; i < table.columns.size(); ++i) {
        names += (i ? ", " : "") + QByteArray(table.columns.at(i).name);
        places += (i ? ", ?" : "?") + QByteArray::number(i + 1);
    }
    return "INSERT INTO " + QByteArray(table.name) + "(" + names + ") VALUES(" + places + ")";
}

// Every field's type, by id: a meta value is read and written by it.
QHash<qint64, MetaType> fieldTypes(SqlConnection *db, QString *error)
{
    QHash<qint64, MetaType> types;
    SqlStatement q(db, "SELECT id, name, definition FROM meta_fields");
    while (q.step())
        types.insert(q.columnInt64(0),
                     StoredFieldDefinition::read(q.columnText(1), q.columnText(2)).type);
    if (q.failed())
        *error = q.errorText();
    return types;
}

// One cell as both sides agree to spell it, for the checksum.
QByteArray canonical(const SqlStatement &q, int column, Kind kind, MetaType type)
{
    if (q.columnIsNull(column))
        return QByteArrayLiteral("\\N");
    switch (kind) {
    case Kind::Integer:
        return QByteArray::number(q.columnInt64(column));
    case Kind::Text:
    case Kind::OptionalText:
        return q.columnText(column).toUtf8();
    case Kind::Blob:
        return q.columnBlob(column).toHex();
    case Kind::Value:
        return MetaValueCodec::jsonText(type, MetaValueCodec::fromColumn(q, column, type));
    }
    return {};
}
} // namespace

DatabaseCopier::DatabaseCopier(SqlStore &source, SqlStore &target)
    : m_source(source)
    , m_target(target)
{}

QString DatabaseCopier::check(SqlStore &store, QList<TableCheck> &checks)
{
    QString error;
    const QHash<qint64, MetaType> types = fieldTypes(store.connection(), &error);
    if (!error.isEmpty())
        return error;
    for (const Table &table : tables()) {
        SqlStatement q(store.connection(), selectSql(table).constData());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableCheck result{QLatin1String(table.name), 0, {}};
        while (q.step()) {
            ++result.rows;
            for (int c = 0; c < table.columns.size(); ++c) {
                const Kind kind = table.columns.at(c).kind;
                const MetaType type =
                    kind == Kind::Value ? types.value(q.columnInt64(2)) : MetaType::String;
                hash.addData(canonical(q, c, kind, type));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
        if (q.failed())
            return q.errorText();
        result.checksum = hash.result().toHex();
        checks.append(result);
    }
    return {};
}

QString DatabaseCopier::copy(bool replace)
{
    m_checks.clear();
    SqlConnection *target = m_target.connection();
    SqlConnection *source = m_source.connection();
    SqlTransaction write(target, SqlTransaction::Mode::Immediate);
    if (!write.isActive())
        return write.errorText();
    // What is there already: a copy never mixes two databases.
    qint64 present = 0;
    for (const Table &table : tables()) {
        SqlStatement q(target, QByteArray("SELECT count(*) FROM ") + table.name);
        if (!q.step())
            return q.errorText();
        present += q.columnInt64(0);
    }
    if (present > 0 && !replace)
        return tr("the target already holds data (%n row(s)); give --force to replace it", nullptr,
                  int(qMin<qint64>(present, INT_MAX)));
    for (qsizetype i = tables().size() - 1; i >= 0 && present > 0; --i) {
        SqlStatement clear(target, QByteArray("DELETE FROM ") + tables().at(i).name);
        if (!clear.exec())
            return clear.errorText();
    }

    SqlTransaction read(source, SqlTransaction::Mode::Deferred); // one snapshot of the source
    if (!read.isActive())
        return read.errorText();
    QString error;
    const QHash<qint64, MetaType> types = fieldTypes(source, &error);
    if (!error.isEmpty())
        return error;
    for (const Table &table : tables()) {
        SqlStatement from(source, selectSql(table).constData());
        SqlStatement into(target, insertSql(table).constData());
        while (from.step()) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const int index = c + 1;
                if (from.columnIsNull(c)) {
                    into.bindNull(index);
                    continue;
                }
                switch (table.columns.at(c).kind) {
                case Kind::Integer:
                    into.bind(index, from.columnInt64(c));
                    break;
                case Kind::Text:
                case Kind::OptionalText:
                    into.bind(index, from.columnText(c));
                    break;
                case Kind::Blob:
                    into.bindBlob(index, from.columnBlob(c));
                    break;
                case Kind::Value: {
                    const MetaType type = types.value(from.columnInt64(2));
                    MetaValueCodec::bind(into, index, type,
                                         MetaValueCodec::fromColumn(from, c, type));
                    break;
                }
                }
            }
            if (!into.exec())
                return QStringLiteral("%1: %2").arg(QLatin1String(table.name), into.errorText());
        }
        if (from.failed())
            return QStringLiteral("%1: %2").arg(QLatin1String(table.name), from.errorText());
        if (table.identity && target->dialect().isPostgres()) {
            // Ids came with the rows: new ones must continue after them.
            SqlStatement next(target, QByteArray("SELECT setval(pg_get_serial_sequence('") +
                                          table.name + "', '" + table.identity +
                                          "'), coalesce(max(" + table.identity +
                                          "), 0) + 1, "
                                          "false) FROM " +
                                          table.name);
            if (!next.exec())
                return next.errorText();
        }
    }
    QList<TableCheck> sourceChecks;
    error = check(m_source, sourceChecks);
    if (!error.isEmpty())
        return error;
    error = check(m_target, m_checks);
    if (!error.isEmpty())
        return error;
    for (int i = 0; i < m_checks.size(); ++i) {
        const TableCheck &a = sourceChecks.at(i);
        const TableCheck &b = m_checks.at(i);
        if (a.rows != b.rows || a.checksum != b.checksum)
            return tr("%1: the copy does not match the source (%2 rows, checksum %3; the copy "
                      "has %4 rows, checksum %5); nothing was written")
                .arg(a.table)
                .arg(a.rows)
                .arg(QString::fromLatin1(a.checksum))
                .arg(b.rows)
                .arg(QString::fromLatin1(b.checksum));
    }
    if (!write.commit())
        return write.errorText();
    return {};
}
