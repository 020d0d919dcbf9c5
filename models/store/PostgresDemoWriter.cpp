#include "PostgresDemoWriter.h"

#include "MetaValueCodec.h"
#include "PostgresConnection.h"
#include "PostgresStore.h"
#include "SqlStatement.h"
#include "SqlTransaction.h"

#include <libpq-fe.h>

namespace {
// Rows gathered before they go to the server: large enough that a COPY's round trip is nothing
// beside its rows, small enough to stay out of the way in memory.
constexpr qint64 kFlushBytes = qint64(8) * 1024 * 1024;

const char *const kCopies[] = {
    "COPY users(id, first_name, last_name, middle_name, alias, email, status) FROM STDIN",
    "COPY user_accounts(account_id, user_id) FROM STDIN",
    "COPY memberships(user_id, group_id) FROM STDIN",
    "COPY meta_values(user_id, account_id, field_id, value) FROM STDIN"};

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

PostgresDemoWriter::~PostgresDemoWriter() = default;

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

bool PostgresDemoWriter::sql(const char *statement)
{
    if (m_store.postgres().execute(statement))
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
    // Building the indexes again at the end sorts millions of rows: in memory where it fits.
    if (!sql("SET LOCAL synchronous_commit = off") ||
        !sql("SET LOCAL maintenance_work_mem = '256MB'"))
        return false;
    SqlStatement indexes(m_store.connection(),
                         "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                         "current_schema() AND tablename IN ('users', 'user_accounts', "
                         "'memberships', 'meta_values') AND indexname NOT LIKE '%_pkey'");
    QStringList names;
    while (indexes.step()) {
        names << indexes.columnText(0);
        m_indexSql << indexes.columnText(1);
    }
    if (indexes.failed()) {
        m_error = indexes.errorText();
        return false;
    }
    for (const QString &name : std::as_const(names)) {
        if (!sql(QByteArray("DROP INDEX \"" + name.toUtf8() + '"').constData()))
            return false;
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
    const qsizetype before = row.size();
    appendNumber(row, user.id);
    for (const QString *text : {&user.firstName, &user.lastName, &user.middleName, &user.alias,
                                &user.email, &user.status}) {
        row.append('\t');
        appendField(row, text->toUtf8());
    }
    row.append('\n');
    m_buffered += row.size() - before;
    return maybeFlush();
}

bool PostgresDemoWriter::addAccess(qint64 accountId, qint64 userId)
{
    QByteArray &row = m_rows[Access];
    appendNumber(row, accountId);
    row.append('\t');
    appendNumber(row, userId);
    row.append('\n');
    m_buffered += 16;
    return true;
}

bool PostgresDemoWriter::addMembership(qint64 userId, qint64 groupId)
{
    QByteArray &row = m_rows[Memberships];
    appendNumber(row, userId);
    row.append('\t');
    appendNumber(row, groupId);
    row.append('\n');
    m_buffered += 16;
    return true;
}

bool PostgresDemoWriter::addValue(qint64 userId, qint64 accountId, qint64 fieldId, MetaType type,
                                  const QJsonValue &value)
{
    QByteArray &row = m_rows[Values];
    const qsizetype before = row.size();
    appendNumber(row, userId);
    row.append('\t');
    appendNumber(row, accountId);
    row.append('\t');
    appendNumber(row, fieldId);
    row.append('\t');
    appendField(row, MetaValueCodec::jsonText(type, value));
    row.append('\n');
    m_buffered += row.size() - before;
    return true;
}

bool PostgresDemoWriter::maybeFlush()
{
    return m_buffered < kFlushBytes || flush();
}

bool PostgresDemoWriter::flush()
{
    PGconn *conn = m_store.postgres().handle();
    for (int t = 0; t < TableCount; ++t) {
        QByteArray &rows = m_rows[t];
        if (rows.isEmpty())
            continue;
        PGresult *start = PQexec(conn, kCopies[t]);
        const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
        if (!copying)
            m_error = PostgresConnection::messageOf(start);
        PQclear(start);
        if (!copying)
            return false;
        if (PQputCopyData(conn, rows.constData(), int(rows.size())) != 1 ||
            PQputCopyEnd(conn, nullptr) != 1) {
            m_error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
            return false;
        }
        bool ok = true;
        while (PGresult *result = PQgetResult(conn)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                m_error = PostgresConnection::messageOf(result);
                ok = false;
            }
            PQclear(result);
        }
        if (!ok)
            return false;
        rows.clear();
    }
    m_buffered = 0;
    return true;
}

bool PostgresDemoWriter::finish()
{
    if (!flush())
        return false;
    for (const QString &index : std::as_const(m_indexSql)) {
        if (!sql(index.toUtf8().constData()))
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
