#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

// What the API needs of one HTTP request, copied out of the transport so that the request
// pipeline can be driven (and reasoned about) without it.
struct ApiRequest
{
    QByteArray method; // as sent, e.g. "PUT"
    QString path;      // decoded path without the query string
    QByteArray query;  // raw (percent-encoded) query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The value of a header, matched case-insensitively (RFC 9110); null when it is absent.
    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header(QByteArrayLiteral("content-type")); }
    // Sets path and query from the request target as sent ("/api/egress/users?limit=5").
    void setTarget(const QByteArray &target);
};
