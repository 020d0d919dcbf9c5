#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real nginx in front of metadesk-server instances, configured by the repository's
// deploy/nginx/metadesk.conf (the file docs/DEPLOY.md quotes): TLS with a self-signed certificate
// made for the test, a free loopback port, and everything nginx writes (pid, logs, temporary
// bodies) in a temporary directory that goes away with it.
class NginxProxy
{
public:
    NginxProxy();
    ~NginxProxy();
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;

    // `instances` are HOST:PORT of running servers; `maxBodyBytes` is their --max-body. False
    // (and why in error()) when nginx or openssl is missing or nginx does not come up.
    bool start(const QStringList &instances, qint64 maxBodyBytes);
    // Stops nginx (SIGQUIT: answers what it has, then exits); true when it exited cleanly.
    bool stop();

    QString baseUrl() const { return m_baseUrl; } // "https://127.0.0.1:PORT"
    QSslCertificate certificate() const { return m_certificate; }
    // Adds the certificate to the authorities this process's TLS connections trust, as
    // installing it in the system's store would (nothing accepts a certificate error).
    void trustInThisProcess() const;
    qint64 pid() const { return m_process.processId(); } // the master's
    // nginx's access log: one line per request, "STATUS|METHOD|URI|UPSTREAMS|STATUSES|SENT":
    // each instance tried, what it answered and how many bytes of the request it was sent
    // (", " between tries of one pass, " : " after nginx passed the request on itself).
    QStringList accessLog() const;
    QString errorLog() const;
    QString error() const { return m_error; }

    // The deployment's configuration with every placeholder filled.
    static QString siteConfiguration(const QStringList &instances, const QString &listen,
                                     const QString &certificate, const QString &key,
                                     qint64 maxBodyBytes, QString *error);

private:
    bool makeCertificate();
    bool writeMainConfiguration(const QString &site, quint16 port);
    bool waitUntilListening(quint16 port);

    QTemporaryDir m_dir;
    QProcess m_process;
    QSslCertificate m_certificate;
    QString m_baseUrl;
    QString m_error;
};
