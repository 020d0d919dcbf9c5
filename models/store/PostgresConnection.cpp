#include "PostgresConnection.h"

#include "PostgresStatement.h"

#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace {
// Distinct statement texts kept prepared per connection. The store's statements are a few
// dozen; texts made per request (lists of ids) run unprepared beyond this.
constexpr int kMaxPrepared = 256;

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
} // namespace

PostgresConnection::PostgresConnection(pg_conn *conn)
    : SqlConnection(SqlDialect::Kind::Postgres)
    , m_conn(conn)
{}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

QString PostgresConnection::redacted(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return tr("the PostgreSQL database");
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

std::unique_ptr<PostgresConnection> PostgresConnection::open(const QString &uri, QString *error)
{
    const QUrl url(uri);
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"))) {
        // Refused before connecting: a password on a command line is seen by every user of the
        // machine (ps) and lands in shell histories and logs.
        *error = tr("a password in the address is refused: give it in PGPASSWORD or in the "
                    "password file (PGPASSFILE, ~/.pgpass)");
        return nullptr;
    }
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    if (!conn) {
        *error = tr("out of memory while connecting to PostgreSQL");
        return nullptr;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        // libpq's message names the host and what failed, never the password.
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return nullptr;
    }
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(conn));
    // Notices (such as "there is no transaction in progress") are not the store's output.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    for (const char *setting :
         {"SET client_encoding = 'UTF8'", "SET standard_conforming_strings = on",
          "SET TIME ZONE 'UTC'", "SET lock_timeout = '10s'"}) {
        if (!connection->execute(setting)) {
            *error = connection->errorText();
            return nullptr;
        }
    }
    return connection;
}

std::unique_ptr<SqlStatementBackend> PostgresConnection::prepare(const QByteArray &sql)
{
    return std::make_unique<PostgresStatement>(*this, sql);
}

bool PostgresConnection::execute(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    const ExecStatusType status = PQresultStatus(result);
    bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    m_lastFailureBusy = false;
    if (!ok) {
        m_error = messageOf(result);
        m_lastFailureBusy = isBusy(result);
    } else if (qstrcmp(sql, "COMMIT") == 0 && qstrcmp(PQcmdStatus(result), "ROLLBACK") == 0) {
        // COMMIT of a transaction in which a statement failed answers ROLLBACK, not an error.
        m_error = tr("the transaction was rolled back after an earlier error");
        ok = false;
    }
    PQclear(result);
    return ok;
}

bool PostgresConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

PostgresConnection::Translated PostgresConnection::translate(const QByteArray &sql)
{
    // Two passes: numbered parameters keep their numbers; names get the ones after them.
    Translated out;
    int highest = 0;
    int sequential = 0;
    const auto scan = [&sql](auto &&onParameter) {
        QByteArray text;
        text.reserve(sql.size() + 8);
        const qsizetype n = sql.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = sql.at(i);
            if (c == '\'' || c == '"') { // a literal or a quoted name: copied as it is
                qsizetype end = i + 1;
                while (end < n && sql.at(end) != c)
                    ++end;
                text.append(sql.mid(i, end - i + 1));
                i = end;
                continue;
            }
            if (c == '?') {
                qsizetype end = i + 1;
                while (end < n && sql.at(end) >= '0' && sql.at(end) <= '9')
                    ++end;
                text.append('$').append(onParameter(sql.mid(i + 1, end - i - 1), false));
                i = end - 1;
                continue;
            }
            if (c == ':' && i + 1 < n && isNameStart(sql.at(i + 1)) &&
                (i == 0 || sql.at(i - 1) != ':')) {
                qsizetype end = i + 1;
                while (end < n && isNameChar(sql.at(end)))
                    ++end;
                text.append('$').append(onParameter(sql.mid(i, end - i), true));
                i = end - 1;
                continue;
            }
            text.append(c);
        }
        return text;
    };
    scan([&](const QByteArray &token, bool named) -> QByteArray {
        if (!named)
            highest = std::max(highest, token.isEmpty() ? ++sequential : token.toInt());
        return {};
    });
    sequential = 0;
    int next = highest;
    out.sql = scan([&](const QByteArray &token, bool named) -> QByteArray {
        if (!named)
            return QByteArray::number(token.isEmpty() ? ++sequential : token.toInt());
        auto it = out.names.find(token);
        if (it == out.names.end())
            it = out.names.insert(token, ++next);
        return QByteArray::number(*it);
    });
    out.parameterCount = next;
    return out;
}

QByteArray PostgresConnection::preparedName(const Translated &sql, QString *error, bool *busy)
{
    const auto known = m_prepared.constFind(sql.sql);
    if (known != m_prepared.constEnd())
        return *known;
    if (m_prepared.size() >= kMaxPrepared)
        return {};
    const QByteArray name = "md" + QByteArray::number(m_prepared.size() + 1);
    PGresult *result =
        PQprepare(m_conn, name.constData(), sql.sql.constData(), sql.parameterCount, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok) {
        *error = messageOf(result);
        *busy = isBusy(result);
    }
    PQclear(result);
    if (!ok)
        return {};
    m_prepared.insert(sql.sql, name);
    return name;
}

bool PostgresConnection::isBusy(const pg_result *result)
{
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (!state)
        return false;
    // serialization_failure, deadlock_detected, lock_not_available
    return qstrcmp(state, "40001") == 0 || qstrcmp(state, "40P01") == 0 ||
           qstrcmp(state, "55P03") == 0;
}

QString PostgresConnection::messageOf(const pg_result *result)
{
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (primary)
        return QString::fromUtf8(primary);
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}
