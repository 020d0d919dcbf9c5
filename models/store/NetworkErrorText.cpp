#include "NetworkErrorText.h"

#include <QStringList>

QString NetworkErrorText::forNetworkError(QNetworkReply::NetworkError error, const QString &host)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return QString();
    case E::ConnectionRefusedError:
        return tr("%1 refused the connection: is the server running and is the port right?")
            .arg(host);
    case E::RemoteHostClosedError:
        return tr("%1 closed the connection before it answered completely.").arg(host);
    case E::HostNotFoundError:
        return tr("The server name %1 was not found: check the URL.").arg(host);
    case E::TimeoutError:
        return tr("%1 did not answer in time.").arg(host);
    case E::OperationCanceledError:
        return tr("The request to %1 was cancelled.").arg(host);
    case E::SslHandshakeFailedError:
        return tr("A secure (TLS) connection to %1 could not be made: its certificate is not "
                  "trusted or the handshake failed.")
            .arg(host);
    case E::TemporaryNetworkFailureError:
        return tr("The network connection was lost while talking to %1.").arg(host);
    case E::NetworkSessionFailedError:
        return tr("The network is not available (no connection to %1).").arg(host);
    case E::BackgroundRequestNotAllowedError:
        return tr("The system does not allow this request to %1 in the background.").arg(host);
    case E::TooManyRedirectsError:
        return tr("%1 redirected the request too many times.").arg(host);
    case E::InsecureRedirectError:
        return tr("%1 redirected from https to plain http; the redirect was refused so that "
                  "the key is not sent unencrypted.")
            .arg(host);
    case E::UnknownNetworkError:
        return tr("An unknown network error occurred while talking to %1.").arg(host);
    case E::ProxyConnectionRefusedError:
        return tr("The proxy refused the connection to %1.").arg(host);
    case E::ProxyConnectionClosedError:
        return tr("The proxy closed the connection to %1 before it answered.").arg(host);
    case E::ProxyNotFoundError:
        return tr("The proxy server was not found (while connecting to %1).").arg(host);
    case E::ProxyTimeoutError:
        return tr("The proxy did not answer in time (while connecting to %1).").arg(host);
    case E::ProxyAuthenticationRequiredError:
        return tr("The proxy requires a login (while connecting to %1).").arg(host);
    case E::UnknownProxyError:
        return tr("An unknown proxy error occurred while connecting to %1.").arg(host);
    case E::ContentAccessDenied:
        return forHttpStatus(403);
    case E::ContentOperationNotPermittedError:
        return forHttpStatus(405);
    case E::ContentNotFoundError:
        return forHttpStatus(404);
    case E::AuthenticationRequiredError:
        return forHttpStatus(401);
    case E::ContentReSendError:
        return tr("The request to %1 had to be sent again but could not be.").arg(host);
    case E::ContentConflictError:
        return forHttpStatus(409);
    case E::ContentGoneError:
        return forHttpStatus(410);
    case E::UnknownContentError:
        return tr("%1 answered with an error the program does not know.").arg(host);
    case E::ProtocolUnknownError:
        return tr("The URL of %1 does not use http or https.").arg(host);
    case E::ProtocolInvalidOperationError:
        return forHttpStatus(400);
    case E::ProtocolFailure:
        return tr("%1 broke the HTTP protocol (the answer could not be read).").arg(host);
    case E::InternalServerError:
        return forHttpStatus(500);
    case E::OperationNotImplementedError:
        return forHttpStatus(501);
    case E::ServiceUnavailableError:
        return forHttpStatus(503);
    case E::UnknownServerError:
        return tr("%1 reported a server error the program does not know.").arg(host);
    }
    return tr("Network error %1 while talking to %2.").arg(int(error)).arg(host);
}

QString NetworkErrorText::forHttpStatus(int status)
{
    switch (status) {
    case 400:
        return tr("The server refused the request as malformed (400).");
    case 401:
        return tr("The API id or key is wrong (401).");
    case 403:
        return tr("This key is not allowed to do that, or not from this address (403).");
    case 404:
        return tr("The server has no such endpoint: check the base URL (404).");
    case 405:
        return tr("The server does not accept this method here (405).");
    case 408:
        return tr("The server gave up waiting for the request (408).");
    case 409:
        return tr("The request conflicts with the server's data (409).");
    case 410:
        return tr("The resource is gone from the server (410).");
    case 413:
        return tr("The request is too large for the server (413).");
    case 415:
        return tr("The server does not accept this kind of content (415).");
    case 422:
        return tr("The server could not process the request's content (422).");
    case 429:
        return tr("The server is receiving too many requests; it asked to wait (429).");
    case 500:
        return tr("The server failed with an internal error (500).");
    case 501:
        return tr("The server does not implement this request (501).");
    case 502:
        return tr("A gateway in front of the server got no valid answer from it (502).");
    case 503:
        return tr("The server is unavailable right now (503).");
    case 504:
        return tr("A gateway in front of the server timed out waiting for it (504).");
    default:
        break;
    }
    if (status >= 500)
        return tr("The server failed (HTTP %1).").arg(status);
    if (status >= 400)
        return tr("The server refused the request (HTTP %1).").arg(status);
    if (status >= 300)
        return tr("The server redirected the request (HTTP %1), which was not followed.")
            .arg(status);
    return tr("The server answered HTTP %1.").arg(status);
}

QString NetworkErrorText::forApiError(const ApiError &error)
{
    QStringList details;
    for (const ErrorDetail &d : error.details)
        details << (d.location.isEmpty() ? d.message
                                         : d.location + QStringLiteral(": ") + d.message);
    QString text = forHttpStatus(error.status);
    if (!error.title.isEmpty())
        text += QLatin1Char(' ') + error.title + QLatin1Char('.');
    if (!details.isEmpty())
        text += QLatin1Char(' ') + details.join(QStringLiteral("; "));
    return text;
}
