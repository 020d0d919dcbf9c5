#include "RemoteHttp.h"

Q_LOGGING_CATEGORY(lcRemote, "metadesk.remote", QtWarningMsg)

RemoteHttp::RemoteHttp(const RemoteConnection &connection, const RemoteOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
{
    m_redactor.addSecret(connection.apiKey);
    // Redirects are checked one by one (HttpCall::redirectAllowed); the default would follow
    // any same-scheme redirect, credentials included, to any host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setTransferTimeout(options.transferTimeoutMs);
}

RemoteHttp::~RemoteHttp()
{
    // Calls refer to the members; they must go before the members do.
    const QList<HttpCall *> calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

HttpCall *RemoteHttp::call(HttpRequestSpec spec, QObject *owner)
{
    return new HttpCall(m_network, m_connection, m_options, m_redactor, std::move(spec),
                        owner ? owner : this);
}
