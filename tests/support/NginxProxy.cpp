#include "NginxProxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

NginxProxy::NginxProxy() = default;

NginxProxy::~NginxProxy()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

QString NginxProxy::siteConfiguration(const QStringList &instances, const QString &listen,
                                      const QString &certificate, const QString &key,
                                      qint64 maxBodyBytes, QString *error)
{
    const QString templatePath = QStringLiteral(METADESK_DEPLOY_DIR "/nginx/metadesk.conf");
    const QString text = readText(templatePath);
    if (text.isEmpty()) {
        *error = QStringLiteral("cannot read %1").arg(templatePath);
        return {};
    }
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("@INSTANCE@"))) {
            lines << line;
            continue;
        }
        for (const QString &instance : instances)
            lines << QString(line).replace(QLatin1String("@INSTANCE@"), instance);
    }
    QString site = lines.join(QLatin1Char('\n'));
    site.replace(QLatin1String("@LISTEN@"), listen)
        .replace(QLatin1String("@CERTIFICATE@"), certificate)
        .replace(QLatin1String("@CERTIFICATE_KEY@"), key)
        .replace(QLatin1String("@MAX_BODY@"), QString::number(maxBodyBytes));
    static const QRegularExpression placeholder(QStringLiteral("@[A-Z_]+@"));
    const QRegularExpressionMatch left = placeholder.match(site);
    if (left.hasMatch()) {
        *error = QStringLiteral("%1: placeholder %2 not filled").arg(templatePath, left.captured());
        return {};
    }
    return site;
}

bool NginxProxy::makeCertificate()
{
    // A P-256 key: made in milliseconds, unlike RSA. Valid for the names a client on this
    // machine uses.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), m_dir.filePath(QStringLiteral("certificate.pem")),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error =
            QStringLiteral("openssl req failed (%1): %2")
                .arg(openssl.errorString(), QString::fromUtf8(openssl.readAllStandardError()));
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("certificate.pem")));
    if (certificates.size() != 1) {
        m_error = QStringLiteral("openssl made no readable certificate");
        return false;
    }
    m_certificate = certificates.first();
    return true;
}

bool NginxProxy::writeMainConfiguration(const QString &site, quint16 port)
{
    const QString prefix = m_dir.path() + QLatin1Char('/');
    QString main;
    // As root the master drops its workers to an unprivileged user, as a packaged nginx does;
    // they only need to pass through the directory to the temporary paths nginx makes for them.
    if (::geteuid() == 0) {
        main += QStringLiteral("user www-data www-data;\n");
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0711);
    }
    main += QStringLiteral("worker_processes auto;\n"
                           "pid %1nginx.pid;\n"
                           "error_log %1error.log warn;\n"
                           "events { worker_connections 1024; }\n"
                           "http {\n"
                           "    log_format metadesk '$status|$request_method|$request_uri|"
                           "$upstream_addr|$upstream_status|$upstream_bytes_sent';\n"
                           "    access_log %1access.log metadesk;\n"
                           "    client_body_temp_path %1client_body;\n"
                           "    proxy_temp_path %1proxy;\n"
                           "    fastcgi_temp_path %1fastcgi;\n"
                           "    uwsgi_temp_path %1uwsgi;\n"
                           "    scgi_temp_path %1scgi;\n"
                           "    include %1site-%2.conf;\n"
                           "}\n")
                .arg(prefix)
                .arg(port);
    return writeText(m_dir.filePath(QStringLiteral("site-%1.conf").arg(port)), site) &&
           writeText(m_dir.filePath(QStringLiteral("nginx.conf")), main);
}

bool NginxProxy::waitUntilListening(quint16 port)
{
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(1000))
            return true;
        QThread::msleep(20);
    }
    return false;
}

bool NginxProxy::start(const QStringList &instances, qint64 maxBodyBytes)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    // Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH.
    QString program = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (program.isEmpty())
        program =
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    if (program.isEmpty()) {
        m_error = QStringLiteral("nginx is not installed (scripts/deps.sh installs it)");
        return false;
    }
    if (!makeCertificate())
        return false;
    // The free port is found by binding it and letting go: another program may take it in
    // between, so nginx failing to bind is tried again on another port.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freeLoopbackPort();
        const QString site =
            siteConfiguration(instances, QStringLiteral("127.0.0.1:%1").arg(port),
                              m_dir.filePath(QStringLiteral("certificate.pem")),
                              m_dir.filePath(QStringLiteral("key.pem")), maxBodyBytes, &m_error);
        if (site.isEmpty() || !writeMainConfiguration(site, port))
            return false;
        const QString prefix = m_dir.path() + QLatin1Char('/');
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                                  prefix + QStringLiteral("nginx.conf"), QStringLiteral("-e"),
                                  prefix + QStringLiteral("error.log"), QStringLiteral("-g"),
                                  QStringLiteral("daemon off;")});
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        if (waitUntilListening(port)) {
            m_baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
            return true;
        }
        m_process.kill();
        m_process.waitForFinished();
        const QString log = errorLog() + QString::fromUtf8(m_process.readAll());
        if (!log.contains(QLatin1String("Address already in use"))) {
            m_error = QStringLiteral("nginx did not come up: %1").arg(log);
            return false;
        }
    }
    m_error = QStringLiteral("nginx found no free port");
    return false;
}

bool NginxProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    ::kill(pid_t(m_process.processId()), SIGQUIT);
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished();
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void NginxProxy::trustInThisProcess() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

QStringList NginxProxy::accessLog() const
{
    return readText(m_dir.filePath(QStringLiteral("access.log")))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString NginxProxy::errorLog() const
{
    return readText(m_dir.filePath(QStringLiteral("error.log")));
}
