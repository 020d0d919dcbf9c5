#pragma once

#include "ApplyJob.h"
#include "HttpCall.h"
#include "RemoteConnection.h"
#include "domain/EditSet.h"
#include "payload/PayloadPlanner.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <memory>
#include <optional>

class RemoteHttp;
class QThread;

// Applies an EditSet to a server: the requests PayloadPlanner plans (meta chunks sent with
// bounded parallelism, each chunk one transaction on the server; then the group operations, one
// request after the other, in order). Edits the plan holds back are reported not landed, with
// the plan's reason.
//
// Retries (HttpCall): meta PUTs and group PUTs (Replace) are idempotent (docs/API.md 9) and are
// retried after a timeout, 502/503/504 or a dropped connection. POST (Add) and DELETE (Remove,
// Drop) are retried only when the server provably did not act (429, 503, no connection): their
// effect alone would not change on a second run, but a late duplicate could land after the next
// operation of the same apply (Add, then Remove) and undo it. After a group request whose outcome
// is unknown the later ones are not sent, as they may depend on it.
//
// The report is exact: an edit is `landed` only when the server said so. When the connection
// broke after a request was sent, its edits are not landed and are listed in uncertainEdits()
// (the server may have written them; sending them again is safe). Cancel stops sending and
// retrying; requests already on the wire are waited for, so their result is known.
class RemoteApplyJob : public ApplyJob
{
    Q_OBJECT
public:
    RemoteApplyJob(std::shared_ptr<RemoteHttp> http, const EditSet &edits,
                   const PlanOptions &options, QObject *parent = nullptr);
    ~RemoteApplyJob() override;

    // Every request carries If-Match with this revision (docs/API.md 10); a 412 stops the apply
    // with the kind Conflict, what landed before it staying landed.
    void setIfMatch(std::optional<qint64> revision) { m_ifMatch = revision; }
    void start();
    // How a server's applies are planned: its encoding, boundary and limits per request.
    static PlanOptions planOptions(const RemoteOptions &options);
    // Finishes (later) without sending anything: every edit not landed for `reason`.
    void startRefused(const QString &reason);
    void cancel() override;

    // Not-landed edits and group operations that the server may nevertheless have applied.
    const QList<MetaEdit> &uncertainEdits() const { return m_uncertainEdits; }
    const QList<GroupOperation> &uncertainGroupOperations() const { return m_uncertainGroups; }

private:
    enum class State
    {
        Pending,
        Landed,
        NotLanded
    };
    struct GroupChunk
    {
        int request = -1;         // index into m_requests
        GroupOperation operation; // the part of the operation this request carries
        bool wholeOperation = true;
    };

    void onPlanned(const PayloadPlan &plan);
    void pump();
    void sendMeta(int request);
    void onMetaFinished(int request, const HttpResult &result);
    void sendNextGroupChunk();
    void onGroupFinished(int chunk, const HttpResult &result);
    HttpCall *send(const CompiledRequest &request, HttpRequestSpec::Retry retry);
    void stopSending(const ClientError &error);
    void advanceProgress(qint64 entries);
    void finishWhenIdle();
    ApplyReport buildReport();
    QString notSentReason() const;

    std::shared_ptr<RemoteHttp> m_http;
    EditSet m_edits;
    PlanOptions m_options;
    QThread *m_compiler = nullptr;
    QList<CompiledRequest> m_requests;
    QList<int> m_metaRequests; // indices into m_requests, in sending order
    QList<GroupChunk> m_groupChunks;
    int m_nextMeta = 0;
    int m_nextGroup = 0;
    int m_inFlight = 0;
    QList<QPointer<HttpCall>> m_calls;

    QList<State> m_state;    // per meta edit
    QStringList m_reason;    // per meta edit, when not landed
    QList<bool> m_ownFault;  // per meta edit, when not landed: refused for itself
    QList<bool> m_uncertain; // per meta edit
    QList<int> m_winner;     // per meta edit: the edit that carries its cell (itself if sent)
    QList<ApplyReport::GroupResult> m_groupResults;
    QList<MetaEdit> m_uncertainEdits;
    QList<GroupOperation> m_uncertainGroups;
    QStringList m_messages;
    qint64 m_updated = 0;
    qint64 m_unchanged = 0;

    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_compiled = false;
    bool m_cancelled = false;
    bool m_stopped = false; // no more requests are started
    bool m_finishing = false;
    ClientError m_error; // what stopped the apply as a whole
    std::optional<qint64> m_ifMatch;
};
