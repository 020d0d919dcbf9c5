#include "LocalApplyJob.h"

#include "SqliteStore.h"

#include <QPointer>
#include <QThread>

LocalApplyJob::LocalApplyJob(const QString &path, qint64 accountId, const EditSet &edits,
                             QObject *parent)
    : ApplyJob(parent)
    , m_path(path)
    , m_accountId(accountId)
    , m_edits(edits)
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
    QPointer<LocalApplyJob> self(this);
    const QString path = m_path;
    const qint64 account = m_accountId;
    const EditSet edits = m_edits;
    const std::shared_ptr<const std::atomic<bool>> cancelled = m_cancelled;
    m_thread = QThread::create([self, path, account, edits, cancelled] {
        auto progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        ApplyReport report = run(path, account, edits, cancelled, progress);
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
                               const std::shared_ptr<const std::atomic<bool>> &cancelled,
                               const std::function<void(qint64, qint64)> &progress)
{
    ApplyReport report;
    StoreError error;
    std::unique_ptr<SqliteStore> store = SqliteStore::open(path, &error);
    if (!store) {
        report.error = error.text();
        for (const MetaEdit &e : edits.metaEdits)
            report.notLanded.append({e, report.error, false});
        for (const GroupOperation &op : edits.groupOperations)
            report.groupResults.append({op, false, report.error});
        return report;
    }
    const ApplyControl control{progress, cancelled};
    if (!edits.metaEdits.isEmpty()) {
        const UserMetaOutcome outcome = store->applyUserMeta(accountId, edits.metaEdits, &control);
        if (outcome.ok()) {
            report.landed = edits.metaEdits;
            report.updated = outcome.updated;
            report.unchanged = outcome.unchanged;
            report.messages << outcome.message();
        } else {
            report.cancelled = outcome.status == 0;
            QHash<int, QString> reasons;
            for (const EditProblem &p : outcome.problems)
                reasons[p.editIndex] +=
                    (reasons.contains(p.editIndex) ? QStringLiteral("; ") : QString()) + p.message;
            const QString general =
                report.cancelled
                    ? tr("Cancelled before it was written.")
                    : tr("Not written: other edits in the same apply were refused (%1).")
                          .arg(outcome.errorTitle);
            for (int i = 0; i < edits.metaEdits.size(); ++i)
                report.notLanded.append(
                    {edits.metaEdits.at(i), reasons.value(i, general), reasons.contains(i)});
            if (!report.cancelled && outcome.problems.isEmpty())
                report.error = outcome.errorTitle + QStringLiteral(": ") + store->lastError();
        }
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
        const GroupOutcome outcome = store->applyGroupOperation(accountId, op);
        if (outcome.ok()) {
            report.groupResults.append({op, true, outcome.message()});
            report.messages << outcome.message();
        } else {
            QStringList details;
            for (const ErrorDetail &d : outcome.error.details)
                details << d.message;
            report.groupResults.append(
                {op, false,
                 outcome.error.title +
                     (details.isEmpty()
                          ? QString()
                          : QStringLiteral(": ") + details.join(QStringLiteral("; ")))});
        }
    }
    return report;
}
