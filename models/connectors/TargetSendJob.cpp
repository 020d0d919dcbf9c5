#include "TargetSendJob.h"

#include "MappedEdits.h"
#include "store/RemoteHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

TargetSendJob::TargetSendJob(const TargetSettings &settings, const QString &secret,
                             const QList<MetaEdit> &edits, const RemoteOptions &options,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secret(secret)
    , m_edits(edits)
    // The secret as the "key" of the connection: never sent as such (tldApi is off), but
    // scrubbed from every log line.
    , m_http(std::make_unique<RemoteHttp>(RemoteConnection{settings.baseUrl, QString(), secret},
                                          options))
    , m_settled(edits.size(), false)
{
    for (int i = 0; i < edits.size(); ++i)
        m_report.rows.append({i, edits.at(i), TargetSendReport::Outcome::NotLanded,
                              MappedEdits::location(edits.at(i)), QString(), std::nullopt});
}

TargetSendJob::~TargetSendJob()
{
    // The call refers to m_http's network manager: it goes first.
    delete m_call;
}

void TargetSendJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] { run(); });
}

void TargetSendJob::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    if (m_call)
        m_call->stopRetrying();
    else if (m_started)
        QTimer::singleShot(0, this, [this] { finishRest(tr("Cancelled before it was sent.")); });
}

void TargetSendJob::send(const TargetRequest &request, HttpRequestSpec::Retry retry,
                         const Then &then)
{
    if (m_cancelled) {
        finishRest(tr("Cancelled before it was sent."));
        return;
    }
    HttpRequestSpec spec;
    spec.tldApi = false;
    spec.method = request.method;
    spec.path = request.path;
    spec.body = request.body;
    spec.retry = retry;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            spec.contentType = value;
        else
            spec.headers.append({name, value});
    }
    m_call = m_http->call(spec, this);
    connect(m_call, &HttpCall::finished, this, [this, then](const HttpResult &result) {
        m_call = nullptr;
        m_report.requests += qMax(1, result.attempts);
        then(result);
    });
    m_call->start();
}

void TargetSendJob::settle(int editIndex, TargetSendReport::Outcome outcome, const QString &reason,
                           const std::optional<QJsonValue> &current)
{
    if (editIndex < 0 || editIndex >= m_settled.size() || m_settled.at(editIndex))
        return;
    m_settled[editIndex] = true;
    TargetSendReport::Row &row = m_report.rows[editIndex];
    row.outcome = outcome;
    row.reason = reason;
    row.current = current;
}

void TargetSendJob::holdBack(const QList<TargetHeldBack> &heldBack)
{
    for (const TargetHeldBack &held : heldBack) {
        settle(held.editIndex, TargetSendReport::Outcome::NotLanded, held.reason);
        m_report.rows[held.editIndex].location = held.location;
    }
}

void TargetSendJob::finishRest(const QString &reason, const ClientError &error)
{
    if (m_finished)
        return;
    if (error.isError() && !m_report.error.isError())
        m_report.error = error;
    for (int i = 0; i < m_settled.size(); ++i)
        settle(i, TargetSendReport::Outcome::NotLanded, reason);
    finishNow();
}

void TargetSendJob::finishNow()
{
    m_finished = true;
    // From the event loop: a receiver may delete the job in its slot.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

void TargetSendJob::setTotal(qint64 total)
{
    m_total = total;
    Q_EMIT progress(m_done, m_total);
}

void TargetSendJob::advance(qint64 by)
{
    m_done += by;
    Q_EMIT progress(m_done, m_total);
}

QString TargetSendJob::reasonOf(const HttpResult &result)
{
    // The message each system's error answer carries: PubNub error.message, Crymbo
    // api_message, User.com detail.
    QString message;
    const QJsonValue error = result.json.value(QStringLiteral("error"));
    if (error.isObject())
        message = error.toObject().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = result.json.value(QStringLiteral("api_message")).toString();
    if (message.isEmpty())
        message = result.json.value(QStringLiteral("detail")).toString();
    if (result.status > 0 && !message.isEmpty())
        return tr("The target answered %1: %2").arg(result.status).arg(message);
    return result.error.isEmpty() ? tr("The target answered %1.").arg(result.status) : result.error;
}
