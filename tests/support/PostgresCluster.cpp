#include "PostgresCluster.h"

#include "store/PostgresConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <pwd.h>
#include <unistd.h>

namespace {
bool isRoot()
{
    return geteuid() == 0;
}

QString newestBin()
{
    const QString override = qEnvironmentVariable("METADESK_PG_BIN");
    if (!override.isEmpty())
        return override;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return names.isEmpty() ? QString() : versions.filePath(names.last() + QStringLiteral("/bin"));
}
} // namespace

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/mdpg-XXXXXX")) // short: a socket path is <108
    , m_bin(newestBin())
{}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresCluster::binary(const QString &name) const
{
    return m_bin + QLatin1Char('/') + name;
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), binary(program)} +
                          arguments);
    else
        process.start(binary(program), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = program + QStringLiteral(" failed: ") + process.errorString() +
                  QLatin1Char('\n') + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!m_dir.isValid() || m_bin.isEmpty() || !QFile::exists(binary(QStringLiteral("initdb")))) {
        m_error = QStringLiteral("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/"
                                 "bin; scripts/deps.sh installs it)");
        return false;
    }
    if (isRoot()) {
        const passwd *user = getpwnam("postgres");
        if (!user ||
            chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, but the folder cannot be given to the "
                                     "`postgres` user (is the postgresql package installed?)");
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString passwordFile = m_dir.filePath(QStringLiteral("superuser-password"));
    {
        // The superuser's password is never used (its connections are trusted); initdb wants one
        // for the scram lines below.
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write("unused-superuser-password\n") < 0) {
            m_error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther |
                            QFileDevice::ReadGroup);
    }
    // -N: no fsync of the new files, the C locale: text compares bytewise, as SQLite does.
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("metadesk"),
              QStringLiteral("--pwfile"), passwordFile, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("-N")}))
        return false;
    {
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all all trust\n"
                      "host all guarded 127.0.0.1/32 scram-sha-256\n"
                      "host all all 127.0.0.1/32 trust\n") < 0) {
            m_error = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
    }
    {
        QTcpServer probe; // a free port: bound, read and let go
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off -c max_connections=200")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
              QStringLiteral("start")}))
        return false;
    m_running = true;
    return sql(QStringLiteral("postgres"),
               QByteArray("CREATE ROLE guarded LOGIN PASSWORD '") + kGuardedPassword + "'");
}

QString PostgresCluster::uri(const QString &database, const QString &role) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(role).arg(m_port).arg(database);
}

bool PostgresCluster::sql(const QString &database, const QByteArray &statement)
{
    QString problem;
    const std::unique_ptr<PostgresConnection> connection =
        PostgresConnection::open(uri(database), &problem);
    if (!connection || !connection->execute(statement.constData())) {
        m_error = connection ? connection->errorText() : problem;
        return false;
    }
    return true;
}

QString PostgresCluster::createDatabase(const QString &name)
{
    if (!sql(QStringLiteral("postgres"), "CREATE DATABASE \"" + name.toUtf8() + "\"") ||
        !sql(name, "GRANT ALL ON SCHEMA public TO guarded"))
        return {};
    return uri(name);
}
