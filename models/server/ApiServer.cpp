#include "ApiServer.h"

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiService.h"
#include "HttpErrorTitles.h"
#include "RequestFraming.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <optional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

struct ApiServer::Exchange
{
    enum class Phase
    {
        Head,      // nothing seen but the target
        Admitting, // a worker checks the head
        Body,      // admitted: reading the body
        Handling,  // a worker answers
        Prepared,  // a worker answered a request without a body before its end was called
        Answered
    };
    Phase phase = Phase::Head;
    ApiRequest request;
    qint64 declaredBytes = 0; // RequestFraming::kChunked when unknown
    qint64 bodyCap = 0;       // the most body bytes read
    bool write = false;
    std::optional<ApiKeyInfo> key;
    // Set by a worker before it resumes the connection; queued by the network thread.
    MHD_Response *response = nullptr;
    int status = 0;
    qint64 entries = 0;
    QElapsedTimer timer;

    ~Exchange()
    {
        if (response)
            MHD_destroy_response(response);
    }
    void prepare(const ApiResponse &r, bool close)
    {
        if (response)
            MHD_destroy_response(response);
        response = ApiServer::toMhd(r, close);
        status = r.status;
        entries = r.entries;
    }
};

struct MhdCallbacks
{
    static void *uri(void *, const char *uri, MHD_Connection *)
    {
        auto *x = new ApiServer::Exchange;
        x->timer.start();
        x->request.setTarget(QByteArray(uri));
        return x;
    }

    static MHD_Result request(void *self, MHD_Connection *connection, const char *,
                              const char *method, const char *, const char *data, size_t *size,
                              void **exchange)
    {
        auto *x = static_cast<ApiServer::Exchange *>(*exchange);
        if (!x) {
            *exchange = x = new ApiServer::Exchange;
            x->timer.start();
        }
        if (x->request.method.isNull())
            x->request.method = QByteArray(method);
        return MHD_Result(static_cast<ApiServer *>(self)->step(connection, *x, data, size));
    }

    static void completed(void *self, MHD_Connection *connection, void **exchange,
                          MHD_RequestTerminationCode)
    {
        delete static_cast<ApiServer::Exchange *>(*exchange);
        *exchange = nullptr;
        // The next request's head must come within the keep-alive time.
        const MHD_ConnectionInfo *info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        auto *server = static_cast<ApiServer *>(self);
        if (info && info->socket_context)
            server->m_deadlines.set(static_cast<ConnectionDeadlines::Entry *>(info->socket_context),
                                    server->m_options.keepAliveSeconds);
    }

    static void connection(void *self, MHD_Connection *connection, void **socketContext,
                           MHD_ConnectionNotificationCode code)
    {
        auto *server = static_cast<ApiServer *>(self);
        if (code == MHD_CONNECTION_NOTIFY_STARTED) {
            const MHD_ConnectionInfo *info =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
            *socketContext = server->m_deadlines.open(info ? info->connect_fd : -1, server->m_cap,
                                                      server->m_options.headerTimeoutSeconds);
        } else if (*socketContext) {
            // Called before the socket is closed: the deadlines forget it while it is still ours.
            server->m_deadlines.close(static_cast<ConnectionDeadlines::Entry *>(*socketContext));
            *socketContext = nullptr;
        }
    }

    static void freeBody(void *body) { delete static_cast<QByteArray *>(body); }
};

namespace {
ConnectionDeadlines::Entry *entryOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<ConnectionDeadlines::Entry *>(info->socket_context) : nullptr;
}

int readerThreads(const ServeOptions &options)
{
    return options.workers > 0 ? options.workers : std::max(2, QThread::idealThreadCount());
}
} // namespace

ApiServer::ApiServer(const ServeOptions &options, QTextStream *log)
    : m_options(options)
    , m_clientAddress(options.trustedProxies)
    , m_log(options.quiet ? nullptr : log)
    , m_workers(m_options, readerThreads(options))
{}

ApiServer::~ApiServer()
{
    if (m_daemon) {
        MHD_quiesce_daemon(m_daemon);
        // Workers finish what they have (resuming those connections); whatever comes after is
        // answered 503 by the network thread, which stops last.
        m_workers.stop();
        MHD_stop_daemon(m_daemon);
    }
    m_workers.stop();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

int ApiServer::connectionLimit() const
{
    // Each worker's connection holds the file, its WAL and shared memory open; the rest is
    // stdio, the listening socket, epoll and the wake-up pipe, with room to spare.
    const int reserved = 32 + 3 * (readerThreads(m_options) + 2);
    rlimit limit{};
    int descriptors = 1024;
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        descriptors = int(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
    return std::max(8, std::min(m_options.maxConnections + 64, descriptors - reserved));
}

bool ApiServer::bindSocket(QString *error)
{
    const bool v6 = m_options.host.protocol() == QAbstractSocket::IPv6Protocol ||
                    m_options.host == QHostAddress(QHostAddress::Any);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(m_options.port);
        const Q_IPV6ADDR ip = m_options.host == QHostAddress(QHostAddress::Any)
                                  ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                  : m_options.host.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(m_options.port);
        a->sin_addr.s_addr = htonl(m_options.host.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    m_listenFd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int on = 1;
    const int off = 0;
    setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (v6) // "any" takes IPv4 too, as QTcpServer did
        setsockopt(m_listenFd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(m_listenFd, SOMAXCONN) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_address = QHostAddress(reinterpret_cast<sockaddr *>(&bound));
    m_port = bound.ss_family == AF_INET6
                 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port)
                 : ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return true;
}

bool ApiServer::listen(QString *error)
{
    if (!m_workers.start(error))
        return false;
    if (!bindSocket(error))
        return false;
    const int hardLimit = connectionLimit();
    // Room above the cap for the 503 answers themselves.
    m_cap = std::max(1, std::min(m_options.maxConnections, hardLimit - 8));
    const unsigned idle =
        unsigned(std::max({m_options.headerTimeoutSeconds, m_options.bodyTimeoutSeconds,
                           m_options.keepAliveSeconds}));
    m_daemon = MHD_start_daemon(
        MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME, 0, nullptr, nullptr,
        &MhdCallbacks::request, this, MHD_OPTION_LISTEN_SOCKET, m_listenFd,
        MHD_OPTION_CONNECTION_LIMIT, unsigned(hardLimit), MHD_OPTION_CONNECTION_TIMEOUT, idle,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(ServeOptions::kConnectionMemoryBytes),
        MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_URI_LOG_CALLBACK, &MhdCallbacks::uri, this,
        MHD_OPTION_NOTIFY_COMPLETED, &MhdCallbacks::completed, this, MHD_OPTION_NOTIFY_CONNECTION,
        &MhdCallbacks::connection, this, MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("libmicrohttpd did not start");
        return false;
    }
    return true;
}

MHD_Response *ApiServer::toMhd(const ApiResponse &response, bool close)
{
    auto *body = new QByteArray(response.body);
    MHD_Response *r = MHD_create_response_from_buffer_with_free_callback_cls(
        size_t(body->size()), body->data(), &MhdCallbacks::freeBody, body);
    MHD_add_response_header(r, "Content-Type", "application/json");
    for (const auto &[name, value] : response.headers)
        MHD_add_response_header(r, name.constData(), value.constData());
    if (close)
        MHD_add_response_header(r, "Connection", "close");
    return r;
}

void ApiServer::begin(MHD_Connection *connection, Exchange &x)
{
    ConnectionDeadlines::Entry *entry = entryOf(connection);
    if (entry)
        m_deadlines.set(entry, 0); // the head is in; the server has the next move
    MHD_get_connection_values(
        connection, MHD_HEADER_KIND,
        [](void *list, MHD_ValueKind, const char *name, const char *value) {
            static_cast<ApiRequest *>(list)->headers.append(
                {QByteArray(name), QByteArray(value ? value : "")});
            return MHD_YES;
        },
        &x.request);
    const MHD_ConnectionInfo *peer =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (peer && peer->client_addr)
        x.request.peer = QHostAddress(peer->client_addr);
    x.request.peer = m_clientAddress.of(x.request);
}

void ApiServer::dispatch(MHD_Connection *connection, Exchange &x, ServiceWorkers::Kind kind,
                         const std::function<ApiResponse(ApiService &)> &work)
{
    MHD_suspend_connection(connection);
    Exchange *exchange = &x;
    const auto task = [exchange, connection, work](ApiService &service) {
        exchange->prepare(work(service), false);
        MHD_resume_connection(connection);
    };
    const bool posted = m_workers.post(kind, task);
    if (!posted) {
        x.prepare(
            ApiResponse::error(503, HttpErrorTitles::ServerBusy, tr("the server is stopping")),
            true);
        MHD_resume_connection(connection);
    }
}

int ApiServer::answer(MHD_Connection *connection, Exchange &x)
{
    x.phase = Exchange::Phase::Answered;
    const MHD_Result queued = MHD_queue_response(connection, unsigned(x.status), x.response);
    MHD_destroy_response(x.response);
    x.response = nullptr;
    const std::lock_guard lock(m_logMutex); // one line at a time, from whichever thread
    m_log.write({QDateTime::currentDateTimeUtc(), x.request.peer.toString(), x.request.method,
                 x.request.path, x.request.query, x.status, double(x.timer.nsecsElapsed()) / 1e6,
                 x.entries});
    return queued;
}

void ApiServer::startBody(MHD_Connection *connection, Exchange &x)
{
    x.phase = Exchange::Phase::Body;
    x.bodyCap = x.key ? m_options.maxBodyBytes : ApiService::kCredentialBodyBytes;
    if (x.declaredBytes > 0)
        x.request.body.reserve(qsizetype(std::min(x.declaredBytes, x.bodyCap)));
    if (ConnectionDeadlines::Entry *entry = entryOf(connection))
        m_deadlines.set(entry, m_options.bodyTimeoutSeconds);
}

int ApiServer::step(MHD_Connection *connection, Exchange &x, const char *data, size_t *size)
{
    using Phase = Exchange::Phase;
    switch (x.phase) {
    case Phase::Head: {
        begin(connection, x);
        const ConnectionDeadlines::Entry *entry = entryOf(connection);
        if (entry && entry->overCap) {
            ApiResponse busy = ApiResponse::error(
                503, HttpErrorTitles::ServerBusy,
                tr("the server has %1 connections open, its maximum; retry later").arg(m_cap));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            x.prepare(busy, true);
            return answer(connection, x);
        }
        const RequestFraming::Verdict framing =
            RequestFraming::check(x.request.headers, ServeOptions::kMaxHeaderLines);
        if (framing.refusal) {
            x.prepare(*framing.refusal, true);
            return answer(connection, x);
        }
        x.declaredBytes = framing.bodyBytes;
        // What needs no file is decided here, so that a client without credentials never costs
        // a worker anything.
        const Admission screened = m_workers.screening().screen(x.request, x.declaredBytes);
        if (screened.refusal) {
            x.prepare(*screened.refusal, false);
            return answer(connection, x);
        }
        x.write = screened.write;
        if (!screened.verify) { // the small body may hold the credentials
            startBody(connection, x);
            return MHD_YES;
        }
        Exchange *exchange = &x;
        if (x.declaredBytes == 0 && !x.write) {
            // Nothing to read: admitted and answered in one hand-off, as every thread switch
            // is a wait for a core when the cores are busy.
            x.phase = Phase::Prepared;
            dispatch(connection, x, ServiceWorkers::Kind::Read, [exchange](ApiService &service) {
                const Admission admission =
                    service.admit(exchange->request, exchange->declaredBytes);
                return admission.refusal ? *admission.refusal
                                         : service.handle(exchange->request, admission.key);
            });
            return MHD_YES;
        }
        x.phase = Phase::Admitting;
        dispatch(connection, x, ServiceWorkers::Kind::Read, [exchange](ApiService &service) {
            Admission admission = service.admit(exchange->request, exchange->declaredBytes);
            exchange->key = admission.key;
            return admission.refusal ? *admission.refusal : ApiResponse();
        });
        return MHD_YES;
    }
    case Phase::Admitting:
        // Called again with the head once the worker resumed the connection.
        if (x.status != 200) // refused: the body stays unread, the connection is closed
            return answer(connection, x);
        MHD_destroy_response(x.response);
        x.response = nullptr;
        startBody(connection, x);
        if (*size == 0)
            return MHD_YES;
        [[fallthrough]];
    case Phase::Body:
        if (*size > 0) {
            if (x.request.body.size() + qint64(*size) > x.bodyCap) {
                // Only a chunked body can get here: a declared length was checked on admission.
                x.prepare(ApiResponse::error(413, ErrorTitles::PayloadTooLarge,
                                             tr("the body has more than %1 bytes; at "
                                                "most %1 are read")
                                                 .arg(x.bodyCap)),
                          true);
                return answer(connection, x);
            }
            x.request.body.append(data, qsizetype(*size));
            *size = 0;
            return MHD_YES;
        }
        if (ConnectionDeadlines::Entry *entry = entryOf(connection))
            m_deadlines.set(entry, 0);
        x.phase = Phase::Handling;
        {
            Exchange *exchange = &x;
            // A body too big to carry credentials alone may also be slow to decode.
            const ServiceWorkers::Kind kind =
                x.write ? ServiceWorkers::Kind::Write
                : x.request.body.size() > ApiService::kCredentialBodyBytes
                    ? ServiceWorkers::Kind::BulkRead
                    : ServiceWorkers::Kind::Read;
            dispatch(connection, x, kind, [exchange](ApiService &service) {
                return service.handle(exchange->request, exchange->key);
            });
        }
        return MHD_YES;
    case Phase::Prepared:
        // Called again with the head once the worker resumed the connection. An answer queued
        // now would close the connection (libmicrohttpd takes it for an answer before the
        // body); it is queued at the request's end, the next call.
        x.phase = Phase::Handling;
        return MHD_YES;
    case Phase::Handling:
        return answer(connection, x);
    case Phase::Answered:
        break;
    }
    return MHD_YES;
}
