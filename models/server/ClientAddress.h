#pragma once

#include "ApiRequest.h"

#include <QHostAddress>
#include <QList>

// Who sent a request: the connection's peer, or, when the peer is a proxy the server was told to
// trust (`serve --trusted-proxy`), the client that proxy names. Only a trusted peer's word is
// taken: from anyone else the header would let a client pick the address a key's --ip rule and
// the rate limit see.
class ClientAddress
{
public:
    explicit ClientAddress(const QList<QHostAddress> &trustedProxies);

    // `request.peer` is the connection's address. The proxy's X-Real-IP names the client; without
    // it, the last X-Forwarded-For entry (the one the proxy added). A trusted peer that names no
    // valid address is taken as the client itself.
    QHostAddress of(const ApiRequest &request) const;

    // An IPv4 client seen through an IPv6 socket is the IPv4 address.
    static QHostAddress plain(const QHostAddress &address);

private:
    QList<QHostAddress> m_trusted;
};
