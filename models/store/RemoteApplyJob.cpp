#include "RemoteApplyJob.h"

#include "RemoteHttp.h"
#include "RequestErrorMapper.h"

#include <QHash>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

RemoteApplyJob::RemoteApplyJob(std::shared_ptr<RemoteHttp> http, const EditSet &edits,
                               const PlanOptions &options, QObject *parent)
    : ApplyJob(parent)
    , m_http(std::move(http))
    , m_edits(edits)
    , m_options(options)
    , m_state(edits.metaEdits.size(), State::Pending)
    , m_reason(edits.metaEdits.size())
    , m_ownFault(edits.metaEdits.size(), false)
    , m_uncertain(edits.metaEdits.size(), false)
{}

PlanOptions RemoteApplyJob::planOptions(const RemoteOptions &remote)
{
    PlanOptions options;
    options.compile.encoding = remote.encoding;
    options.compile.boundary = remote.multipartBoundary;
    options.compile.maxEntries = qMax(1, remote.maxEntriesPerRequest);
    options.compile.targetRequests = remote.requestsPerApply;
    options.compile.maxBodyBytes = remote.maxBodyBytes;
    return options;
}

RemoteApplyJob::~RemoteApplyJob()
{
    if (m_compiler) {
        // Its finished() may not have been delivered yet: the thread is ours to delete.
        m_compiler->wait();
        delete m_compiler;
    }
    // The calls use the shared RemoteHttp; they go before it might.
    for (const QPointer<HttpCall> &call : std::as_const(m_calls))
        delete call.data();
}

void RemoteApplyJob::start()
{
    const QPointer<RemoteApplyJob> self(this);
    const EditSet edits = m_edits;
    const PlanOptions options = m_options;
    // Planning a large EditSet takes a moment; the window stays responsive.
    m_compiler = QThread::create([self, edits, options] {
        PayloadPlan plan = PayloadPlanner::plan(edits, options);
        QMetaObject::invokeMethod(
            self.data(),
            [self, plan = std::move(plan)] {
                if (self)
                    self->onPlanned(plan);
            },
            Qt::QueuedConnection);
    });
    connect(m_compiler, &QThread::finished, this, [this] {
        m_compiler->deleteLater();
        m_compiler = nullptr;
    });
    m_compiler->start();
}

void RemoteApplyJob::startRefused(const QString &reason)
{
    m_compiled = true;
    m_stopped = true;
    m_error = ClientError::make(ClientError::Kind::Internal, reason);
    m_winner = PayloadPlanner::select(m_edits.metaEdits, {}).carrier;
    for (const GroupOperation &op : std::as_const(m_edits.groupOperations))
        m_groupResults.append({op, false, reason});
    QTimer::singleShot(0, this, &RemoteApplyJob::finishWhenIdle);
}

void RemoteApplyJob::cancel()
{
    if (m_cancelled || isFinished())
        return;
    m_cancelled = true;
    m_stopped = true;
    for (const QPointer<HttpCall> &call : std::as_const(m_calls)) {
        if (call)
            call->stopRetrying();
    }
    // Never finishes inside cancel(): the caller may not expect finished() re-entrantly.
    QTimer::singleShot(0, this, &RemoteApplyJob::finishWhenIdle);
}

void RemoteApplyJob::onPlanned(const PayloadPlan &plan)
{
    m_compiled = true;
    m_winner = plan.carrier;
    for (const HeldBackEdit &held : plan.heldBack) {
        if (held.kind == HeldBackEdit::Kind::Replaced)
            continue; // it shares the fate of the edit that replaced it
        m_state[held.editIndex] = State::NotLanded;
        m_reason[held.editIndex] = held.reason;
        m_ownFault[held.editIndex] = held.kind == HeldBackEdit::Kind::Invalid;
    }
    if (!plan.ok()) {
        stopSending(ClientError::make(
            ClientError::Kind::Internal,
            tr("The edits could not be turned into requests: %1").arg(plan.error)));
        for (const GroupOperation &op : std::as_const(m_edits.groupOperations))
            m_groupResults.append({op, false, m_error.text});
        finishWhenIdle();
        return;
    }
    m_requests = plan.requests;
    QHash<int, int> chunksOfOperation;
    for (const CompiledRequest &r : std::as_const(m_requests)) {
        if (r.groupOperationIndex >= 0)
            ++chunksOfOperation[r.groupOperationIndex];
    }
    QHash<int, int> usersSent; // per operation: users in its earlier chunks
    for (int i = 0; i < m_requests.size(); ++i) {
        const CompiledRequest &r = m_requests.at(i);
        m_total += r.entries;
        if (r.groupOperationIndex < 0) {
            m_metaRequests.append(i);
            continue;
        }
        const GroupOperation &op = m_edits.groupOperations.at(r.groupOperationIndex);
        GroupChunk chunk;
        chunk.request = i;
        chunk.operation = op;
        chunk.wholeOperation = chunksOfOperation.value(r.groupOperationIndex) == 1;
        if (!chunk.wholeOperation) {
            int &offset = usersSent[r.groupOperationIndex];
            chunk.operation.userIds = op.userIds.mid(offset, r.entries);
            offset += r.entries;
        }
        m_groupChunks.append(chunk);
    }
    Q_EMIT progress(0, m_total);
    if (m_stopped) { // cancelled while compiling
        finishWhenIdle();
        return;
    }
    pump();
}

HttpCall *RemoteApplyJob::send(const CompiledRequest &request, HttpRequestSpec::Retry retry)
{
    HttpRequestSpec spec;
    spec.method = request.method;
    spec.path = request.path;
    spec.contentType = request.contentType;
    spec.body = request.body;
    spec.retry = retry;
    if (m_ifMatch)
        spec.ifMatch = '"' + QByteArray::number(*m_ifMatch) + '"';
    HttpCall *call = m_http->call(std::move(spec), this);
    m_calls.append(call);
    ++m_inFlight;
    return call;
}

void RemoteApplyJob::pump()
{
    const int parallelism = qMax(1, m_http->options().parallelism);
    while (!m_stopped && m_inFlight < parallelism && m_nextMeta < m_metaRequests.size())
        sendMeta(m_nextMeta++);
    if (m_inFlight > 0)
        return;
    if (!m_stopped && m_nextMeta >= m_metaRequests.size() && m_nextGroup < m_groupChunks.size()) {
        sendNextGroupChunk();
        return;
    }
    finishWhenIdle();
}

void RemoteApplyJob::sendMeta(int position)
{
    const int index = m_metaRequests.at(position);
    HttpCall *call = send(m_requests.at(index), HttpRequestSpec::Retry::Idempotent);
    connect(call, &HttpCall::finished, this, [this, index](const HttpResult &result) {
        --m_inFlight;
        onMetaFinished(index, result);
        pump();
    });
    call->start();
}

void RemoteApplyJob::onMetaFinished(int index, const HttpResult &result)
{
    const CompiledRequest &request = m_requests.at(index);
    if (result.ok()) {
        for (const int i : request.editIndexes)
            m_state[i] = State::Landed;
        m_updated += result.json.value(QStringLiteral("updated")).toInteger();
        m_unchanged += result.json.value(QStringLiteral("unchanged")).toInteger();
        const QString message = result.json.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            m_messages << message;
        advanceProgress(request.entries);
        return;
    }
    if (result.apiError.isError()) {
        // Refused: nothing of this request was written (docs/API.md 5.4); say why per edit.
        const RequestErrorMapper::MetaReasons reasons =
            RequestErrorMapper::mapMeta(request, m_edits.metaEdits, result.apiError);
        const QString others =
            tr("Not written: other edits in the same request were refused (%1).")
                .arg(result.apiError.title) +
            (reasons.general.isEmpty()
                 ? QString()
                 : QLatin1Char(' ') + reasons.general.join(QStringLiteral("; ")));
        for (const int i : request.editIndexes) {
            m_state[i] = State::NotLanded;
            const QStringList own = reasons.byEdit.value(i);
            // Without a reason of its own an edit only went down with the request.
            m_ownFault[i] = !own.isEmpty();
            m_reason[i] = own.isEmpty() ? (reasons.byEdit.isEmpty() ? result.error : others)
                                        : own.join(QStringLiteral("; "));
        }
    } else {
        for (const int i : request.editIndexes) {
            m_state[i] = State::NotLanded;
            m_uncertain[i] = result.uncertain;
            m_reason[i] = result.uncertain
                              ? tr("Perhaps not written: %1 The server may have written it; it "
                                   "stays pending and can safely be applied again.")
                                    .arg(result.error)
                              : tr("Not written: %1").arg(result.error);
        }
    }
    advanceProgress(request.entries);
    // A conflict means the copy is stale: nothing more is sent until the person decides.
    const ClientError error = ClientError::fromHttp(result);
    if (result.fatal || !result.apiError.isError() || error.kind == ClientError::Kind::Conflict)
        stopSending(error);
}

void RemoteApplyJob::sendNextGroupChunk()
{
    const int chunk = m_nextGroup++;
    const CompiledRequest &request = m_requests.at(m_groupChunks.at(chunk).request);
    const HttpRequestSpec::Retry retry = request.method == "PUT"
                                             ? HttpRequestSpec::Retry::Idempotent
                                             : HttpRequestSpec::Retry::OnlyIfNotReceived;
    HttpCall *call = send(request, retry);
    connect(call, &HttpCall::finished, this, [this, chunk](const HttpResult &result) {
        --m_inFlight;
        onGroupFinished(chunk, result);
        pump();
    });
    call->start();
}

void RemoteApplyJob::onGroupFinished(int chunk, const HttpResult &result)
{
    const GroupChunk &g = m_groupChunks.at(chunk);
    advanceProgress(m_requests.at(g.request).entries);
    if (result.ok()) {
        QString message = result.json.value(QStringLiteral("message")).toString();
        const QJsonArray warnings = result.json.value(QStringLiteral("warnings")).toArray();
        for (const auto &w : warnings)
            message += QLatin1Char(' ') + w.toString();
        m_groupResults.append({g.operation, true, message,
                               result.json.value(QStringLiteral("added")).toInteger(),
                               result.json.value(QStringLiteral("removed")).toInteger()});
        m_messages << message;
        return;
    }
    if (result.apiError.isError()) {
        m_groupResults.append({g.operation, false,
                               RequestErrorMapper::describeGroupError(
                                   g.operation, g.operation.userIds, result.apiError)});
        const ClientError error = ClientError::fromHttp(result);
        if (result.fatal || error.kind == ClientError::Kind::Conflict)
            stopSending(error);
        return;
    }
    if (result.uncertain) {
        m_uncertainGroups.append(g.operation);
        m_groupResults.append(
            {g.operation, false,
             tr("Perhaps not applied: %1 Reload to see whether the server applied it.")
                 .arg(result.error)});
        // Later operations may depend on this one.
        stopSending(ClientError::make(
            ClientError::fromHttp(result).kind,
            tr("The outcome of a group change is unknown: %1").arg(result.error)));
        return;
    }
    m_groupResults.append({g.operation, false, tr("Not applied: %1").arg(result.error)});
    stopSending(ClientError::fromHttp(result));
}

void RemoteApplyJob::stopSending(const ClientError &error)
{
    m_stopped = true;
    if (!m_error.isError())
        m_error = error;
}

void RemoteApplyJob::advanceProgress(qint64 entries)
{
    m_done += entries;
    Q_EMIT progress(m_done, m_total);
}

QString RemoteApplyJob::notSentReason() const
{
    if (m_cancelled)
        return tr("Cancelled before it was sent.");
    return tr("Not sent: the apply stopped (%1).").arg(m_error.text);
}

void RemoteApplyJob::finishWhenIdle()
{
    if (m_inFlight > 0 || !m_compiled || m_finishing || isFinished())
        return;
    m_finishing = true;
    // Whatever was never sent did not land: say why, group operation by group operation too.
    for (int c = m_nextGroup; c < m_groupChunks.size(); ++c)
        m_groupResults.append({m_groupChunks.at(c).operation, false, notSentReason()});
    m_nextGroup = int(m_groupChunks.size());
    finish(buildReport());
}

ApplyReport RemoteApplyJob::buildReport()
{
    ApplyReport report;
    report.cancelled = m_cancelled;
    report.error = m_cancelled ? ClientError() : m_error;
    report.updated = m_updated;
    report.unchanged = m_unchanged;
    report.messages = m_messages;
    report.groupResults = m_groupResults;
    const QList<MetaEdit> &edits = m_edits.metaEdits;
    m_uncertainEdits.clear();
    for (int i = 0; i < edits.size(); ++i) {
        const int w = m_winner.value(i, i);
        const State state = m_state.at(w);
        if (state == State::Landed) {
            report.landed.append(edits.at(i));
            continue;
        }
        QString reason =
            state == State::Pending
                ? (!m_error.isError() && !m_cancelled ? tr("Not sent.") : notSentReason())
                : m_reason.at(w);
        if (w != i)
            reason = replacedReason(reason);
        if (m_uncertain.at(w))
            m_uncertainEdits.append(edits.at(i));
        // Never sent (stopped, cancelled) is not the edit's fault: the cell stays plainly pending.
        report.notLanded.append(
            {edits.at(i), reason, state == State::NotLanded && m_ownFault.at(w)});
    }
    return report;
}
