#pragma once

#include "RemoteConnection.h"
#include "domain/ApiError.h"
#include "payload/PayloadTree.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class Redactor;

// One request to send, with what may be done when it fails.
struct HttpRequestSpec
{
    enum class Retry
    {
        // Sending twice has the effect of sending once (PUT, and reads): retried after a
        // timeout, 502/503/504, a dropped connection, and 429.
        Idempotent,
        // Must not run twice (or out of order with what follows): retried only when the server
        // provably did not act on it: 429 and 503 (refused, docs/API.md 4), or no connection.
        OnlyIfNotReceived
    };

    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to the base URL, with its query string
    QByteArray contentType;
    QByteArray body;
    Retry retry = Retry::Idempotent;
    QByteArray ifMatch; // the If-Match header (docs/API.md 10), when not empty
    // Another system's API (connectors/): these headers instead of the tld-api-* credentials,
    // and a success is whatever body it answers with (its own JSON is read by the caller).
    bool tldApi = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A success is read into HttpResult::tree instead of `json`: large pages (values of a
    // thousand users) then cost a few flat arrays, not a QJsonObject per member.
    bool answerAsTree = false;
};

// How a request ended, as a value.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonObject json;  // the body, when it is the JSON object the contract promises
    PayloadTree tree;  // the same for a success when the spec asks for answerAsTree
    ApiError apiError; // an error answer in the contract's shape (status >= 400)
    QString error;     // translated; empty exactly when the request succeeded
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    // The server may have acted on the request without our knowing (sent, but no complete
    // answer); retrying an idempotent request is safe, the outcome is otherwise unknown.
    bool uncertain = false;
    // The same failure would hit every other request (credentials, URL, TLS, a server that
    // does not speak the contract): stop sending.
    bool fatal = false;
    int attempts = 0;
    QUrl redirect; // a same-origin redirect to follow (HttpCall's own business)

    bool ok() const { return error.isEmpty(); }
};

// Sends one request through the store's QNetworkAccessManager, retrying as its spec allows with
// capped exponential backoff (and the server's Retry-After), then emits finished() once and
// deletes itself later.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager &network, const RemoteConnection &connection,
             const RemoteOptions &options, const Redactor &redactor, HttpRequestSpec spec,
             QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    // No more attempts: a request on the wire ends with its own answer; one waiting to be
    // retried ends now with its last result.
    void stopRetrying();
    // Aborts whatever is on the wire (the outcome of a write is then unknown).
    void abort();

    // Whether a redirect from `from` to `to` may be followed: same scheme, host and port only,
    // so the credentials never reach another host and https never falls back to http.
    static bool redirectAllowed(const QUrl &from, const QUrl &to);
    // Milliseconds of a Retry-After header (seconds or an HTTP date); -1 when absent or invalid.
    static qint64 retryAfterMs(const QByteArray &value);

Q_SIGNALS:
    void finished(const HttpResult &result);

private:
    void send();
    void onFinished();
    HttpResult classify(QNetworkReply &reply);
    bool shouldRetry(const HttpResult &result) const;
    qint64 backoffMs() const;
    void complete(const HttpResult &result);

    QNetworkAccessManager &m_network;
    const RemoteConnection &m_connection;
    const RemoteOptions &m_options;
    const Redactor &m_redactor;
    HttpRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    HttpResult m_last;
    qint64 m_retryAfterMs = -1;
    int m_attempts = 0;
    bool m_stopRetrying = false;
    bool m_wasUncertain = false;
    bool m_aborted = false;
    static constexpr int kMaxRedirects = 5;
    QUrl m_currentUrl; // where the current attempt went
    QUrl m_redirectTo; // a same-origin redirect being followed
    int m_redirects = 0;
    bool m_done = false;
};
