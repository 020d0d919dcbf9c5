#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <csignal>

// The real metadesk-server (from $METADESK_SERVER), serving a file on an ephemeral loopback port.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serve FILE --listen 127.0.0.1:0 ARGS...` and waits for "listening on http://...".
    // False with error() when it does not come up.
    bool start(const QString &file, const QStringList &extraArguments = {});
    // Sends `signal` (SIGTERM or SIGINT), then waits; true when it exited normally with code 0.
    bool stop(int signal = SIGTERM);

    QString baseUrl() const { return m_baseUrl; } // "http://127.0.0.1:PORT"
    quint16 port() const;
    qint64 pid() const { return m_process.processId(); }
    QString error() const { return m_error; }
    // Everything the server wrote to stderr so far (the access log).
    QString log();

private:
    QProcess m_process;
    QString m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
};
