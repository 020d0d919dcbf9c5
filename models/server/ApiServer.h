#pragma once

#include "AccessLog.h"
#include "ClientAddress.h"
#include "ConnectionDeadlines.h"
#include "ServeOptions.h"
#include "ServiceWorkers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <functional>
#include <mutex>

struct ApiResponse;
struct MHD_Connection;
struct MHD_Daemon;
struct MHD_Response;
class QTextStream;

// Serves ApiService over HTTP with libmicrohttpd (docs/SERVER.md says why not QHttpServer).
// One network thread moves bytes and frames requests strictly; ServiceWorkers admit, decode, read
// and write. A request's head is admitted (route, size, credentials) before any of its body is
// read, and its connection waits, suspended, while a worker has it.
class ApiServer
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
public:
    ApiServer(const ServeOptions &options, QTextStream *log);
    ~ApiServer();
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    // Opens the file once per worker and starts accepting connections; false with `error` set
    // when the file will not open or the address cannot be bound.
    bool listen(QString *error);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }

    // The request of one exchange on a connection, as it moves between the threads.
    struct Exchange;

private:
    friend struct MhdCallbacks; // libmicrohttpd's C callbacks, in ApiServer.cpp

    int step(MHD_Connection *connection, Exchange &x, const char *data, size_t *size);
    void begin(MHD_Connection *connection, Exchange &x);
    void startBody(MHD_Connection *connection, Exchange &x);
    // Hands the exchange to a worker; the connection waits until the worker has an answer.
    void dispatch(MHD_Connection *connection, Exchange &x, ServiceWorkers::Kind kind,
                  const std::function<ApiResponse(ApiService &)> &work);
    int answer(MHD_Connection *connection, Exchange &x);
    static MHD_Response *toMhd(const ApiResponse &response, bool close);
    bool bindSocket(QString *error);
    int connectionLimit() const;

    ServeOptions m_options;
    ClientAddress m_clientAddress;
    AccessLog m_log;
    std::mutex m_logMutex;
    ConnectionDeadlines m_deadlines;
    ServiceWorkers m_workers;
    MHD_Daemon *m_daemon = nullptr;
    int m_listenFd = -1;
    int m_cap = 0; // connections beyond it are answered 503
    QHostAddress m_address;
    quint16 m_port = 0;
};
