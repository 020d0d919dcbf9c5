#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throw-away PostgreSQL cluster for one test executable: initdb into a temporary folder, the
// server on a free loopback port with its socket in that folder, stopped and removed with the
// object. Root may not run initdb or postgres, so as root every PostgreSQL program runs as the
// `postgres` user (runuser), which owns the folder. The binaries come from
// $METADESK_PG_BIN or the newest /usr/lib/postgresql/*/bin.
//
// Two roles: `metadesk`, trusted from loopback (the tests' own), and `guarded`, which needs its
// password (kGuardedPassword) so tests can show what a wrong one does.
class PostgresCluster
{
public:
    static constexpr const char *kGuardedPassword = "Guarded-Secret-7f3a";

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb and start; false with error() when either fails.
    bool start();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

    // A new, empty database; its connection URI (as user `role`), or empty with error().
    QString createDatabase(const QString &name);
    QString uri(const QString &database, const QString &role = QStringLiteral("metadesk")) const;

private:
    QString binary(const QString &name) const;
    // Runs a PostgreSQL program (as `postgres` when this process is root); false with error().
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
    bool sql(const QString &database, const QByteArray &statement);

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};
