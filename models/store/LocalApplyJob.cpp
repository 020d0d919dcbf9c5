#include "LocalApplyJob.h"

#include "SqliteStore.h"
#include "payload/PayloadPlanner.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

LocalApplyJob::LocalApplyJob(const QString &path, qint64 accountId, const EditSet &edits,
                             const QList<MetaField> &schema, QObject *parent)
    : ApplyJob(parent)
    , m_path(path)
    , m_accountId(accountId)
    , m_edits(edits)
    , m_schema(schema)
{}

LocalApplyJob::~LocalApplyJob()
{
    if (m_thread) {
        // The worker only touches shared state and posts to us; stop waiting for it politely.
        m_cancelled->store(true);
        m_thread->wait();
        // Its finished() may still be queued to us, so nobody else will delete it.
        delete m_thread;
    }
}

void LocalApplyJob::start()
{
    // From the event loop, as a server's apply starts sending: a cancel() right after apply()
    // returned is then always in time, for a file as for a server.
    QTimer::singleShot(0, this, &LocalApplyJob::startWorker);
}

void LocalApplyJob::startWorker()
{
    QPointer<LocalApplyJob> self(this);
    const QString path = m_path;
    const qint64 account = m_accountId;
    const EditSet edits = m_edits;
    const QList<MetaField> schema = m_schema;
    const std::shared_ptr<const std::atomic<bool>> cancelled = m_cancelled;
    const std::optional<qint64> ifMatch = m_ifMatch;
    m_thread = QThread::create([self, path, account, edits, schema, cancelled, ifMatch] {
        auto progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        ApplyReport report = run(path, account, edits, schema, cancelled, progress, ifMatch);
        QMetaObject::invokeMethod(
            self.data(),
            [self, report] {
                if (self)
                    self->finish(report);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

ApplyReport LocalApplyJob::run(const QString &path, qint64 accountId, const EditSet &edits,
                               const QList<MetaField> &schema,
                               const std::shared_ptr<const std::atomic<bool>> &cancelled,
                               const std::function<void(qint64, qint64)> &progress,
                               std::optional<qint64> ifMatch)
{
    ApplyReport report;
    StoreError error;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
    if (!store) {
        report.error = ClientError::make(ClientError::Kind::File, error.text());
        for (const MetaEdit &e : edits.metaEdits)
            report.notLanded.append({e, report.error.text, false});
        for (const GroupOperation &op : edits.groupOperations)
            report.groupResults.append({op, false, report.error.text});
        return report;
    }
    const ApplyControl control{progress, cancelled};
    // What a server would be sent: later edits of a cell win, invalid ones are held back.
    const PlanSelection selection = PayloadPlanner::select(edits.metaEdits, schema);
    const qsizetype count = edits.metaEdits.size();
    QList<bool> landed(count, false);
    QStringList reasons(count);
    QList<bool> ownFault(count, false);
    for (const HeldBackEdit &held : selection.heldBack) {
        reasons[held.editIndex] = held.reason;
        ownFault[held.editIndex] = held.kind == HeldBackEdit::Kind::Invalid;
    }
    if (!selection.sent.isEmpty()) {
        QList<MetaEdit> sent;
        sent.reserve(selection.sent.size());
        for (const int i : selection.sent)
            sent.append(edits.metaEdits.at(i));
        const UserMetaOutcome outcome = store->applyUserMeta(accountId, sent, &control, ifMatch);
        if (outcome.ok()) {
            for (const int i : selection.sent)
                landed[i] = true;
            report.updated = outcome.updated;
            report.unchanged = outcome.unchanged;
            report.messages << outcome.message();
        } else {
            report.cancelled = outcome.error.kind == DomainError::Kind::Cancelled;
            for (const EditProblem &p : outcome.problems) {
                const int i = selection.sent.at(p.editIndex);
                reasons[i] += (ownFault.at(i) ? QStringLiteral("; ") : QString()) + p.message;
                ownFault[i] = true;
            }
            const QString general =
                report.cancelled ? tr("Cancelled before it was written.")
                : outcome.error.kind == DomainError::Kind::Refused
                    ? tr("Not written: other edits in the same apply were refused (%1).")
                          .arg(outcome.error.rule)
                    : tr("Not written: %1").arg(ClientError::fromDomain(outcome.error).text);
            for (const int i : selection.sent) {
                if (!ownFault.at(i))
                    reasons[i] = general;
            }
            if (!report.cancelled && outcome.problems.isEmpty())
                report.error = ClientError::fromDomain(outcome.error, store->lastError());
        }
    }
    for (int i = 0; i < count; ++i) {
        const int carrier = selection.carrier.at(i);
        if (landed.at(carrier)) {
            report.landed.append(edits.metaEdits.at(i));
            continue;
        }
        report.notLanded.append({edits.metaEdits.at(i),
                                 carrier == i ? reasons.at(i) : replacedReason(reasons.at(carrier)),
                                 ownFault.at(carrier)});
    }
    qint64 opsDone = 0;
    for (const GroupOperation &op : edits.groupOperations) {
        // Group operations alone (a whole-filter membership change) report progress per request.
        if (progress && edits.metaEdits.isEmpty())
            progress(opsDone++, edits.groupOperations.size());
        if (cancelled && cancelled->load()) {
            report.cancelled = true;
            report.groupResults.append({op, false, tr("Cancelled before it was written.")});
            continue;
        }
        // After a conflict nothing more is written, as a server's 412 stops RemoteApplyJob.
        if (report.error.kind == ClientError::Kind::Conflict) {
            report.groupResults.append({op, false, report.error.text});
            continue;
        }
        const GroupOutcome outcome = store->applyGroupOperation(accountId, op, ifMatch);
        if (outcome.ok()) {
            report.groupResults.append(
                {op, true, outcome.message(), outcome.added, outcome.removed});
            report.messages << outcome.message();
        } else {
            QStringList details;
            for (const ErrorDetail &d : outcome.error.details)
                details << d.message;
            const QString why = outcome.error.kind == DomainError::Kind::Refused
                                    ? outcome.error.rule
                                    : ClientError::fromDomain(outcome.error).text;
            report.groupResults.append(
                {op, false,
                 why + (details.isEmpty()
                            ? QString()
                            : QStringLiteral(": ") + details.join(QStringLiteral("; ")))});
            // A busy or broken file stops the apply as a whole, as a server's 503 would.
            if (outcome.error.kind != DomainError::Kind::Refused && !report.error.isError())
                report.error = ClientError::fromDomain(outcome.error, store->lastError());
        }
    }
    // Cancelled means the person asked to stop, as RemoteApplyJob reports it.
    if (cancelled && cancelled->load())
        report.cancelled = true;
    return report;
}
