#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One TCP connection to a server, spoken to byte by byte: for requests no well-behaved HTTP
// client would send (split heads, conflicting lengths, pipelining, bodies that never end).
// Blocking calls with timeouts; one thread at a time.
class RawHttpConnection
{
public:
    struct Response
    {
        int status = 0; // 0: no complete answer
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    RawHttpConnection() = default;
    ~RawHttpConnection();
    RawHttpConnection(const RawHttpConnection &) = delete;
    RawHttpConnection &operator=(const RawHttpConnection &) = delete;

    // Connects to 127.0.0.1:port; false when the connection is refused.
    bool open(quint16 port);
    // False once the peer has closed (or reset) the connection.
    bool send(const QByteArray &bytes);
    // Reads one answer (head, then Content-Length bytes of body; none after HEAD).
    Response read(int timeoutMs, bool head = false);
    // True when the peer closes the connection within `timeoutMs` (nothing more arrives).
    bool closedWithin(int timeoutMs);
    // Bytes received but not yet returned by read().
    QByteArray pending() const { return m_buffer; }
    void close();

private:
    bool fill(int timeoutMs);

    int m_fd = -1;
    QByteArray m_buffer;
    bool m_eof = false;
};
