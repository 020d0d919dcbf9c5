#include "SqliteShell.h"

#include <QDeadlineTimer>

namespace {
const QString kProgram = QStringLiteral("sqlite3");
const QByteArray kEndMarker = QByteArrayLiteral("--end-of-answer--");

QStringList argumentsFor(const QString &path)
{
    // -bail: the first error ends a one-shot run with a non-zero exit code.
    return {QStringLiteral("-batch"), QStringLiteral("-bail"), QStringLiteral("-cmd"),
            QStringLiteral(".timeout 10000"), path};
}
} // namespace

SqliteShell::~SqliteShell()
{
    close();
}

SqliteShell::Result SqliteShell::run(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(kProgram, argumentsFor(path) << sql);
    Result result;
    if (!process.waitForFinished(60000)) {
        result.err = QStringLiteral("sqlite3 did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                result.err.isEmpty();
    return result;
}

bool SqliteShell::open(const QString &path, QString *error)
{
    QStringList arguments = argumentsFor(path);
    arguments.removeOne(QStringLiteral("-bail")); // a session survives a failed statement
    m_process.start(kProgram, arguments);
    if (!m_process.waitForStarted(30000)) {
        *error = m_process.errorString();
        return false;
    }
    // sqlite3 opens the file lazily; a first read makes the session really hold it.
    const Result first = query(QStringLiteral("SELECT count(*) FROM sqlite_master;"));
    if (!first.ok)
        *error = first.err;
    return first.ok;
}

SqliteShell::Result SqliteShell::query(const QString &sql)
{
    Result result;
    if (m_process.state() != QProcess::Running) {
        result.err = QStringLiteral("the sqlite3 session is not running");
        return result;
    }
    m_process.write(sql.toUtf8() + "\n.print " + kEndMarker + "\n");
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!out.contains(kEndMarker) && !deadline.hasExpired() &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    result.err = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    result.ok = out.contains(kEndMarker) && result.err.isEmpty();
    result.out = QString::fromUtf8(out.left(out.indexOf(kEndMarker))).trimmed();
    return result;
}

void SqliteShell::close()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write(".quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}
