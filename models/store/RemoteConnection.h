#pragma once

#include "domain/ApiContract.h"
#include "payload/PayloadCompiler.h"

#include <QString>
#include <QUrl>

// Where a RemoteStore talks to and as whom. The key is handed in by the caller (from the
// keychain) and kept only in memory.
struct RemoteConnection
{
    QUrl baseUrl; // e.g. https://crm.example.com; every docs/API.md path is relative to it
    QString apiId;
    QString apiKey;
    // No account here: a key belongs to one account, which the server names
    // (GET /api/egress/account); a person never types it.
};

// How a RemoteStore behaves on the wire. The defaults suit a server on a LAN or the internet;
// tests shorten the times.
struct RemoteOptions
{
    int parallelism = 4;             // apply requests in flight at once
    int maxEntriesPerRequest = 5000; // meta entries per PUT: progress and exact partial results
    // ... unless an apply would take more PUTs than this: then each carries more (up to the API's
    // 100,000), as the server pays per transaction (one per PUT). 0: always maxEntriesPerRequest.
    int requestsPerApply = 20;
    qint64 maxBodyBytes = ApiContract::kDefaultMaxBodyBytes;
    int transferTimeoutMs = 60000;                // no byte moving for this long aborts a request
    int maxAttempts = 6;                          // first try included
    int backoffBaseMs = 250;                      // doubled per retry ...
    int backoffCapMs = 8000;                      // ... up to this
    int maxRetryAfterMs = 120000;                 // a longer Retry-After is not waited for
    int pageSize = ApiContract::kDefaultPageSize; // egress pages (the server caps them)
    int maxIdsPerRequest = 500; // user ids per egress user_meta request (URL length)
    // How applies encode their bodies. JSON by default: answers are JSON too, and trying every
    // encoding triples the planning time for a few percent of bytes at most. None: the smallest.
    std::optional<PayloadEncoding> encoding = PayloadEncoding::Json;
    QByteArray multipartBoundary; // empty: a random one per apply (tests fix it to compare bytes)
};
