#include "RawHttpConnection.h"

#include <QDeadlineTimer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

QByteArray RawHttpConnection::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

RawHttpConnection::~RawHttpConnection()
{
    close();
}

bool RawHttpConnection::open(quint16 port)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close();
        return false;
    }
    const int on = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return true;
}

void RawHttpConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
    m_eof = false;
}

bool RawHttpConnection::send(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (m_fd >= 0 && done < bytes.size()) {
        const ssize_t n =
            ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += n;
    }
    return m_fd >= 0;
}

bool RawHttpConnection::fill(int timeoutMs)
{
    if (m_fd < 0 || m_eof)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, std::max(0, timeoutMs)) <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk, n);
    return true;
}

RawHttpConnection::Response RawHttpConnection::read(int timeoutMs, bool head)
{
    Response r;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(int(deadline.remainingTime())))
            return r;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (head)
        length = 0;
    while (m_buffer.size() - (end + 4) < length) {
        if (!fill(int(deadline.remainingTime())))
            return r;
    }
    r.status = statusLine.value(1).toInt();
    r.body = m_buffer.mid(end + 4, qsizetype(length));
    m_buffer.remove(0, end + 4 + qsizetype(length));
    return r;
}

bool RawHttpConnection::closedWithin(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_eof && !deadline.hasExpired())
        fill(int(deadline.remainingTime()));
    return m_eof;
}
