#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>

// One HTTP answer, as the tests look at it.
struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json; // the body, when it is a JSON object
    QString transportError;

    QByteArray header(const QByteArray &name) const;
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QStringList locations() const; // of errors[]
    QString describe() const;      // for failure messages
};

// Talks to a running metadesk-server with QNetworkAccessManager, or through the curl program.
// Requests are synchronous (a local event loop waits for each); one client per thread.
class ApiClient
{
public:
    ApiClient(const QString &baseUrl, const QString &apiId, const QString &apiKey);

    // Credentials go in the tld-api-* headers unless `withCredentials` is false.
    HttpReply send(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = QByteArray(),
                   const QByteArray &contentType = QByteArrayLiteral("application/json"),
                   bool withCredentials = true,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpReply get(const QString &pathAndQuery);
    HttpReply sendJson(const QByteArray &method, const QString &path, const QJsonObject &body);

    // Runs `curl -s <arguments> URL` against the server; the URL is baseUrl + pathAndQuery.
    HttpReply curl(const QString &pathAndQuery, const QStringList &arguments) const;
    // curl arguments that send the credentials as headers.
    QStringList curlCredentials() const;

    QString baseUrl() const { return m_baseUrl; }
    QString apiId() const { return m_apiId; }
    QString apiKey() const { return m_apiKey; }

private:
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QString m_apiId;
    QString m_apiKey;
};
