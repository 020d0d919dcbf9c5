#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

// A request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QByteArray path() const { return target.split('?').first(); }
};

// What the fake server does with one request.
struct FakeResponse
{
    enum class Action
    {
        Answer,
        Hang,             // reads the request and never answers
        CloseImmediately, // closes the connection without a byte
        CloseMidBody      // sends the headers and half the body, then closes
    };
    Action action = Action::Answer;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body = QByteArrayLiteral("{}");
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse metaSuccess(int updated);
};

// A scripted HTTP/1.1 server on loopback, for faults the real server never makes: every request
// is answered by the handler (default: the queue, then `fallback`). Keeps connections alive.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl url() const;

    void enqueue(const FakeResponse &response) { m_queue.append(response); }
    void setFallback(const FakeResponse &response) { m_fallback = response; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeResponse> m_queue;
    FakeResponse m_fallback;
    Handler m_handler;
    QList<FakeRequest> m_requests;
};
