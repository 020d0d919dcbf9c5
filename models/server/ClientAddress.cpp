#include "ClientAddress.h"

ClientAddress::ClientAddress(const QList<QHostAddress> &trustedProxies)
{
    for (const QHostAddress &proxy : trustedProxies)
        m_trusted << plain(proxy);
}

QHostAddress ClientAddress::plain(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
    }
    return address;
}

QHostAddress ClientAddress::of(const ApiRequest &request) const
{
    const QHostAddress peer = plain(request.peer);
    if (!m_trusted.contains(peer))
        return peer;
    QByteArray named = request.header(QByteArrayLiteral("x-real-ip")).trimmed();
    if (named.isEmpty())
        named = request.header(QByteArrayLiteral("x-forwarded-for")).split(',').last().trimmed();
    QHostAddress client;
    if (named.isEmpty() || !client.setAddress(QString::fromLatin1(named)))
        return peer;
    return plain(client);
}
