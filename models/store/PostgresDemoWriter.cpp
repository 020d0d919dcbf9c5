#include "PostgresDemoWriter.h"

#include "MetaValueCodec.h"
#include "PostgresConnection.h"
#include "PostgresStore.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"

#include <libpq-fe.h>

namespace {
// Rows gathered per table before they go: large enough that a COPY's round trip is nothing
// beside its rows, small enough to stay out of the way in memory.
constexpr qsizetype kFlushBytes = qsizetype(4) * 1024 * 1024;

const char *const kTables = "'users', 'user_accounts', 'memberships', 'meta_values'";

const char *const kCopies[] = {
    "COPY users(id, first_name, last_name, middle_name, alias, email, status) FROM STDIN "
    "(FREEZE)",
    "COPY user_accounts(account_id, user_id) FROM STDIN (FREEZE)",
    "COPY memberships(user_id, group_id) FROM STDIN (FREEZE)",
    "COPY meta_values(user_id, account_id, field_id, value) FROM STDIN (FREEZE)"};

void appendNumber(QByteArray &row, qint64 n)
{
    row.append(QByteArray::number(n));
}
} // namespace

QString PostgresDemoWriter::generate(PostgresStore &store,
                                     const DemoDataGenerator::Options &options)
{
    PostgresDemoWriter writer(store);
    return DemoDataGenerator::generate(writer, options);
}

PostgresDemoWriter::PostgresDemoWriter(PostgresStore &store)
    : m_store(store)
{}

PostgresDemoWriter::~PostgresDemoWriter()
{
    awaitCopy(); // the connection takes no ROLLBACK while a COPY's answer is outstanding
}

void PostgresDemoWriter::appendField(QByteArray &row, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            row.append("\\\\");
            break;
        case '\t':
            row.append("\\t");
            break;
        case '\n':
            row.append("\\n");
            break;
        case '\r':
            row.append("\\r");
            break;
        default:
            row.append(c);
        }
    }
}

bool PostgresDemoWriter::sql(const QByteArray &statement)
{
    if (m_store.postgres().execute(statement.constData()))
        return true;
    m_error = m_store.postgres().errorText();
    return false;
}

bool PostgresDemoWriter::begin()
{
    m_transaction =
        std::make_unique<SqlTransaction>(m_store.connection(), SqlTransaction::Mode::Immediate);
    if (!m_transaction->isActive()) {
        m_error = m_transaction->errorText();
        return false;
    }
    // The database is new: losing the last commit to a crash only loses a half-made demo.
    // Building the indexes at the end sorts millions of rows: in memory where it fits.
    if (!sql("SET LOCAL synchronous_commit = off") ||
        !sql("SET LOCAL maintenance_work_mem = '512MB'"))
        return false;
    {
        // TRUNCATE below empties the tables: it may only ever meet the empty ones of a new schema.
        SqlStatement rows(m_store.connection(),
                          "SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM "
                          "user_accounts) OR EXISTS (SELECT 1 FROM memberships) OR EXISTS "
                          "(SELECT 1 FROM meta_values)");
        if (!rows.step()) {
            m_error = rows.errorText();
            return false;
        }
        if (rows.columnInt64(0) != 0) {
            m_error = tr("the database already holds users: demo data goes only into a new one");
            return false;
        }
    }
    return dropConstraints() &&
           sql("TRUNCATE users, user_accounts, memberships, meta_values"); // new files: FREEZE
}

bool PostgresDemoWriter::dropConstraints()
{
    // Read from the catalog, not written out here, so that a later migration's keys and indexes
    // come back exactly as it made them.
    QByteArrayList dropForeign;
    QByteArrayList dropKeys;
    QByteArrayList addForeign;
    SqlStatement constraints(
        m_store.connection(),
        QByteArray(
            "SELECT conrelid::regclass::text, quote_ident(conname), "
            "pg_get_constraintdef(oid), (contype = 'f')::int FROM pg_constraint WHERE conrelid "
            "IN (SELECT oid FROM pg_class WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE "
            "nspname = current_schema()) "
            "AND relname IN (") +
            kTables + ")) AND contype IN ('p', 'u', 'f') ORDER BY conrelid, conname");
    while (constraints.step()) {
        const QByteArray table = constraints.columnText(0).toUtf8();
        const QByteArray name = constraints.columnText(1).toUtf8();
        const QByteArray drop = "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
        const QByteArray add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + ' ' +
                               constraints.columnText(2).toUtf8();
        if (constraints.columnInt64(3) != 0) {
            dropForeign << drop;
            addForeign << add;
        } else {
            dropKeys << drop;
            m_restore << add;
        }
    }
    if (constraints.failed()) {
        m_error = constraints.errorText();
        return false;
    }
    QByteArrayList dropIndexes;
    SqlStatement indexes(
        m_store.connection(),
        QByteArray(
            "SELECT i.indexrelid::regclass::text, "
            "pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class "
            "t ON t.oid = i.indrelid WHERE t.relnamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND t.relname IN (") +
            kTables +
            ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid "
            "= i.indexrelid AND c.conrelid = i.indrelid) ORDER BY 1");
    while (indexes.step()) {
        dropIndexes << "DROP INDEX " + indexes.columnText(0).toUtf8();
        m_restore << indexes.columnText(1).toUtf8();
    }
    if (indexes.failed()) {
        m_error = indexes.errorText();
        return false;
    }
    m_restore << addForeign;
    for (const QByteArrayList *list : {&dropForeign, &dropKeys, &dropIndexes}) {
        for (const QByteArray &statement : *list) {
            if (!sql(statement))
                return false;
        }
    }
    return true;
}

bool PostgresDemoWriter::addAccount(qint64 id, const QString &name)
{
    SqlStatement q(m_store.connection(), "INSERT INTO accounts(id, name) VALUES(?1, ?2)");
    q.bind(1, id);
    q.bind(2, name);
    if (q.exec())
        return true;
    m_error = q.errorText();
    return false;
}

qint64 PostgresDemoWriter::addGroup(qint64 accountId, const QString &name)
{
    SqlStatement q(m_store.connection(),
                   "INSERT INTO user_groups(account_id, name) VALUES(?1, ?2) RETURNING id");
    q.bind(1, accountId);
    q.bind(2, name);
    const qint64 id = q.step() ? q.columnInt64(0) : 0;
    if (id == 0)
        m_error = q.errorText();
    return id;
}

qint64 PostgresDemoWriter::addField(qint64 accountId, const QString &name,
                                    const QByteArray &definition, qint64 position)
{
    SqlStatement q(m_store.connection(),
                   "INSERT INTO meta_fields(account_id, name, definition, position) VALUES(?1, "
                   "?2, ?3, ?4) RETURNING id");
    q.bind(1, accountId);
    q.bind(2, name);
    q.bindUtf8(3, definition);
    q.bind(4, position);
    const qint64 id = q.step() ? q.columnInt64(0) : 0;
    if (id == 0)
        m_error = q.errorText();
    return id;
}

bool PostgresDemoWriter::addUser(const UserRow &user)
{
    QByteArray &row = m_rows[Users];
    appendNumber(row, user.id);
    for (const QString *text : {&user.firstName, &user.lastName, &user.middleName, &user.alias,
                                &user.email, &user.status}) {
        row.append('\t');
        appendField(row, text->toUtf8());
    }
    row.append('\n');
    return rowAdded(Users);
}

bool PostgresDemoWriter::addAccess(qint64 accountId, qint64 userId)
{
    return addPair(Access, accountId, userId);
}

bool PostgresDemoWriter::addMembership(qint64 userId, qint64 groupId)
{
    return addPair(Memberships, userId, groupId);
}

bool PostgresDemoWriter::addPair(Table table, qint64 first, qint64 second)
{
    QByteArray &row = m_rows[table];
    appendNumber(row, first);
    row.append('\t');
    appendNumber(row, second);
    row.append('\n');
    return rowAdded(table);
}

bool PostgresDemoWriter::addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                                  const QJsonValue &value)
{
    QByteArray &row = m_rows[Values];
    appendNumber(row, userId);
    row.append('\t');
    appendNumber(row, accountId);
    row.append('\t');
    appendNumber(row, fieldId);
    row.append('\t');
    appendField(row, MetaValueCodec::jsonText(type, value));
    row.append('\n');
    return rowAdded(Values);
}

bool PostgresDemoWriter::rowAdded(Table table)
{
    return m_rows[table].size() < kFlushBytes || flush(table);
}

bool PostgresDemoWriter::flush(Table table)
{
    QByteArray &rows = m_rows[table];
    if (rows.isEmpty())
        return true;
    if (!awaitCopy()) // one COPY at a time on a connection
        return false;
    PGconn *conn = m_store.postgres().handle();
    PGresult *start = PQexec(conn, kCopies[table]);
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying)
        m_error = PostgresConnection::messageOf(start);
    PQclear(start);
    if (!copying)
        return false;
    m_copyPending = true; // its answer comes in awaitCopy(), also when the sending fails
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    if (!sent)
        m_error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1 && sent) {
        m_error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return false;
    }
    if (!sent)
        return false;
    rows.resize(0); // keeps the buffer for the next rows: libpq has its own copy
    return true;
}

bool PostgresDemoWriter::awaitCopy()
{
    if (!m_copyPending)
        return true;
    m_copyPending = false;
    PGconn *conn = m_store.postgres().handle();
    bool ok = true;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok && m_error.isEmpty())
                m_error = PostgresConnection::messageOf(result);
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

bool PostgresDemoWriter::finish()
{
    for (int t = 0; t < TableCount; ++t) {
        if (!flush(Table(t)))
            return false;
    }
    if (!awaitCopy())
        return false;
    for (const QByteArray &statement : std::as_const(m_restore)) {
        if (!sql(statement))
            return false;
    }
    // Accounts came with their ids: the next one made by `init` or a test must follow them.
    if (!sql("SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT max(id) FROM "
             "accounts))") ||
        !sql("ANALYZE"))
        return false;
    if (!m_transaction->commit()) {
        m_error = m_transaction->errorText();
        return false;
    }
    return true;
}
