#include "HttpCall.h"

#include "NetworkErrorText.h"
#include "RemoteHttp.h"
#include "payload/JsonTreeReader.h"
#include "payload/RequestDocument.h"
#include "secrets/Redactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {
bool isJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

// A request body that can be read once and never rewound (see HttpCall::send).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, m_data.size() - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}
} // namespace

HttpCall::HttpCall(QNetworkAccessManager &network, const RemoteConnection &connection,
                   const RemoteOptions &options, const Redactor &redactor, HttpRequestSpec spec,
                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(connection)
    , m_options(options)
    , m_redactor(redactor)
    , m_spec(std::move(spec))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early: a Retry-After is waited for in full.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::send);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpCall::redirectAllowed(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0 &&
           from.host().compare(to.host(), Qt::CaseInsensitive) == 0 &&
           from.port(from.scheme() == QLatin1String("https") ? 443 : 80) ==
               to.port(to.scheme() == QLatin1String("https") ? 443 : 80);
}

qint64 HttpCall::retryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // An HTTP date (RFC 9110 IMF-fixdate).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

void HttpCall::start()
{
    send();
}

void HttpCall::stopRetrying()
{
    m_stopRetrying = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        complete(m_last);
    }
}

void HttpCall::abort()
{
    m_stopRetrying = true;
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    else
        stopRetrying();
}

void HttpCall::send()
{
    ++m_attempts;
    QUrl url = m_connection.baseUrl;
    const qsizetype q = m_spec.path.indexOf(QLatin1Char('?'));
    const QString path = q >= 0 ? m_spec.path.left(q) : m_spec.path;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (q >= 0)
        url.setQuery(m_spec.path.mid(q + 1), QUrl::StrictMode);

    if (m_redirectTo.isValid())
        url = m_redirectTo; // following a same-origin redirect
    m_currentUrl = url;
    QNetworkRequest request(url);
    if (m_spec.tldApi) {
        request.setRawHeader(QByteArrayLiteral("tld-api-id"), m_connection.apiId.toUtf8());
        request.setRawHeader(QByteArrayLiteral("tld-api-key"), m_connection.apiKey.toUtf8());
    }
    for (const auto &[name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MetaDesk"));
    if (!m_spec.ifMatch.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Match"), m_spec.ifMatch);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Qt follows no redirect by itself: classify() decides, and only same-origin ones are
    // followed (send() again), so the key never reaches another host or plain http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QVariant::fromValue(QNetworkRequest::ManualRedirectPolicy));
    // Keys must never be cached, and answers are always fresh.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    if (lcRemote().isDebugEnabled()) {
        QStringList headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers << QString::fromLatin1(name) + QStringLiteral(": ") +
                           QString::fromUtf8(Redactor::header(name, request.rawHeader(name)));
        qCDebug(lcRemote).noquote()
            << m_redactor.scrub(QStringLiteral("%1 %2 (attempt %3) [%4] %5")
                                    .arg(QString::fromLatin1(m_spec.method), Redactor::url(url))
                                    .arg(m_attempts)
                                    .arg(headers.join(QStringLiteral("; ")),
                                         QString::fromUtf8(Redactor::body(m_spec.body.left(2000),
                                                                          m_spec.contentType))));
    }

    if (m_spec.method == "GET" && m_spec.body.isEmpty()) {
        m_reply = m_network.get(request);
    } else {
        // QNetworkAccessManager silently sends a request again when the connection closes
        // before the answer, whatever the method, and then reports only the last try (e.g.
        // "connection refused" for a request the server did receive). A body that cannot be
        // rewound stops that: every attempt is ours, so "never connected" is the truth.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_spec.body);
        m_reply = m_network.sendCustomRequest(request, m_spec.method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    HttpResult result = classify(*reply);
    result.attempts = m_attempts;
    qCDebug(lcRemote).noquote() << m_redactor.scrub(
        QStringLiteral("%1 %2 -> %3 %4")
            .arg(QString::fromLatin1(m_spec.method), Redactor::url(reply->url()))
            .arg(result.status)
            .arg(result.ok() ? QStringLiteral("ok") : result.error));
    m_last = result;
    m_wasUncertain = m_wasUncertain || result.uncertain;
    if (result.redirect.isValid()) {
        ++m_redirects;
        --m_attempts; // the same attempt, at the new address
        m_redirectTo = result.redirect;
        send();
        return;
    }
    if (shouldRetry(result)) {
        const qint64 delay = m_retryAfterMs >= 0 ? m_retryAfterMs : backoffMs();
        qCInfo(lcRemote).noquote()
            << m_redactor.scrub(QStringLiteral("retrying %1 %2 in %3 ms: %4")
                                    .arg(QString::fromLatin1(m_spec.method),
                                         m_spec.path.section(QLatin1Char('?'), 0, 0))
                                    .arg(delay)
                                    .arg(result.error));
        m_retryTimer.start(int(delay));
        return;
    }
    complete(result);
}

HttpResult HttpCall::classify(QNetworkReply &reply)
{
    HttpResult r;
    m_retryAfterMs = -1;
    const QString host = hostOf(reply.url());
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    r.networkError = reply.error();
    if (reply.isOpen())
        r.body = reply.readAll();
    const bool write = m_spec.method != "GET";

    // A redirect is an answer (Qt may also report that it could not resend the body to it).
    if (r.status >= 300 && r.status < 400) {
        const QUrl target = m_currentUrl.resolved(
            QUrl::fromEncoded(reply.rawHeader(QByteArrayLiteral("Location")).trimmed()));
        const bool sameOrigin = target.isValid() && redirectAllowed(m_currentUrl, target);
        if (sameOrigin && m_redirects < kMaxRedirects) {
            r.redirect = target;
            return r;
        }
        r.fatal = true;
        if (sameOrigin || !target.isValid())
            r.error = NetworkErrorText::forNetworkError(QNetworkReply::TooManyRedirectsError, host);
        else if (target.scheme() == QLatin1String("http") &&
                 m_currentUrl.scheme() == QLatin1String("https"))
            r.error = NetworkErrorText::forNetworkError(QNetworkReply::InsecureRedirectError, host);
        else
            r.error = tr("%1 redirected the request to %2; the redirect was not followed so that "
                         "the key is never sent to another server. Check the base URL.")
                          .arg(host, Redactor::url(target.adjusted(QUrl::RemoveQuery)));
        return r;
    }
    const bool transportFailed =
        r.networkError != QNetworkReply::NoError && (r.status == 0 || r.status < 400);
    if (transportFailed) {
        using E = QNetworkReply::NetworkError;
        switch (r.networkError) {
        case E::OperationCanceledError:
            // Not cancelled by us: the transfer timeout fired.
            if (!m_aborted) {
                r.networkError = E::TimeoutError;
                r.error = tr("%1 did not answer within %2 s.")
                              .arg(host)
                              .arg(m_options.transferTimeoutMs / 1000.0);
            } else {
                r.error = NetworkErrorText::forNetworkError(r.networkError, host);
            }
            r.uncertain = write;
            break;
        case E::ConnectionRefusedError:
        case E::HostNotFoundError:
        case E::NetworkSessionFailedError:
        case E::ProxyConnectionRefusedError:
        case E::ProxyNotFoundError:
            // Never connected: nothing was sent.
            r.error = NetworkErrorText::forNetworkError(r.networkError, host);
            break;
        case E::SslHandshakeFailedError:
        case E::ProtocolUnknownError:
        case E::ProxyAuthenticationRequiredError:
        case E::TooManyRedirectsError:
        case E::InsecureRedirectError:
            r.error = NetworkErrorText::forNetworkError(r.networkError, host);
            r.fatal = true;
            break;
        default:
            r.error = NetworkErrorText::forNetworkError(r.networkError, host);
            r.uncertain = write;
            break;
        }
        return r;
    }

    const QByteArray contentType = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QJsonParseError parseError{};
    const bool asTree = m_spec.answerAsTree && r.status >= 200 && r.status < 300;
    bool jsonObject = asTree && JsonTreeReader::read(r.body, 0, RequestDocument::kMaxDepth, r.tree);
    if (!jsonObject) {
        // Not strict JSON (or not wanted as a tree): QJsonDocument reads what it is more
        // lenient about, or says what is wrong.
        r.tree = PayloadTree();
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
        jsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
        if (jsonObject && asTree)
            r.tree = PayloadTree::fromJsonObject(document.object());
        else if (jsonObject)
            r.json = document.object();
    }

    if (r.status >= 200 && r.status < 300) {
        if ((isJson(contentType) && jsonObject) || !m_spec.tldApi)
            return r;
        // A success that is not the contract's: a proxy's page, a wrong URL. Whether a write
        // landed cannot be told.
        r.error =
            !isJson(contentType)
                ? tr("%1 answered with '%2' instead of JSON: is the base URL that of a "
                     "MetaDesk/TLD server?")
                      .arg(host, QString::fromLatin1(contentType.isEmpty()
                                                         ? QByteArrayLiteral("no content type")
                                                         : contentType))
                : tr("%1 answered with JSON that cannot be read (%2).")
                      .arg(host, parseError.error == QJsonParseError::NoError
                                     ? tr("not an object")
                                     : parseError.errorString());
        r.uncertain = write;
        r.fatal = true;
        return r;
    }
    if (r.status < 200) {
        r.error = NetworkErrorText::forHttpStatus(r.status);
        r.fatal = true;
        return r;
    }
    // An error answer (4xx/5xx).
    if (jsonObject && r.json.contains(QStringLiteral("error"))) {
        r.apiError = ApiError::fromJson(r.status, r.json);
        r.error = NetworkErrorText::forApiError(r.apiError);
    } else {
        r.error = NetworkErrorText::forHttpStatus(r.status);
    }
    if (r.status == 429 || r.status == 503)
        m_retryAfterMs = retryAfterMs(reply.rawHeader(QByteArrayLiteral("Retry-After")));
    // Gateways cannot tell whether the server behind them acted; a refusal changes nothing.
    r.uncertain = write && (r.status == 502 || r.status == 504);
    // These would refuse every other request just the same.
    r.fatal = r.status == 401 || r.status == 403 || r.status == 404 || r.status == 405 ||
              r.status == 415 || r.status >= 500;
    return r;
}

bool HttpCall::shouldRetry(const HttpResult &result) const
{
    if (result.ok() || m_stopRetrying || m_attempts >= m_options.maxAttempts)
        return false;
    if (m_retryAfterMs > m_options.maxRetryAfterMs)
        return false;
    const int s = result.status;
    if (s == 429 || s == 503)
        return true; // refused before anything happened: safe for every method
    if (s == 0 && !result.fatal && !result.uncertain)
        return true; // never connected
    if (m_spec.retry != HttpRequestSpec::Retry::Idempotent)
        return false;
    if (s == 502 || s == 504)
        return true;
    // A dropped connection or a timeout; a success that could not be read is not retried.
    return s < 400 && !result.fatal && result.networkError != QNetworkReply::NoError;
}

qint64 HttpCall::backoffMs() const
{
    const qint64 exponential = qMin<qint64>(
        m_options.backoffCapMs, qint64(m_options.backoffBaseMs) << qMin(m_attempts - 1, 20));
    // Jitter spreads the retries of parallel requests apart.
    return exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1);
}

void HttpCall::complete(const HttpResult &result)
{
    if (m_done)
        return;
    m_done = true;
    HttpResult final = result;
    // An earlier attempt that may have been acted on keeps the outcome unknown, whatever the
    // last attempt met (e.g. a server killed mid-request, then connections refused).
    if (m_spec.method != "GET" && m_wasUncertain && !final.ok())
        final.uncertain = true;
    Q_EMIT finished(final);
    deleteLater();
}
