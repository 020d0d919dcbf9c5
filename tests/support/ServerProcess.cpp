#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <sys/types.h>

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool ServerProcess::start(const QString &file, const QStringList &extraArguments)
{
    const QString program = qEnvironmentVariable("METADESK_SERVER");
    if (program.isEmpty()) {
        m_error = QStringLiteral("METADESK_SERVER is not set (run the test through ctest)");
        return false;
    }
    m_process.start(program, QStringList{QStringLiteral("serve"), file, QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:0")} +
                                 extraArguments);
    if (!m_process.waitForStarted(30000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    static const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+)$"),
                                              QRegularExpression::MultilineOption);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_baseUrl = m.captured(1);
            return true;
        }
    }
    m_error = QStringLiteral("the server did not say it is listening; stdout: %1 stderr: %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
    m_process.kill();
    m_process.waitForFinished();
    return false;
}

bool ServerProcess::stop(int signal)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    ::kill(pid_t(m_process.processId()), signal);
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
        m_stderr += m_process.readAllStandardError();
        m_stderr += "\n[test] the server was still running 30 s after the signal; killed\n";
        return false;
    }
    m_stderr += m_process.readAllStandardError();
    const bool clean = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    if (!clean)
        m_stderr += QByteArray("\n[test] the server exited ") +
                    (m_process.exitStatus() == QProcess::NormalExit
                         ? "with code " + QByteArray::number(m_process.exitCode())
                         : QByteArray("by a crash")) +
                    '\n';
    return clean;
}

QString ServerProcess::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

quint16 ServerProcess::port() const
{
    return quint16(m_baseUrl.section(QLatin1Char(':'), -1).toUInt());
}
