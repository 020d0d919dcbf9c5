#pragma once

#include "domain/ApiContract.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// How `metadesk-server serve` was asked to run. The limits and timeouts are those of
// docs/SERVER.md.
struct ServeOptions
{
    static constexpr qint64 kDefaultMaxBody = ApiContract::kDefaultMaxBodyBytes;
    static constexpr int kDefaultChangesRetentionDays = 90;
    static constexpr int kDefaultMaxConnections = 512;
    static constexpr int kDefaultHeaderTimeoutSeconds = 10;
    static constexpr int kDefaultBodyTimeoutSeconds = 60;
    static constexpr int kDefaultKeepAliveSeconds = 30;
    static constexpr int kMaxHeaderLines = 100;
    // libmicrohttpd's memory per connection: the request line and headers must fit in it with
    // its bookkeeping (measured: a 60 KB header passes, a 70 KB one is refused with 431).
    static constexpr int kConnectionMemoryBytes = 65536;

    QString file;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    qint64 maxBodyBytes = kDefaultMaxBody;
    int rateLimit = 0; // requests per second per client; 0: off
    bool quiet = false;
    int changesRetentionDays = kDefaultChangesRetentionDays; // tombstones older are forgotten
    int maxConnections = kDefaultMaxConnections;             // beyond: 503 and closed
    int headerTimeoutSeconds = kDefaultHeaderTimeoutSeconds; // connect to end of the head
    int bodyTimeoutSeconds = kDefaultBodyTimeoutSeconds;     // end of the head to end of body
    int keepAliveSeconds = kDefaultKeepAliveSeconds; // an answer to the end of the next head
    int workers = 0;                                 // reading threads; 0: one per core
    QList<QHostAddress> trustedProxies; // whose X-Real-IP names the client (ClientAddress)
};
