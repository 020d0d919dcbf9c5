#include "ApiServer.h"

#include "ApiRequest.h"
#include "ApiRoutes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace {
QHttpServerRequest::Method qtMethod(const QByteArray &method)
{
    using M = QHttpServerRequest::Method;
    if (method == "GET")
        return M::Get;
    if (method == "POST")
        return M::Post;
    if (method == "DELETE")
        return M::Delete;
    return M::Put;
}
} // namespace

ApiServer::ApiServer(SqliteStore &store, const ServeOptions &options, QTextStream *log,
                     QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_service(store, options.maxBodyBytes, options.rateLimit, options.changesRetentionDays)
    , m_log(options.quiet ? nullptr : log)
{
    for (const Route &route : ApiRoutes::all()) {
        m_http.route(route.path, qtMethod(route.method),
                     [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                         serve(request, responder);
                     });
    }
    // Everything else (unknown paths, other methods, trailing slashes) gets a JSON answer from
    // the same pipeline.
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, responder);
        });
}

bool ApiServer::listen(QString *error)
{
    // A QTcpServer of our own, rather than QHttpServer::listen(), says why binding failed.
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(m_options.host, m_options.port)) {
        *error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_http.bind(m_tcp);
    return true;
}

QHostAddress ApiServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void ApiServer::serve(const QHttpServerRequest &qtRequest, QHttpServerResponder &responder)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest request = ApiRequest::from(qtRequest);
    const ApiResponse response = m_service.handle(request);

    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);

    m_log.write({QDateTime::currentDateTimeUtc(), request.peer.toString(), request.method,
                 request.path, request.query, response.status, double(timer.nsecsElapsed()) / 1e6,
                 response.entries});
}
