#pragma once

#include "AccessLog.h"
#include "ApiService.h"
#include "ServeOptions.h"

#include <QHttpServer>
#include <QObject>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

// Mounts ApiService on QHttpServer: every route of docs/API.md, plus a missing-route handler so
// that unknown paths and methods get JSON answers too. QHttpServer runs every handler on this
// thread, one request at a time, which is what serialises concurrent writes (docs/API.md 5.4).
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(SqliteStore &store, const ServeOptions &options, QTextStream *log,
              QObject *parent = nullptr);

    // Starts accepting connections; false with `error` set when the address cannot be bound.
    bool listen(QString *error);
    QHostAddress address() const;
    quint16 port() const;

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &responder);

    ServeOptions m_options;
    ApiService m_service;
    AccessLog m_log;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
};
