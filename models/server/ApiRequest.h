#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

// What the API needs of one HTTP request, copied out of QHttpServerRequest so that the request
// pipeline can be driven (and reasoned about) without the transport.
struct ApiRequest
{
    QByteArray method; // upper case, e.g. "PUT"; "UNKNOWN" for a method Qt does not know
    QString path;      // decoded path without the query string
    QByteArray query;  // raw (percent-encoded) query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The value of a header, matched case-insensitively (RFC 9110); null when it is absent.
    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header(QByteArrayLiteral("content-type")); }

    static ApiRequest from(const QHttpServerRequest &request);
    static QByteArray methodName(int qtMethod);
};
