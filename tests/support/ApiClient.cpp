#include "ApiClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>

namespace {
void parseJson(HttpReply &reply)
{
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    reply.json = document.object();
}
} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QStringList HttpReply::locations() const
{
    QStringList list;
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    for (const auto &e : errors)
        list << e.toObject().value(QStringLiteral("location")).toString();
    return list;
}

QString HttpReply::describe() const
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(status)
        .arg(QString::fromUtf8(body.left(2000)), transportError);
}

ApiClient::ApiClient(const QString &baseUrl, const QString &apiId, const QString &apiKey)
    : m_baseUrl(baseUrl)
    , m_apiId(apiId)
    , m_apiKey(apiKey)
{}

HttpReply ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body, const QByteArray &contentType,
                          bool withCredentials,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (withCredentials) {
        request.setRawHeader(QByteArrayLiteral("tld-api-id"), m_apiId.toUtf8());
        request.setRawHeader(QByteArrayLiteral("tld-api-key"), m_apiKey.toUtf8());
    }
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    request.setTransferTimeout(120000);
    QNetworkReply *reply = body.isEmpty() && method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    if (result.status == 0)
        result.transportError = reply->errorString();
    reply->deleteLater();
    parseJson(result);
    return result;
}

HttpReply ApiClient::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery);
}

HttpReply ApiClient::sendJson(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QStringList ApiClient::curlCredentials() const
{
    return {QStringLiteral("-H"), QStringLiteral("tld-api-id: ") + m_apiId, QStringLiteral("-H"),
            QStringLiteral("tld-api-key: ") + m_apiKey};
}

HttpReply ApiClient::curl(const QString &pathAndQuery, const QStringList &arguments) const
{
    // The status goes last on a line of its own; headers go to a dump we read back.
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList{QStringLiteral("-sS"), QStringLiteral("-D"), QStringLiteral("-"),
                              QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} +
                      arguments + QStringList{m_baseUrl + pathAndQuery});
    HttpReply result;
    if (!process.waitForFinished(120000)) {
        result.transportError = QStringLiteral("curl did not finish");
        process.kill();
        process.waitForFinished();
        return result;
    }
    QByteArray out = process.readAllStandardOutput();
    const qsizetype lastLine = out.lastIndexOf('\n');
    result.status = out.mid(lastLine + 1).trimmed().toInt();
    out.truncate(lastLine);
    // With 100 Continue there are two header blocks; the body follows the last one.
    qsizetype from = 0;
    while (out.mid(from, 5) == "HTTP/") {
        const qsizetype headerEnd = out.indexOf("\r\n\r\n", from);
        if (headerEnd < 0)
            break;
        result.headers.clear();
        for (const QByteArray &line : out.mid(from, headerEnd - from).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        from = headerEnd + 4;
    }
    result.body = out.mid(from);
    if (result.status == 0)
        result.transportError = QString::fromUtf8(process.readAllStandardError());
    parseJson(result);
    return result;
}
